package se.hemtjanst.shared.domain;

/** The caller's role or unit does not reach this object. Answered with 403. */
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException(String messageKey, String developerMessage, Object... args) {
        super(messageKey, null, developerMessage, args);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
