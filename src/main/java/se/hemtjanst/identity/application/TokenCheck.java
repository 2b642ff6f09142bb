package se.hemtjanst.identity.application;

/**
 * The answer for a presented bearer token: the caller (with the device session it belongs to, if it is a phone's),
 * or why it was refused. PIN_REQUIRED is told apart so the phone asks for the PIN instead of a new login.
 */
public record TokenCheck(AuthenticatedCaller caller, Long deviceSessionId, Rejection rejection) {

    public enum Rejection { INVALID, EXPIRED, PIN_REQUIRED }

    static TokenCheck accepted(AuthenticatedCaller caller, Long deviceSessionId) {
        return new TokenCheck(caller, deviceSessionId, null);
    }

    static TokenCheck rejected(Rejection why) {
        return new TokenCheck(null, null, why);
    }

    public boolean accepted() {
        return caller != null;
    }
}
