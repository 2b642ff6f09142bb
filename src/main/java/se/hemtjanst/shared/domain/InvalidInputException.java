package se.hemtjanst.shared.domain;

/** Input breaks a rule (format, check digit, range, dates in the wrong order). Answered with 400. */
public class InvalidInputException extends BusinessException {

    public InvalidInputException(String messageKey, String field, String developerMessage, Object... args) {
        super(messageKey, field, developerMessage, args);
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }
}
