package se.hemtjanst.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.identity.application.AuthenticationService;
import se.hemtjanst.identity.application.IssuedToken;
import se.hemtjanst.shared.rest.Problem;

/**
 * Exchanges a username and password for a bearer token. The two-factor device session of the phones builds on
 * this (see the identity issue); tokens are random, stored hashed and live at most 12 hours.
 */
@Path("/tokens")
@Tag(name = "Authentication")
public class TokensResource {

    @Inject
    AuthenticationService authentication;

    public record Credentials(@NotBlank(message = "{login.username.required}") @Size(max = 60) String username,
                              @NotBlank(message = "{login.password.required}") @Size(max = 200) String password) {
    }

    public record TokenDto(String token, String tokenType, Instant expiresAt, String username) {
    }

    @POST
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Get a bearer token", description = "Answers 201 with the token, 401 for wrong credentials.")
    @APIResponse(responseCode = "201", description = "Token issued")
    @APIResponse(responseCode = "400", description = "Missing username or password")
    @APIResponse(responseCode = "401", description = "Wrong username or password")
    public Response issue(@NotNull(message = "{request.body.required}") @Valid Credentials credentials) {
        return authentication.issueToken(credentials.username(), credentials.password().toCharArray())
                .map(this::created)
                .orElseGet(() -> Problem.of(Response.Status.UNAUTHORIZED, "unauthorized",
                        "Wrong username or password", "login.failed", null).at("/api/v1/tokens").toResponse());
    }

    private Response created(IssuedToken t) {
        return Response.status(Response.Status.CREATED)
                .type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .entity(new TokenDto(t.token(), "Bearer", t.expiresAt(), t.username()))
                .build();
    }
}
