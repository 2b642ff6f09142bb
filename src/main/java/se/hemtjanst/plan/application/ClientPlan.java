package se.hemtjanst.plan.application;

import java.time.LocalDate;
import java.util.List;
import se.hemtjanst.order.domain.FrameOrder;
import se.hemtjanst.order.domain.OrderVersion;
import se.hemtjanst.plan.domain.DeadlineStatus;
import se.hemtjanst.plan.domain.FrameCheck;
import se.hemtjanst.plan.domain.ImplementationPlan;
import se.hemtjanst.plan.domain.PlanContent;
import se.hemtjanst.plan.domain.PlanRevision;
import se.hemtjanst.plan.domain.SigningDeadline;

/**
 * A client's plan as read: the order in force with its current version, the plan (null while not started; the
 * content is then a proposal from the order), where it stands against its deadline and ramtid, and its history.
 */
public record ClientPlan(long clientId, String clientName, FrameOrder order, OrderVersion orderVersion,
                         ImplementationPlan plan, PlanContent content, LocalDate deadline, DeadlineStatus status,
                         boolean needsReview, FrameCheck frame, List<PlanRevision> revisions) {

    public boolean started() {
        return plan != null;
    }

    static ClientPlan of(FrameOrder order, ImplementationPlan plan, PlanContent content, List<PlanRevision> revisions,
                         LocalDate today) {
        OrderVersion current = order.currentVersion();
        LocalDate deadline = plan != null ? plan.signDeadline() : SigningDeadline.of(order.validity().validFrom());
        return new ClientPlan(order.client().id(), order.client().fullName(), order, current, plan, content, deadline,
                SigningDeadline.status(deadline, plan == null ? null : plan.signedOn(), today),
                plan != null && plan.needsReview(current.versionNo()), FrameCheck.of(content, current.ramtidHours()),
                revisions);
    }
}
