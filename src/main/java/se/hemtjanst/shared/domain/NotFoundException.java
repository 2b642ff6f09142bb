package se.hemtjanst.shared.domain;

/** The object does not exist, or the caller may not know that it exists. Answered with 404. */
public class NotFoundException extends BusinessException {

    public NotFoundException(String messageKey, String developerMessage, Object... args) {
        super(messageKey, null, developerMessage, args);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
