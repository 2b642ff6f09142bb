package se.hemtjanst.visit.application;

import se.hemtjanst.shared.domain.ConflictException;

/**
 * The scan's rows collided with a concurrent request (the same scanId posted twice at once, or the same staff
 * member's visit changed meanwhile). The transaction is rolled back whole; the resource answers as a retry or
 * tries again.
 */
public class ScanCollisionException extends ConflictException {

    public ScanCollisionException(String scanId, Throwable cause) {
        super("scan.collision", "scanId", "Scan " + scanId + " collided with a concurrent request; send it again");
        initCause(cause);
    }
}
