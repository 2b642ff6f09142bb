package se.hemtjanst.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import se.hemtjanst.identity.application.AuthenticationService;
import se.hemtjanst.identity.application.LoginResult;
import se.hemtjanst.identity.application.PendingEnrolment;
import se.hemtjanst.identity.application.TokenCheck;
import se.hemtjanst.identity.domain.TotpUse;

/**
 * One mechanism for both kinds of client (Jakarta Security 3 allows one per application):
 * <ul>
 *   <li>{@code /api/*}: a bearer token on every request (an API token or a phone's device session), never a session
 *   cookie, so a browser session cannot be abused for cross-site API calls. Without a valid token the request goes
 *   on unauthenticated and the JAX-RS filter answers 401 as problem+json, telling an idle phone that its PIN is
 *   required.</li>
 *   <li>screens: a form login with password and TOTP code (the login page calls
 *   {@code SecurityContext.authenticate}); the caller is kept in the HTTP session, and protected pages redirect to
 *   the login page. A right password of an account without an authenticator leads to the enrolment page.</li>
 * </ul>
 */
@ApplicationScoped
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute telling the REST layer why a presented token was not accepted. */
    public static final String TOKEN_REJECTED = "hemtjanst.auth.tokenRejected";
    /** Request attribute: the {@link TokenCheck.Rejection} of a refused token. */
    public static final String TOKEN_REJECTION = "hemtjanst.auth.tokenRejection";
    /** Request attribute: the id of the device session that authenticated this request, if a phone's. */
    public static final String DEVICE_SESSION = "hemtjanst.auth.deviceSession";
    /** Request attribute: the {@link LoginResult} of a form login, for the login page. */
    public static final String LOGIN_RESULT = "hemtjanst.auth.loginResult";
    /** Request attribute: this refusal is already in the security log. */
    public static final String SECURITY_LOGGED = "hemtjanst.auth.securityLogged";

    static final String SESSION_CALLER = "hemtjanst.auth.caller";
    static final String LOGIN_PAGE = "/login.xhtml";
    static final java.time.Duration RECHECK_AFTER = java.time.Duration.ofMinutes(1);

    @Inject
    AuthenticationService authentication;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, context);
        }
        AuthenticationParameters parameters = context.getAuthParameters();
        if (context.isAuthenticationRequest() && parameters != null
                && parameters.getCredential() instanceof TwoFactorCredential credential) {
            LoginResult result = authentication.login(credential.username(), credential.password(),
                    credential.code(), clientAddress.of(request), TotpUse.Purpose.WEB);
            credential.clear();
            request.setAttribute(LOGIN_RESULT, result);
            request.setAttribute(SECURITY_LOGGED, Boolean.TRUE);
            if (result.status() == LoginResult.Status.ENROLMENT_REQUIRED) {
                request.getSession(true);
                request.changeSessionId();
                request.getSession().setAttribute(PendingEnrolment.SESSION_ATTRIBUTE,
                        new PendingEnrolment(result.caller().username(), clock.instant()));
                return context.doNothing();
            }
            if (!result.succeeded()) {
                return context.responseUnauthorized();
            }
            // A new session id at login defeats session fixation.
            request.getSession(true);
            request.changeSessionId();
            request.getSession().removeAttribute(PendingEnrolment.SESSION_ATTRIBUTE);
            request.getSession().setAttribute(SESSION_CALLER,
                    new SessionCaller(result.caller().username(), result.caller().roles(), clock.instant()));
            return context.notifyContainerAboutLogin(new CallerPrincipal(result.caller().username()),
                    result.caller().roles());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            // A disabled account's screens stop within a minute: the account is looked at again once a minute.
            java.time.Instant now = clock.instant();
            if (now.isAfter(caller.checkedAt().plus(RECHECK_AFTER))) {
                if (!authentication.stillEnabled(caller.name())) {
                    session.invalidate();
                    return context.isProtected() ? context.redirect(request.getContextPath() + LOGIN_PAGE)
                            : context.doNothing();
                }
                session.setAttribute(SESSION_CALLER, new SessionCaller(caller.name(), caller.roles(), now));
            }
            return context.notifyContainerAboutLogin(new CallerPrincipal(caller.name()), caller.roles());
        }
        if (context.isProtected()) {
            String next = request.getRequestURI().substring(request.getContextPath().length());
            String query = request.getQueryString();
            if (query != null) {
                next += "?" + query;
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.doNothing();
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.setAttribute(TOKEN_REJECTED, "The Authorization header must use the Bearer scheme");
            request.setAttribute(TOKEN_REJECTION, TokenCheck.Rejection.INVALID);
            return context.doNothing();
        }
        TokenCheck check = authentication.verifyToken(header.substring(7).strip());
        if (!check.accepted()) {
            request.setAttribute(TOKEN_REJECTION, check.rejection());
            request.setAttribute(TOKEN_REJECTED, switch (check.rejection()) {
                case PIN_REQUIRED -> "The device session has been idle; unlock it with the PIN";
                case EXPIRED -> "The token has expired (a token lives at most one work shift)";
                case INVALID -> "The bearer token is unknown, expired or revoked";
            });
            return context.doNothing();
        }
        if (check.deviceSessionId() != null) {
            request.setAttribute(DEVICE_SESSION, check.deviceSessionId());
        }
        return context.notifyContainerAboutLogin(new CallerPrincipal(check.caller().username()),
                check.caller().roles());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** What the session remembers of a signed-in person. */
    record SessionCaller(String name, Set<String> roles, java.time.Instant checkedAt) implements Serializable {
    }
}
