package se.hemtjanst.identity.application;

import java.time.Duration;

/**
 * The outcome of a login with password and TOTP code. A failure never says which half was wrong; an account that has
 * not enrolled an authenticator yet is told so only after its password was right.
 */
public record LoginResult(Status status, AuthenticatedCaller caller, Duration retryAfter) {

    public enum Status { SUCCESS, ENROLMENT_REQUIRED, FAILED, THROTTLED }

    static LoginResult success(AuthenticatedCaller caller) {
        return new LoginResult(Status.SUCCESS, caller, null);
    }

    static LoginResult enrolmentRequired(AuthenticatedCaller caller) {
        return new LoginResult(Status.ENROLMENT_REQUIRED, caller, null);
    }

    static LoginResult failed() {
        return new LoginResult(Status.FAILED, null, null);
    }

    static LoginResult throttled(Duration retryAfter) {
        return new LoginResult(Status.THROTTLED, null, retryAfter);
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }

    /** Whole seconds to wait, at least 1 (for Retry-After). */
    public long retryAfterSeconds() {
        return retryAfter == null ? 0 : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
