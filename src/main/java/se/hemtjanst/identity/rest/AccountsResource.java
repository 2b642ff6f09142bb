package se.hemtjanst.identity.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.identity.application.AccountAdministration;
import se.hemtjanst.identity.application.PermissionRequestService;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.identity.infrastructure.ClientAddress;
import se.hemtjanst.shared.rest.Problem;

/**
 * System administration of personal accounts (ADMIN): create, read, disable, and the recovery of a lost
 * authenticator (TOTP reset, kept in the security log).
 */
@Path("/accounts")
@Tag(name = "Accounts")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class AccountsResource {

    @Inject
    AccountAdministration administration;

    @Inject
    PermissionRequestService permissions;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    public record AccountDto(long id, String username, String displayName, Set<String> roles, Long districtId,
                             Long providerId, boolean enabled, boolean totpEnrolled, Instant totpEnrolledAt) {
        static AccountDto of(Account a) {
            Set<String> roles = new TreeSet<>();
            a.roles().forEach(r -> roles.add(r.name()));
            return new AccountDto(a.id(), a.username(), a.displayName(), roles,
                    a.district() == null ? null : a.district().id(), a.provider() == null ? null : a.provider().id(),
                    a.enabled(), a.totpEnrolled(), a.totpEnrolledAt());
        }
    }

    public record NewAccount(String username, String displayName, String initialPassword, Set<Role> roles,
                             Long districtId, Long providerId) {
    }

    public record Reset(String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a personal account (ADMIN)", description = "The person enrols an authenticator at "
            + "the first login.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "staff",
            value = "{\"username\":\"personal3.omsorgshuset\",\"displayName\":\"Nora Berg\",\"initialPassword\":"
                    + "\"Byt-mig-direkt-2026\",\"roles\":[\"STAFF\"],\"providerId\":1001}")))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid username, roles, unit or password")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Username taken")
    public Response create(@NotNull(message = "{request.body.required}") NewAccount body) {
        Account a = administration.create(new AccountAdministration.AccountDraft(body.username(), body.displayName(),
                body.initialPassword(), body.roles(), body.districtId(), body.providerId()), clientAddress.of(request));
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON).entity(AccountDto.of(a))
                .build();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "Read an account (ADMIN)")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", description = "No such account")
    public AccountDto get(@PathParam("username") String username) {
        return AccountDto.of(administration.get(username));
    }

    @POST
    @Path("{username}/disable")
    @Operation(summary = "Disable an account (ADMIN): its tokens and device sessions die at once")
    @APIResponse(responseCode = "200", description = "Disabled")
    public AccountDto disable(@PathParam("username") String username) {
        return AccountDto.of(administration.disable(username, clientAddress.of(request)));
    }

    @POST
    @Path("{username}/totp-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recovery of a lost authenticator (ADMIN, logged)", description = "Removes the person's TOTP "
            + "secret; they enrol a new authenticator at the next login. The reason goes to the security log.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "lost",
            value = "{\"reason\":\"Tappad telefon, ärende 2026-4711\"}")))
    @APIResponse(responseCode = "200", description = "Reset")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Your own account (another administrator must reset it)")
    public AccountDto resetTotp(@PathParam("username") String username, Reset body) {
        return AccountDto.of(administration.resetTotp(username, body == null ? null : body.reason(),
                clientAddress.of(request)));
    }

    @POST
    @Path("{username}/employment-end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End an employment (ADMIN, or a PROVIDER_MANAGER of the person's provider; logged)",
            description = "Removes every role, disables the account, ends every API token and device session at once "
                    + "and withdraws pending permission requests. Never one's own.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "ended",
            value = "{\"reason\":\"Anställningen upphör 2026-11-30\"}")))
    @APIResponse(responseCode = "200", description = "Ended")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "403", description = "Not an administrator or the person's manager, or oneself")
    @APIResponse(responseCode = "404", description = "No such account")
    public AccountDto endEmployment(@PathParam("username") String username, Reset body) {
        return AccountDto.of(permissions.endEmployment(username, body == null ? null : body.reason(),
                clientAddress.of(request)));
    }
}
