package se.hemtjanst.identity.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.hemtjanst.identity.application.LoginRefusedException;
import se.hemtjanst.identity.application.LoginResult;
import se.hemtjanst.identity.infrastructure.AppAuthenticationMechanism;
import se.hemtjanst.shared.rest.Problem;

/**
 * A refused login as problem+json: 401 without saying which factor was wrong, 401 {@code totp-enrolment-required}
 * for an account with the right password but no authenticator yet, 429 with Retry-After while throttled. Already in
 * the security log (with its reason), so the refusal filter does not write it again.
 */
@Provider
public class LoginRefusedMapper implements ExceptionMapper<LoginRefusedException> {

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(LoginRefusedException e) {
        if (request != null) {
            request.setAttribute(AppAuthenticationMechanism.SECURITY_LOGGED, Boolean.TRUE);
        }
        return response(e.result(), uriInfo == null ? null : uriInfo.getRequestUri().getPath());
    }

    static Response response(LoginResult result, String path) {
        return switch (result.status()) {
            case THROTTLED -> Response.status(429).type(Problem.MEDIA)
                    .header(HttpHeaders.RETRY_AFTER, result.retryAfterSeconds())
                    .entity(new Problem(Problem.TYPE_BASE + "too-many-attempts", "Too Many Requests", 429,
                            "Too many failed logins for this username from this address; try again in "
                                    + result.retryAfterSeconds() + " s", path, "login.throttled", null))
                    .build();
            case ENROLMENT_REQUIRED -> Problem.of(Response.Status.UNAUTHORIZED, "totp-enrolment-required",
                    "This account has no authenticator yet: enrol one with POST /api/v1/totp-enrolments (or log in "
                            + "on the web once)", "login.totp.enrolmentRequired", null).at(path).toResponse();
            default -> Response.status(Response.Status.UNAUTHORIZED).type(Problem.MEDIA)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"hemtjanst\"")
                    .entity(Problem.of(Response.Status.UNAUTHORIZED, "unauthorized",
                            "Wrong username, password or TOTP code", "login.failed", null).at(path))
                    .build();
        };
    }
}
