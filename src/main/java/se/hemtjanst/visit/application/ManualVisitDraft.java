package se.hemtjanst.visit.application;

import java.time.OffsetDateTime;

/** A visit registered by hand: who (the caller when staff), where, when, for what and why there was no tag scan. */
public class ManualVisitDraft {
    public Long clientId;
    /** For a provider manager registering for a staff member; ignored for staff (always themselves). */
    public String staff;
    public String serviceCode;
    public OffsetDateTime arrival;
    public OffsetDateTime departure;
    /** OUTSIDE_HOME, TAG_DECLINED, NO_TAG, PHONE_FAILURE or OTHER. */
    public String reasonCode;
    public String note;
    public Boolean declined;
}
