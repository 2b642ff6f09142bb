package se.hemtjanst.shared.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.shared.infrastructure.ClockProducer;

/**
 * Moves the server's clock for integration tests (token expiry, idle lock). Answers 404 unless the server variable
 * {@code hemtjanst.testClock.enabled} is true, which only the IT server sets. Open (no token), because a test that
 * moved the clock past its tokens' expiry must still be able to move it back.
 */
@Path("/test-clock")
@Tag(name = "Tests")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class TestClockResource {

    @Inject
    ClockProducer clocks;

    @Inject
    Clock clock;

    public record ClockDto(long offsetSeconds, Instant now) {
    }

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(hidden = true)
    public Response read() {
        if (!clocks.testClockEnabled()) {
            return notHere();
        }
        return Response.ok(new ClockDto(clocks.offset().getSeconds(), clock.instant())).build();
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
        clocks.offset(Duration.ofSeconds(body == null ? 0 : body.offsetSeconds()));
        return read();
    }

    private static Response notHere() {
        return Problem.of(Response.Status.NOT_FOUND, "not-found", "No such resource", "notFound", null).toResponse();
    }
}
