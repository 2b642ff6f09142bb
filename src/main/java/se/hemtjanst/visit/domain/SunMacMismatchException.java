package se.hemtjanst.visit.domain;

import se.hemtjanst.shared.domain.AccessDeniedException;

/**
 * The SUN message's MAC does not match: the message was not made by the tag with this UID (copied tag, edited
 * URL, wrong key). Answered with 403, since the input is well-formed but not authentic.
 */
public class SunMacMismatchException extends AccessDeniedException {

    public static final String MESSAGE_KEY = "sun.mac.mismatch";

    public SunMacMismatchException(String uid) {
        // No MAC values in the message: they would help nobody but someone probing.
        super(MESSAGE_KEY, "SUN message MAC does not match for tag UID " + uid
                + ": the message was not produced by this tag or was altered; rescan the tag", uid);
    }
}
