package se.hemtjanst.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.identity.application.AuthenticationService;
import se.hemtjanst.identity.application.IssuedToken;
import se.hemtjanst.identity.infrastructure.ClientAddress;
import se.hemtjanst.shared.rest.Problem;

/**
 * Exchanges username, password and TOTP code (two factors, as everywhere) for a bearer token. Tokens are random,
 * stored hashed and live at most 12 hours. Staff phones use device sessions instead (POST /api/v1/device-sessions).
 */
@Path("/tokens")
@Tag(name = "Authentication")
public class TokensResource {

    @Inject
    AuthenticationService authentication;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    public record Credentials(@NotBlank(message = "{login.username.required}") @Size(max = 60) String username,
                              @NotBlank(message = "{login.password.required}") @Size(max = 200) String password,
                              @Size(max = 10) String totp) {
    }

    public record TokenDto(String token, String tokenType, Instant expiresAt, String username) {
    }

    @POST
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Get a bearer token (password and TOTP code)", description = "Answers 201 with the token. "
            + "401 for wrong credentials (never saying which), 401 totp-enrolment-required for an account without an "
            + "authenticator, 429 with Retry-After after repeated failures of this username from this address.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "admin",
            value = "{\"username\":\"admin\",\"password\":\"Demo-2026!\",\"totp\":\"492039\"}")))
    @APIResponse(responseCode = "201", description = "Token issued")
    @APIResponse(responseCode = "400", description = "Missing username or password")
    @APIResponse(responseCode = "401", description = "Wrong username, password or TOTP code; or no authenticator yet")
    @APIResponse(responseCode = "429", description = "Too many failed attempts: wait Retry-After seconds")
    public Response issue(@NotNull(message = "{request.body.required}") @Valid Credentials credentials) {
        IssuedToken t = authentication.issueToken(credentials.username(), credentials.password().toCharArray(),
                credentials.totp(), clientAddress.of(request));
        return Response.status(Response.Status.CREATED)
                .type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .entity(new TokenDto(t.token(), "Bearer", t.expiresAt(), t.username()))
                .build();
    }
}
