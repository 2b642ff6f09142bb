package se.hemtjanst.messaging.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.messaging.application.MessageService;
import se.hemtjanst.messaging.domain.TeamMessage;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.rest.Problem;

/** The caller's team mailbox: the inbox, the unread count, marking a message read. */
@Path("/messages")
@Tag(name = "Messages")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class MessagesResource {

    @Inject
    MessageService messages;

    public record MessageDto(long id, long clientId, String clientName, String from, long fromUnitId, String to,
                             long toUnitId, String kind, Long orderId, List<String> lifeAreas, String subject,
                             String body, String sentBy, Instant sentAt, String readBy, Instant readAt) {
        public static MessageDto of(TeamMessage m) {
            return new MessageDto(m.id(), m.client().id(), m.client().fullName(), m.from().kind().name(),
                    m.from().unitId(), m.to().kind().name(), m.to().unitId(), m.kind().name(),
                    m.order() == null ? null : m.order().id(), m.lifeAreas().stream().map(Enum::name).toList(),
                    m.subject(), m.body(), m.sentBy(), m.sentAt(), m.readBy(), m.readAt());
        }
    }

    public record MessagePage(List<MessageDto> items, long total, int page, int size) {
    }

    public record UnreadDto(long unread) {
    }

    @GET
    @Operation(summary = "Your team's inbox, newest first (ASSESSOR: the district's; PROVIDER_MANAGER: the provider's)")
    @APIResponse(responseCode = "200", description = "One page of messages")
    public MessagePage inbox(@QueryParam("unread") @DefaultValue("false") boolean unread,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("25") int size) {
        if (page < 0) {
            throw new InvalidInputException("paging.first.negative", "page", "page must be 0 or more");
        }
        var result = messages.inbox(unread, Math.multiplyExact(page, Math.max(size, 1)), size).map(MessageDto::of);
        return new MessagePage(result.rows(), result.total(), page, size);
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many messages in your team's mailbox are unread")
    public UnreadDto unreadCount() {
        return new UnreadDto(messages.unreadCount());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark a message to your team as read (the first reader is kept)")
    @APIResponse(responseCode = "200", description = "The message")
    @APIResponse(responseCode = "403", description = "Not sent to your team")
    @APIResponse(responseCode = "404", description = "No such message")
    public MessageDto markRead(@PathParam("id") long id) {
        return MessageDto.of(messages.markRead(id));
    }
}
