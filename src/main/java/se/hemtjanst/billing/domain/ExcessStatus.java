package se.hemtjanst.billing.domain;

/**
 * Where time over the limit stands. Recorded transitions: DETECTED → EXPLAINED → APPROVED or REJECTED. The two
 * deadline outcomes are not transitions anyone makes; they follow from the date ({@link ExcessCase#statusOn}).
 */
public enum ExcessStatus {
    /** Found when the month was settled; waits for the provider's explanation. */
    DETECTED(Payment.PENDING),
    /** The provider explained in time; waits for the assessor's decision. */
    EXPLAINED(Payment.PENDING),
    /** The assessor approved the explanation in time: paid. */
    APPROVED(Payment.PAID),
    /** The assessor rejected the explanation in time: not paid. */
    REJECTED(Payment.NOT_PAID),
    /** No explanation by the explanation deadline: not paid. */
    LAPSED_UNEXPLAINED(Payment.NOT_PAID),
    /** Explained, but no decision by the decision deadline: paid. */
    PAID_UNDECIDED(Payment.PAID);

    /** Whether the excess is paid. */
    public enum Payment { PENDING, PAID, NOT_PAID }

    private final Payment payment;

    ExcessStatus(Payment payment) {
        this.payment = payment;
    }

    public Payment payment() {
        return payment;
    }

    public boolean isFinal() {
        return payment != Payment.PENDING;
    }
}
