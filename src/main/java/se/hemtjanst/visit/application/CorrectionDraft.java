package se.hemtjanst.visit.application;

import java.time.OffsetDateTime;

/** A provider's correction of a visit within the window: the right times and service, and why. */
public class CorrectionDraft {
    public OffsetDateTime arrival;
    public OffsetDateTime departure;
    public String serviceCode;
    public Boolean declined;
    public String reason;
    public Long expectedVersion;
}
