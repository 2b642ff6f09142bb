package se.hemtjanst.messaging.rest;

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
import se.hemtjanst.messaging.application.MessageDraft;
import se.hemtjanst.messaging.application.MessageService;
import se.hemtjanst.messaging.rest.MessagesResource.MessageDto;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.rest.Problem;

/** The conversation about one client between the caller's team and the other side. */
@Path("/clients/{clientId}/messages")
@Tag(name = "Messages")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ClientMessagesResource {

    @Inject
    MessageService messages;

    @GET
    @Operation(summary = "The messages about a client sent from or to your team, oldest first")
    @APIResponse(responseCode = "200", description = "The conversation")
    @APIResponse(responseCode = "403", description = "The client is outside your reach")
    public List<MessageDto> conversation(@PathParam("clientId") long clientId) {
        return messages.conversation(clientId).stream().map(MessageDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write to the other side's team mailbox about the client", description = "An assessor "
            + "writes to the provider of the client's order in force (providerId when there are several); a provider "
            + "manager writes to the client's district. kind CHANGED_NEEDS requires orderId, lifeAreas and a body of "
            + "at least 30 characters describing what changed in the client's needs.")
    @APIResponse(responseCode = "201", description = "Sent")
    @APIResponse(responseCode = "400", description = "Invalid content (e.g. changed needs without order or description)")
    @APIResponse(responseCode = "403", description = "The client is outside your reach")
    public Response send(@PathParam("clientId") long clientId, MessageDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("request.body.required", null, "The request body is required");
        }
        return Response.status(Response.Status.CREATED).entity(MessageDto.of(messages.send(clientId, draft))).build();
    }
}
