package se.hemtjanst.visit.application;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the phone is told about an accepted scan: the event and the visit it belongs to. Stored with the scan and
 * returned unchanged to every retry with the same scanId.
 */
public record ScanAnswer(String scanId, String type, long clientId, String tagUid, OffsetDateTime deviceTime,
                         Instant receivedAt, String serviceCode, boolean declined, boolean queuedOffline,
                         String outcome, boolean clockSkew, VisitRef visit) {

    /** The visit as it stood when the scan was accepted. */
    public record VisitRef(long id, String status, Instant arrivalAt, Instant departureAt, Integer minutes,
                           boolean declined, List<String> deviations) {
    }
}
