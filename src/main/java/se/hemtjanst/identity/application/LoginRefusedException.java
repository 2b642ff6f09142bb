package se.hemtjanst.identity.application;

/**
 * A login (token, device session, enrolment) that did not succeed, carrying the result so that REST answers 401 or
 * 429 with Retry-After. Not a BusinessException: it is answered by the identity resources themselves.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class LoginRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient LoginResult result;

    public LoginRefusedException(LoginResult result) {
        super(result.status().name(), null, false, false);
        this.result = result;
    }

    public LoginResult result() {
        return result;
    }
}
