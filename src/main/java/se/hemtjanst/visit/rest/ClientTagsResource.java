package se.hemtjanst.visit.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.shared.rest.Problem;
import se.hemtjanst.visit.application.TagDraft;
import se.hemtjanst.visit.application.TagService;
import se.hemtjanst.visit.rest.TagsResource.ReasonDto;
import se.hemtjanst.visit.rest.TagsResource.TagDto;

/** A client's tags (PROVIDER_MANAGER of the client's provider, or ADMIN). Keys are never returned. */
@Path("/clients/{clientId}/tags")
@Tag(name = "Tags")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ClientTagsResource {

    @Inject
    TagService tags;

    @GET
    @Operation(summary = "The client's tags, active and ended")
    public List<TagDto> ofClient(@PathParam("clientId") long clientId) {
        return tags.ofClient(clientId).stream().map(TagDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a tag in the client's home", description = "kind PLAIN_UID (uid only) or NTAG424 "
            + "(uid and fileReadKey, 32 hex; stored encrypted, never returned).")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "400", description = "Invalid UID, kind or key")
    @APIResponse(responseCode = "409", description = "The UID is active on another tag")
    public Response register(@PathParam("clientId") long clientId, TagDraft draft) {
        return Response.status(201).entity(TagDto.of(tags.register(clientId, draft))).build();
    }

    @POST
    @Path("decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the client declines a tag: visits are then registered manually")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "409", description = "The client has an active tag, or has already declined")
    public Response decline(@PathParam("clientId") long clientId, ReasonDto body) {
        tags.decline(clientId, body == null ? null : body.reason());
        return Response.status(201).build();
    }
}
