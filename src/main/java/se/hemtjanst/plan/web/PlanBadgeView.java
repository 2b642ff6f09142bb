package se.hemtjanst.plan.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.hemtjanst.plan.application.PlanService;
import se.hemtjanst.shared.domain.BusinessException;
import se.hemtjanst.shared.web.Messages;

/** The plan's status on the client's record, so the assessor sees what the provider sees. */
@Named
@RequestScoped
public class PlanBadgeView {

    @Inject
    PlanService plans;

    private String text;

    /** E.g. "Undertecknad" or "Ska undertecknas snart (2026-12-16) · Stäm av mot ny beställning"; empty without a plan. */
    public String text(Long clientId) {
        if (text == null) {
            try {
                PlanService.PlanBadge b = plans.badge(clientId);
                text = Messages.text("plan.status." + b.status().name())
                        + (b.status().signed() ? "" : " (" + Messages.text("plan.deadline").toLowerCase(Messages.locale())
                                + " " + b.deadline() + ")")
                        + (b.started() ? "" : " · " + Messages.text("plans.notStarted"))
                        + (b.needsReview() ? " · " + Messages.text("plan.needsReview") : "");
            } catch (BusinessException noOrderInForce) {
                text = "";
            }
        }
        return text;
    }
}
