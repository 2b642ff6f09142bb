package se.hemtjanst.plan.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.hemtjanst.plan.application.PlanFigures;
import se.hemtjanst.plan.application.PlanService;

/** The plan tiles of the landing page (provider managers and assessors): due soon, overdue, needing review. */
@Named
@RequestScoped
public class PlanTilesView {

    @Inject
    PlanService plans;

    private PlanFigures figures;
    private boolean loaded;

    public PlanFigures getFigures() {
        if (!loaded) {
            figures = plans.figures();
            loaded = true;
        }
        return figures;
    }

    public boolean isShown() {
        return getFigures() != null;
    }

    public long getDueSoon() { return isShown() ? figures.dueSoon() : 0; }
    public long getOverdue() { return isShown() ? figures.overdue() : 0; }
    public long getNeedsReview() { return isShown() ? figures.needsReview() : 0; }
}
