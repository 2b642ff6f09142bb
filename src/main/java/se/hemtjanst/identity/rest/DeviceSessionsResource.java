package se.hemtjanst.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.identity.application.DeviceSessionService;
import se.hemtjanst.identity.infrastructure.AppAuthenticationMechanism;
import se.hemtjanst.identity.infrastructure.ClientAddress;
import se.hemtjanst.shared.rest.Problem;

/**
 * Staff phones' work shifts. POST starts the shift with the full two-factor login and returns a token bound to the
 * device; after the idle period every call answers 401 {@code pin-required} until {@code current/unlock} with the
 * PIN; the fifth wrong PIN revokes the session; DELETE ends the shift.
 */
@Path("/device-sessions")
@Tag(name = "Device sessions")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class DeviceSessionsResource {

    @Inject
    DeviceSessionService sessions;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    public record StartRequest(@NotBlank(message = "{login.username.required}") @Size(max = 60) String username,
                               @NotBlank(message = "{login.password.required}") @Size(max = 200) String password,
                               @Size(max = 10) String totp,
                               @NotBlank(message = "{device.id.required}") @Size(max = 100) String deviceId,
                               @Size(max = 10) String pin) {
    }

    public record PinRequest(@NotBlank(message = "{device.pin.required}") @Size(max = 10) String pin) {
    }

    public record StartedDto(String token, String tokenType, DeviceSessionService.DeviceSessionView session) {
    }

    @POST
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the work shift on a staff phone (password + TOTP)", description = "Returns a token "
            + "bound to this device, valid for one shift (at most 12 h). Optionally sets the 6-digit PIN at once. "
            + "401 for wrong credentials, 403 for an account that is not STAFF, 429 after repeated failures.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "shift",
            value = "{\"username\":\"personal.omsorgshuset\",\"password\":\"Demo-2026!\",\"totp\":\"492039\","
                    + "\"deviceId\":\"a1b2c3d4-phone-17\",\"pin\":\"258014\"}")))
    @APIResponse(responseCode = "201", description = "Shift started; the token is shown only now")
    @APIResponse(responseCode = "400", description = "Missing fields or a PIN that is not 6 digits")
    @APIResponse(responseCode = "401", description = "Wrong username, password or TOTP code")
    @APIResponse(responseCode = "403", description = "Not a staff account")
    @APIResponse(responseCode = "429", description = "Too many failed attempts: wait Retry-After seconds")
    public Response start(@NotNull(message = "{request.body.required}") @Valid StartRequest body) {
        DeviceSessionService.Started s = sessions.start(body.username(), body.password().toCharArray(), body.totp(),
                body.deviceId(), body.pin(), clientAddress.of(request));
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .type(MediaType.APPLICATION_JSON).entity(new StartedDto(s.token(), "Bearer", s.session())).build();
    }

    @GET
    @Path("current")
    @Operation(summary = "This phone's session: state, shift start and end, whether a PIN is set")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "401", description = "No live device session (pin-required when idle)")
    public Response current() {
        Long id = sessionId();
        return id == null ? noSession() : Response.ok(sessions.current(id)).build();
    }

    @PUT
    @Path("current/pin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set or change the 6-digit PIN of this phone's session")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "pin", value = "{\"pin\":\"258014\"}")))
    @APIResponse(responseCode = "204", description = "PIN set")
    @APIResponse(responseCode = "400", description = "Not 6 digits, or all one digit or a straight run")
    @APIResponse(responseCode = "401", description = "No live device session")
    public Response setPin(@NotNull(message = "{request.body.required}") @Valid PinRequest body) {
        Long id = sessionId();
        if (id == null) {
            return noSession();
        }
        sessions.setPin(id, body.pin());
        return Response.noContent().build();
    }

    @POST
    @Path("current/unlock")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wake an idle session with the PIN (send the session's bearer token)", description = "200 "
            + "with the session when right; 401 pin-wrong with attemptsLeft; the fifth wrong PIN revokes the session "
            + "(401 session-revoked: start a new one with the full login).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "pin", value = "{\"pin\":\"258014\"}")))
    @APIResponse(responseCode = "200", description = "Unlocked")
    @APIResponse(responseCode = "401", description = "Wrong PIN, revoked, ended or expired session")
    public Response unlock(@NotNull(message = "{request.body.required}") @Valid PinRequest body) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip() : null;
        DeviceSessionService.UnlockResult r = sessions.unlock(token, body.pin(), clientAddress.of(request));
        request.setAttribute(AppAuthenticationMechanism.SECURITY_LOGGED, Boolean.TRUE);
        String path = "/api/v1/device-sessions/current/unlock";
        return switch (r.outcome()) {
            case UNLOCKED -> Response.ok(new UnlockedDto("UNLOCKED", r.attemptsLeft())).build();
            case WRONG_PIN -> Problem.of(Response.Status.UNAUTHORIZED, "pin-wrong", "Wrong PIN; " + r.attemptsLeft()
                    + " attempts left before the session is revoked", "device.pin.wrong", null).at(path).toResponse();
            case REVOKED -> Problem.of(Response.Status.UNAUTHORIZED, "session-revoked", "Five wrong PINs: the "
                    + "session is revoked; start a new shift with password and TOTP code", "device.session.revoked",
                    null).at(path).toResponse();
            case NOT_LOCKABLE -> Problem.of(Response.Status.UNAUTHORIZED, "unauthorized", "No device session to "
                    + "unlock (unknown, ended, expired, or no PIN set): start a new shift with password and TOTP code",
                    "device.session.gone", null).at(path).toResponse();
        };
    }

    public record UnlockedDto(String state, int pinAttemptsLeft) {
    }

    @DELETE
    @Path("current")
    @Operation(summary = "End the work shift (logout): the token is dead at once")
    @APIResponse(responseCode = "200", description = "The ended session, with its shift start and end")
    @APIResponse(responseCode = "401", description = "No live device session")
    public Response end() {
        Long id = sessionId();
        return id == null ? noSession() : Response.ok(sessions.end(id, clientAddress.of(request))).build();
    }

    /** The device session of this request; an ordinary API token has none. */
    private Long sessionId() {
        return (Long) request.getAttribute(AppAuthenticationMechanism.DEVICE_SESSION);
    }

    private static Response noSession() {
        return Problem.of(Response.Status.UNAUTHORIZED, "device-session-required", "This needs the bearer token of "
                + "a device session; an ordinary API token has none", "device.session.required", null).toResponse();
    }
}
