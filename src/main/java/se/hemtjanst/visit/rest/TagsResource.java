package se.hemtjanst.visit.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.shared.rest.Problem;
import se.hemtjanst.visit.application.TagDraft;
import se.hemtjanst.visit.application.TagService;

/** Tags in clients' homes (PROVIDER_MANAGER of the client's provider, or ADMIN). Keys are never returned. */
@Path("/tags")
@Tag(name = "Tags")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class TagsResource {

    @Inject
    TagService tags;

    public record TagDto(long id, long clientId, String uid, String kind, String status, String placement,
                         Integer highestCounter, String registeredBy, Instant registeredAt, String endReason,
                         Instant endedAt) {
        public static TagDto of(se.hemtjanst.visit.domain.Tag t) {
            return new TagDto(t.id(), t.client().id(), t.uid(), t.kind().name(), t.status().name(), t.placement(),
                    t.highestCounter(), t.registeredBy(), t.registeredAt(), t.endReason(), t.endedAt());
        }
    }

    public record ReasonDto(String reason) {
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a lost, broken or copied tag; its scans are refused from now on")
    public TagDto revoke(@PathParam("id") long id, ReasonDto body) {
        return TagDto.of(tags.revoke(id, body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/replacement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a tag: the old one is revoked and the new one registered in one step")
    @APIResponse(responseCode = "201", description = "The new tag")
    public Response replace(@PathParam("id") long id, TagDraft draft) {
        return Response.status(201).entity(TagDto.of(tags.replace(id, draft))).build();
    }

}
