package se.hemtjanst.bench.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.bench.application.BenchPings;

/**
 * The benchmark's bare endpoint (docs/benchmarks.md, "Scan ingestion"): a JAX-RS request that persists one row in
 * one transaction and answers, measured next to {@code POST /api/v1/scans} in the same run. It exists only when the
 * server variable {@code hemtjanst.bench.enabled} is true (a benchmark server); everywhere else it answers 404.
 */
@Path("/bench/ping")
@Tag(name = "Benchmark")
public class BenchPingResource {

    @Inject
    @ConfigProperty(name = "hemtjanst.bench.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    BenchPings pings;

    @POST
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Benchmark only: persist one row (404 unless hemtjanst.bench.enabled)", hidden = true)
    public Response ping(String body) {
        if (!enabled) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        long id = pings.record(body == null || body.length() <= 100 ? body : body.substring(0, 100));
        return Response.status(Response.Status.CREATED).entity("{\"id\":" + id + "}").build();
    }
}
