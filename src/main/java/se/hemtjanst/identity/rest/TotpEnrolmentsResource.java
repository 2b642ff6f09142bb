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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.identity.application.EnrolmentService;
import se.hemtjanst.identity.application.TotpEnrolment;
import se.hemtjanst.identity.infrastructure.ClientAddress;
import se.hemtjanst.shared.rest.Problem;

/**
 * Setting up the authenticator of an account that has none (new, or reset by an ADMIN) from an app rather than the
 * web page: POST gives a new secret with its otpauth URI and QR code; the confirmation with the first code stores it.
 * Nothing is stored until then, and an enrolled account cannot enrol again without an ADMIN's reset.
 */
@Path("/totp-enrolments")
@Tag(name = "Authentication")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class TotpEnrolmentsResource {

    @Inject
    EnrolmentService enrolment;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    public record Begin(@NotBlank(message = "{login.username.required}") @Size(max = 60) String username,
                       @NotBlank(message = "{login.password.required}") @Size(max = 200) String password) {
    }

    public record Confirm(@NotBlank(message = "{login.username.required}") @Size(max = 60) String username,
                          @NotBlank(message = "{login.password.required}") @Size(max = 200) String password,
                          @NotBlank @Size(max = 64) String secret,
                          @NotBlank(message = "{login.totp.required}") @Size(max = 10) String totp) {
    }

    public record EnrolmentDto(String username, String secret, String otpauthUri, String qrCode) {
    }

    @POST
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "A new TOTP secret for an account without one (password needed)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "new",
            value = "{\"username\":\"personal.ny\",\"password\":\"Startlösen-2026!\"}")))
    @APIResponse(responseCode = "201", description = "Secret, otpauth URI and QR code (PNG data URI)")
    @APIResponse(responseCode = "401", description = "Wrong username or password, or already enrolled (an ADMIN resets)")
    @APIResponse(responseCode = "429", description = "Too many failed attempts")
    public Response begin(@NotNull(message = "{request.body.required}") @Valid Begin body) {
        TotpEnrolment e = enrolment.begin(body.username(), body.password().toCharArray(), clientAddress.of(request));
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .type(MediaType.APPLICATION_JSON)
                .entity(new EnrolmentDto(e.username(), e.secret(), e.otpauthUri(), e.qrDataUri())).build();
    }

    @POST
    @Path("confirmation")
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Store the secret, proven by the first code of the authenticator")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "confirm",
            value = "{\"username\":\"personal.ny\",\"password\":\"Startlösen-2026!\","
                    + "\"secret\":\"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP\",\"totp\":\"492039\"}")))
    @APIResponse(responseCode = "204", description = "Enrolled; log in with password and code")
    @APIResponse(responseCode = "401", description = "Wrong password or code")
    @APIResponse(responseCode = "429", description = "Too many failed attempts")
    public Response confirm(@NotNull(message = "{request.body.required}") @Valid Confirm body) {
        enrolment.confirm(body.username(), body.password().toCharArray(), body.secret(), body.totp(),
                clientAddress.of(request));
        return Response.noContent().build();
    }
}
