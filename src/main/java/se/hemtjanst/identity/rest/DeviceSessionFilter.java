package se.hemtjanst.identity.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import se.hemtjanst.identity.application.DeviceSessionRequired;
import se.hemtjanst.identity.infrastructure.AppAuthenticationMechanism;
import se.hemtjanst.shared.rest.Problem;

/**
 * Resources marked {@link DeviceSessionRequired} (the tag scans) take only a staff phone's live device session: an
 * ordinary API token from POST /api/v1/tokens is answered 401 {@code device-session-required}. Runs after
 * {@link ApiAuthenticationFilter}, which has already refused missing, dead and idle-locked tokens.
 */
@Provider
@DeviceSessionRequired
@Priority(Priorities.AUTHENTICATION + 10)
public class DeviceSessionFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (request != null && request.getAttribute(AppAuthenticationMechanism.DEVICE_SESSION) != null) {
            return;
        }
        Problem problem = Problem.of(Response.Status.UNAUTHORIZED, "device-session-required",
                "Tag scans need the bearer token of a staff phone's device session: start one with POST "
                        + "/api/v1/device-sessions (username, password, TOTP code, deviceId)",
                "device.session.required", null).at(ctx.getUriInfo().getRequestUri().getPath());
        ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).type(Problem.MEDIA)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"hemtjanst\", error=\"invalid_token\"")
                .entity(problem).build());
    }
}
