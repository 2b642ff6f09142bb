package se.hemtjanst.identity.application;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Kept in the HTTP session after a right password for an account without an authenticator: the enrolment page may
 * then set one up for this username, for a few minutes.
 */
public record PendingEnrolment(String username, Instant passwordVerifiedAt) implements Serializable {

    public static final String SESSION_ATTRIBUTE = "hemtjanst.auth.pendingEnrolment";
    public static final Duration VALID_FOR = Duration.ofMinutes(10);

    public boolean validAt(Instant now) {
        return now.isBefore(passwordVerifiedAt.plus(VALID_FOR));
    }
}
