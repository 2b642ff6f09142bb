package se.hemtjanst.shared.domain;

import java.util.Arrays;

/**
 * A rule of the business said no. Carries a stable message key (resolved to Swedish or English for screens) and a
 * developer-facing English message (used in problem+json answers). Mapped once to REST and once to Faces.
 */
public abstract class BusinessException extends RuntimeException {

    /** How the refusal is answered: 400/422, 404, 409 or 403. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, UNPROCESSABLE }

    private final String messageKey;
    private final String field;
    private final transient Object[] args;

    protected BusinessException(String messageKey, String field, String developerMessage, Object... args) {
        super(developerMessage);
        this.messageKey = messageKey;
        this.field = field;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public abstract Kind kind();

    /** Key in the messages bundle, e.g. {@code pin.invalid.checksum}. */
    public String messageKey() {
        return messageKey;
    }

    /** The input field the refusal concerns, or null when it concerns the whole request. */
    public String field() {
        return field;
    }

    /** Arguments for the localised message ({@link java.text.MessageFormat} style). */
    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }
}
