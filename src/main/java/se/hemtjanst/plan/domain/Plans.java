package se.hemtjanst.plan.domain;

import java.util.List;
import java.util.Optional;

/** Repository of implementation plans and their revisions. */
public interface Plans {

    Optional<ImplementationPlan> ofOrder(long orderId);

    /**
     * The plan of an order, locked for this transaction: a second writer waits here and then reads the winner's
     * version (refused as a conflict) instead of both holding read locks they cannot upgrade.
     */
    Optional<ImplementationPlan> ofOrderForChange(long orderId);

    ImplementationPlan add(ImplementationPlan plan);

    PlanRevision add(PlanRevision revision);

    /** Writes pending changes now, so a concurrent change is refused here (as a conflict) and versions are current. */
    void flush();

    /**
     * The ids of a client's orders in force (sent or acknowledged), newest first, optionally only those to one
     * provider. Ids only: the caller loads the one it needs through the order repository.
     */
    List<Long> ordersInForce(long clientId, Long providerId);

    /** Every revision of a plan, newest first. */
    List<PlanRevision> revisions(long planId);

    /**
     * The plan situation of the orders in force (sent or acknowledged) of one provider, or of one district's
     * clients: one row per order, with its plan's columns when a plan exists.
     */
    List<PlanRow> ofOrdersInForce(Long providerId, Long districtId, int max);

    /**
     * The same orders in force counted rather than listed, for the dashboards: the orders whose plan is not signed
     * (no plan, or a plan without a signing day) per order start day, and the orders whose plan was written for an
     * older order version. Two aggregate queries, whatever the number of orders.
     */
    PlanCounts countsOfOrdersInForce(Long providerId, Long districtId);

    /** Unsigned orders per order start day (the signing deadline follows from it), and plans needing review. */
    record PlanCounts(java.util.Map<java.time.LocalDate, Long> unsignedByOrderStart, long needsReview) {
    }

    /** A projection for lists and dashboards: an order in force and the state of its plan (nulls: no plan yet). */
    record PlanRow(long orderId, long clientId, String clientName, String providerName,
                   java.time.LocalDate orderStart, int currentOrderVersionNo, Long planId, Integer planOrderVersionNo,
                   java.time.LocalDate signedOn, java.time.Instant revisedAt) {

        public boolean started() {
            return planId != null;
        }

        public java.time.LocalDate deadline() {
            return SigningDeadline.of(orderStart);
        }

        public DeadlineStatus status(java.time.LocalDate today) {
            return SigningDeadline.status(deadline(), signedOn, today);
        }

        /** A plan that exists and was written for an older version of the order (no plan: nothing to review). */
        public boolean needsReview() {
            return planId != null && planOrderVersionNo != null && planOrderVersionNo < currentOrderVersionNo;
        }
    }
}
