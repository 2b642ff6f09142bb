package se.hemtjanst.identity.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.identity.application.AccessLog;
import se.hemtjanst.identity.domain.AccessLogEntry;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.rest.Problem;

/** The access log for loggkontroll (ADMIN): per client or per user, newest first. */
@Path("/access-log")
@Tag(name = "Access log")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class AccessLogResource {

    @Inject
    AccessLog accessLog;

    public record EntryDto(long id, Instant occurredAt, String username, String unit, Long clientId, String action,
                           String channel, String detail) {
        static EntryDto of(AccessLogEntry e) {
            return new EntryDto(e.id(), e.occurredAt(), e.username(), e.unitName(), e.clientId(), e.action().name(),
                    e.channel().name(), e.detail());
        }
    }

    public record EntryPage(List<EntryDto> items, long total, int page, int size) {
    }

    @GET
    @Operation(summary = "Search the access log (ADMIN)", description = "Give clientId or username (or both).")
    @APIResponse(responseCode = "200", description = "One page of log rows")
    @APIResponse(responseCode = "400", description = "Neither clientId nor username given")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public EntryPage search(@QueryParam("clientId") Long clientId, @QueryParam("username") String username,
                            @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0) {
            throw new InvalidInputException("paging.first.negative", "page", "page must be 0 or more");
        }
        var result = accessLog.search(clientId, username, Math.multiplyExact(page, Math.max(size, 1)), size);
        return new EntryPage(result.rows().stream().map(EntryDto::of).toList(), result.total(), page, size);
    }
}
