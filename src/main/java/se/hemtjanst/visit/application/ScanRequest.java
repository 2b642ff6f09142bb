package se.hemtjanst.visit.application;

/**
 * One tap as the phone sends it ({@code POST /api/v1/scans}). Exactly one of {@code tagUid} (plain tag) and
 * {@code sun} (NTAG 424 DNA, {@code e=<32 hex>&c=<16 hex>}) is given.
 */
public class ScanRequest {
    /** A UUID made on the phone; the key of idempotency. */
    public String scanId;
    /** ARRIVAL (KOM) or DEPARTURE (GICK). */
    public String type;
    public String tagUid;
    public String sun;
    /** ISO-8601 with offset, e.g. 2026-11-23T07:58:12+01:00. */
    public String deviceTime;
    /** Optional; the in-frame RAM-tid service when absent. */
    public String serviceCode;
    public Boolean declined;
    public Boolean queuedOffline;

    /** The request in one canonical line: a retry must match it exactly. */
    public String canonical() {
        return String.join("|", String.valueOf(scanId), String.valueOf(type), String.valueOf(tagUid),
                String.valueOf(sun), String.valueOf(deviceTime), String.valueOf(serviceCode),
                String.valueOf(Boolean.TRUE.equals(declined)), String.valueOf(Boolean.TRUE.equals(queuedOffline)));
    }
}
