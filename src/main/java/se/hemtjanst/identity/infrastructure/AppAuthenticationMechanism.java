package se.hemtjanst.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * One mechanism for both kinds of client (Jakarta Security 3 allows one per application):
 * <ul>
 *   <li>{@code /api/*}: a bearer token on every request, never a session cookie, so a browser session cannot be
 *   abused for cross-site API calls. Without a valid token the request goes on unauthenticated and the JAX-RS
 *   filter answers 401 as problem+json.</li>
 *   <li>screens: a form login (the login page calls {@code SecurityContext.authenticate}); the caller is kept in
 *   the HTTP session, and protected pages redirect to the login page.</li>
 * </ul>
 */
@ApplicationScoped
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute telling the REST layer why a presented token was not accepted. */
    public static final String TOKEN_REJECTED = "hemtjanst.auth.tokenRejected";

    static final String SESSION_CALLER = "hemtjanst.auth.caller";
    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, context);
        }
        AuthenticationParameters parameters = context.getAuthParameters();
        if (context.isAuthenticationRequest() && parameters != null && parameters.getCredential() != null) {
            CredentialValidationResult result = identityStoreHandler.validate(parameters.getCredential());
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.responseUnauthorized();
            }
            // A new session id at login defeats session fixation.
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_CALLER,
                    new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
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
            return context.doNothing();
        }
        CredentialValidationResult result =
                identityStoreHandler.validate(new BearerTokenCredential(header.substring(7).strip()));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            request.setAttribute(TOKEN_REJECTED, "The bearer token is unknown, expired or revoked");
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(result);
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
    record SessionCaller(String name, Set<String> roles) implements Serializable {
    }
}
