package se.hemtjanst.shared.domain;

/** The change collides with the current state (overlap, concurrent edit, duplicate). Answered with 409. */
public class ConflictException extends BusinessException {

    public ConflictException(String messageKey, String field, String developerMessage, Object... args) {
        super(messageKey, field, developerMessage, args);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
