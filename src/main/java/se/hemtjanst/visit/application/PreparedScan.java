package se.hemtjanst.visit.application;

import java.time.Instant;
import java.time.OffsetDateTime;
import se.hemtjanst.visit.domain.ScanType;

/**
 * A scan request that passed the checks of its form, with the authenticated staff member who sent it and when it
 * arrived: what {@link ScanWriter} needs to register it among others in one transaction.
 */
public record PreparedScan(String scanId, String bodyHash, String staff, ScanType type, OffsetDateTime deviceTime,
                           Instant receivedAt, String serviceCode, boolean declined, boolean queuedOffline,
                           String tagUid, String sun) {
}
