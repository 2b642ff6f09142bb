package se.hemtjanst.identity.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import se.hemtjanst.identity.application.TokenCheck;
import se.hemtjanst.identity.infrastructure.AppAuthenticationMechanism;
import se.hemtjanst.shared.rest.Problem;

/**
 * No endpoint is ever open by accident: every resource method needs an authenticated caller unless it is
 * explicitly {@code @PermitAll}. Roles and objects are then checked by the application services.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (ctx.getSecurityContext().getUserPrincipal() != null || permitted()) {
            return;
        }
        Object rejected = request == null ? null : request.getAttribute(AppAuthenticationMechanism.TOKEN_REJECTED);
        Object rejection = request == null ? null : request.getAttribute(AppAuthenticationMechanism.TOKEN_REJECTION);
        if (rejection == TokenCheck.Rejection.PIN_REQUIRED) {
            Problem pin = Problem.of(Response.Status.UNAUTHORIZED, "pin-required", "PIN required: the device "
                    + "session has been idle; unlock it with POST /api/v1/device-sessions/current/unlock and the "
                    + "6-digit PIN", "pin-required", null).at(ctx.getUriInfo().getRequestUri().getPath());
            ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).type(Problem.MEDIA)
                    .header(HttpHeaders.WWW_AUTHENTICATE,
                            "Bearer realm=\"hemtjanst\", error=\"invalid_token\", error_description=\"PIN required\"")
                    .entity(pin).build());
            return;
        }
        String detail = rejected != null ? rejected + "; get a new token with POST /api/v1/tokens"
                : "This resource needs 'Authorization: Bearer <token>'; get a token with POST /api/v1/tokens";
        String challenge = rejected != null ? "Bearer realm=\"hemtjanst\", error=\"invalid_token\""
                : "Bearer realm=\"hemtjanst\"";
        Problem problem = Problem.of(Response.Status.UNAUTHORIZED, "unauthorized", detail,
                "auth.required", null).at(ctx.getUriInfo().getRequestUri().getPath());
        ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                .type(Problem.MEDIA)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .entity(problem)
                .build());
    }

    private boolean permitted() {
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
            return false;
        }
        return resourceInfo.getResourceMethod().isAnnotationPresent(PermitAll.class);
    }
}
