package se.hemtjanst.plan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.hemtjanst.plan.application.PlanService;
import se.hemtjanst.plan.domain.DeadlineStatus;
import se.hemtjanst.plan.domain.Plans;
import se.hemtjanst.shared.web.Messages;

/**
 * The plans to follow up (plans/index.xhtml?status=..): the provider's orders in force, or the district's, each with
 * its plan's signing deadline and status. The dashboard tiles open it filtered.
 */
@Named
@ViewScoped
public class PlansView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlanService plans;

    @Inject
    transient Clock clock;

    private String status = "";
    private transient List<Plans.PlanRow> rows;

    public List<Plans.PlanRow> getRows() {
        if (rows == null) {
            rows = plans.list(status);
        }
        return rows;
    }

    public void filter() {
        rows = null;
    }

    public String statusText(Plans.PlanRow r) {
        return Messages.text("plan.status." + r.status(LocalDate.now(clock)).name());
    }

    public String statusClass(Plans.PlanRow r) {
        DeadlineStatus s = r.status(LocalDate.now(clock));
        return "plan-status plan-status-" + s.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The status column in exports: the status text and whether the plan work has started. */
    public String statusExport(Plans.PlanRow r) {
        return statusText(r) + (r.started() ? "" : " · " + Messages.text("plans.notStarted"));
    }

    public String getFileName() {
        return "planer-" + (status.isEmpty() ? "alla" : status.toLowerCase(java.util.Locale.ROOT)) + "-"
                + LocalDate.now(clock);
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status == null ? "" : status; }
}
