package se.hemtjanst.shared.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;
import se.hemtjanst.shared.infrastructure.ClockProducer;

/**
 * Moves the server's clock for integration tests of deadlines and expiry, as the rules say "the injected clock".
 * Exists only where the server variable {@code hemtjanst.testClock.enabled} is true (the test server); everywhere
 * else it answers 404 like any unknown path.
 */
@Path("/test-clock")
@RolesAllowed("ADMIN")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class TestClockResource {

    private static final Logger LOG = Logger.getLogger(TestClockResource.class.getName());

    @Inject
    @ConfigProperty(name = "hemtjanst.testClock.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    ClockProducer clocks;

    @Inject
    Clock clock;

    public record NowDto(String now) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public NowDto moveTo(NowDto body) {
        requireEnabled();
        try {
            clocks.adjustable().moveTo(OffsetDateTime.parse(body == null ? "" : body.now()).toInstant());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException("request.testClock.now", "now", "now is an ISO-8601 date-time with offset");
        }
        LOG.warning(() -> "Test clock moved to " + clock.instant());
        return new NowDto(OffsetDateTime.now(clock).toString());
    }

    @DELETE
    @Operation(hidden = true)
    public NowDto reset() {
        requireEnabled();
        clocks.adjustable().reset();
        return new NowDto(OffsetDateTime.now(clock).toString());
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException("request.testClock.disabled", "No such resource");
        }
    }
}
