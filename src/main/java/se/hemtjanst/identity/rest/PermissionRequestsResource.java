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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.identity.application.PermissionRequestService;
import se.hemtjanst.identity.application.PermissionRequestService.RequestView;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.identity.infrastructure.ClientAddress;
import se.hemtjanst.shared.rest.Problem;

/**
 * Permission requests: a person applies for a role in a unit, a manager of that unit (a provider's
 * PROVIDER_MANAGER; an ADMIN for districts) approves or rejects; nobody decides their own request.
 */
@Path("/permission-requests")
@Tag(name = "Permission requests")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class PermissionRequestsResource {

    @Inject
    PermissionRequestService service;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    /** unitId: a district id for ASSESSOR, a provider id for PROVIDER_MANAGER and STAFF. */
    public record Application(Role role, Long unitId, String motivation) {
    }

    public record Decision(String note) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply for a role in a unit (any signed-in person)", description = "unitId is a district id "
            + "for ASSESSOR and a provider id for PROVIDER_MANAGER and STAFF; ADMIN is never applied for.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "staff",
            value = "{\"role\":\"STAFF\",\"unitId\":1001,\"motivation\":\"Nyanställd undersköterska från 1 december\"}")))
    @APIResponse(responseCode = "201", description = "Applied; PENDING")
    @APIResponse(responseCode = "400", description = "Invalid role, unit or no motivation")
    public Response apply(@NotNull(message = "{request.body.required}") Application body) {
        RequestView v = service.apply(body.role(), body.unitId(), body.motivation(), clientAddress.of(request));
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON).entity(v).build();
    }

    @GET
    @Operation(summary = "My requests and the pending requests I may decide")
    @APIResponse(responseCode = "200", description = "Own requests (mine=true) and decidable ones (decidable=true)")
    public List<RequestView> visible() {
        return service.visible();
    }

    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve (a manager of the unit, never the requester)", description = "Adds the role and "
            + "the unit to the account.")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "403", description = "Own request, or not a manager of the unit")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "Already decided, or the account belongs to another unit")
    public RequestView approve(@PathParam("id") long id, Decision body) {
        return service.approve(id, body == null ? null : body.note(), clientAddress.of(request));
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject with a note (a manager of the unit, never the requester)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "no",
            value = "{\"note\":\"Inte anställd hos oss\"}")))
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "400", description = "No note")
    @APIResponse(responseCode = "403", description = "Own request, or not a manager of the unit")
    @APIResponse(responseCode = "409", description = "Already decided")
    public RequestView reject(@PathParam("id") long id, Decision body) {
        return service.reject(id, body == null ? null : body.note(), clientAddress.of(request));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw one's own pending request")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "403", description = "Not your request")
    @APIResponse(responseCode = "409", description = "Already decided")
    public RequestView withdraw(@PathParam("id") long id) {
        return service.withdraw(id, clientAddress.of(request));
    }
}
