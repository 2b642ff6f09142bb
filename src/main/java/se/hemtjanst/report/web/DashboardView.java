package se.hemtjanst.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.hemtjanst.report.application.DashboardFigures;
import se.hemtjanst.report.application.DashboardService;

/** The landing page of every role. */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    DashboardService dashboard;

    private DashboardFigures figures;

    public DashboardFigures getFigures() {
        if (figures == null) {
            figures = dashboard.figures();
        }
        return figures;
    }
}
