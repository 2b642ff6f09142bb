package se.hemtjanst.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Accounts;
import se.hemtjanst.identity.domain.SecurityEvent.Kind;
import se.hemtjanst.identity.domain.TotpUse;

/**
 * Enrolment of an authenticator: only for an account without one (new, or reset by an ADMIN), only with its right
 * password, and stored only when the first code from the new authenticator matches. Throttled like a login.
 */
@Stateless
@PermitAll
public class EnrolmentService {

    @Inject
    AuthenticationService authentication;

    @Inject
    TwoFactor twoFactor;

    @Inject
    Accounts accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    SecurityLog securityLog;

    /** A new secret after the password (an enrolled account is refused like a wrong password). */
    public TotpEnrolment begin(String username, char[] password, String address) {
        return twoFactor.begin(passwordWithoutAuthenticator(username, password, address));
    }

    public void confirm(String username, char[] password, String secret, String code, String address) {
        confirmVerified(passwordWithoutAuthenticator(username, password, address).username(), secret, code, address);
    }

    /**
     * For the enrolment page, whose HTTP session holds a {@link PendingEnrolment}: the password was verified by the
     * login a few minutes ago.
     */
    public TotpEnrolment beginVerified(PendingEnrolment pending) {
        return twoFactor.begin(accounts.byUsername(pending.username()).orElseThrow());
    }

    public void confirmVerified(String username, String secret, String code, String address) {
        Account account = accounts.byUsername(username).orElseThrow();
        if (!account.enabled() || account.totpEnrolled()) {
            throw new LoginRefusedException(LoginResult.failed());
        }
        TwoFactor.Check check = twoFactor.confirm(account, secret, code);
        if (check != TwoFactor.Check.OK) {
            throttle.failed(username, address);
            securityLog.record(Kind.LOGIN_FAILED, username, null, address, "ENROL: wrong first code");
            throw new LoginRefusedException(LoginResult.failed());
        }
        securityLog.record(Kind.TOTP_ENROLLED, username, username, address, "authenticator enrolled");
    }

    private Account passwordWithoutAuthenticator(String username, char[] password, String address) {
        LoginResult result = authentication.login(username, password, null, address, TotpUse.Purpose.ENROL);
        if (result.status() != LoginResult.Status.ENROLMENT_REQUIRED) {
            throw new LoginRefusedException(result.status() == LoginResult.Status.THROTTLED ? result
                    : LoginResult.failed());
        }
        return accounts.byUsername(result.caller().username()).orElseThrow();
    }
}
