package se.hemtjanst.billing.domain;

/** How a municipality pays its home-care providers; a setting of {@link BillingRules}, changed by month. */
public enum BillingModel {
    /**
     * Utförd tid (Stockholm): paid per performed hour, up to the limit (110 %) of granted time without
     * explanation; time over the limit is paid only after the explanation workflow ({@link ExcessCase}).
     */
    PERFORMED_TIME,
    /**
     * Beställd tid (Norrköping): the granted ramtid is paid whatever was performed, so the provider plans the
     * whole frame freely; services outside the frame are paid as performed.
     */
    ORDERED_TIME
}
