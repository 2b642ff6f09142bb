package se.hemtjanst.shared.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.shared.infrastructure.ClockProducer;

/**
 * Moves the server's clock for integration tests (deadlines, token expiry, idle lock): {@code PUT} with
 * {@code offsetSeconds} or an absolute {@code now}, {@code DELETE} back to the system clock. Answers 404 unless the
 * server variable {@code hemtjanst.testClock.enabled} is true, which only the IT server sets. Open (no token),
 * because a test that moved the clock past its tokens' expiry must still be able to move it back.
 */
@Path("/test-clock")
@Tag(name = "Tests")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class TestClockResource {

    private static final Logger LOG = Logger.getLogger(TestClockResource.class.getName());

    @Inject
    ClockProducer clocks;

    @Inject
    Clock clock;

    /** Either field: an offset from the system clock in seconds, or the moment the clock is to show now. */
    public record ClockDto(Long offsetSeconds, String now) {
    }

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(hidden = true)
    public Response read() {
        if (!clocks.testClockEnabled()) {
            return notHere();
        }
        return Response.ok(new ClockDto(clocks.offset().getSeconds(), clock.instant().toString())).build();
    }

    @PUT
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response move(ClockDto body) {
        if (!clocks.testClockEnabled()) {
            return notHere();
        }
        if (body != null && body.now() != null) {
            Instant target;
            try {
                target = OffsetDateTime.parse(body.now().strip()).toInstant();
            } catch (DateTimeParseException e) {
                return Problem.of(Response.Status.BAD_REQUEST, "invalid", "now is ISO-8601 with an offset, e.g."
                        + " 2026-11-05T10:00:00+01:00", "request.testClock.now", null).toResponse();
            }
            clocks.offset(Duration.between(Instant.now(), target));
        } else {
            clocks.offset(Duration.ofSeconds(body == null || body.offsetSeconds() == null ? 0 : body.offsetSeconds()));
        }
        LOG.warning(() -> "Test clock moved to " + clock.instant());
        return read();
    }

    @DELETE
    @PermitAll
    @SecurityRequirements
    @Operation(hidden = true)
    public Response reset() {
        if (!clocks.testClockEnabled()) {
            return notHere();
        }
        clocks.offset(Duration.ZERO);
        return read();
    }

    private static Response notHere() {
        return Problem.of(Response.Status.NOT_FOUND, "not-found", "No such resource", "request.testClock.disabled",
                null).toResponse();
    }
}
