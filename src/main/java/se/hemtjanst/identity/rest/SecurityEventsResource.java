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
import se.hemtjanst.identity.application.SecurityLog;
import se.hemtjanst.identity.domain.SecurityEvent;
import se.hemtjanst.shared.rest.Problem;

/** The security log for system administration (ADMIN). */
@Path("/security-events")
@Tag(name = "Accounts")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SecurityEventsResource {

    @Inject
    SecurityLog securityLog;

    public record EventDto(long id, Instant occurredAt, String kind, String username, String actor, String sourceIp,
                           String detail) {
        static EventDto of(SecurityEvent e) {
            return new EventDto(e.id(), e.occurredAt(), e.kind().name(), e.username(), e.actor(), e.sourceIp(),
                    e.detail());
        }
    }

    @GET
    @Operation(summary = "The security log, newest first (ADMIN)", description = "Failed logins, refused requests, "
            + "throttling, PIN lockouts, TOTP resets; optionally for one username.")
    @APIResponse(responseCode = "200", description = "Events")
    public List<EventDto> securityEvents(@QueryParam("username") String username,
                                         @QueryParam("size") @DefaultValue("100") int size) {
        return securityLog.search(username, size).stream().map(EventDto::of).toList();
    }
}
