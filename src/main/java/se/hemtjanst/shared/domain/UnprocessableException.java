package se.hemtjanst.shared.domain;

/**
 * Well-formed, but it contradicts what was already accepted under the same key (e.g. a scanId reused with
 * another body). Answered with 422.
 */
public class UnprocessableException extends BusinessException {

    public UnprocessableException(String messageKey, String field, String developerMessage, Object... args) {
        super(messageKey, field, developerMessage, args);
    }

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }
}
