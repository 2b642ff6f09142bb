package se.hemtjanst.visit.rest;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.identity.application.DeviceSessionRequired;
import se.hemtjanst.shared.domain.BusinessException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.rest.Problem;
import se.hemtjanst.visit.application.ScanCollisionException;
import se.hemtjanst.visit.application.ScanRequest;
import se.hemtjanst.visit.application.ScanResult;
import se.hemtjanst.visit.application.ScanService;

/**
 * The phones' contract for tag scans. A scan is answered only after it is committed; a retry with the same scanId
 * and body gets the original answer (200), never a second event. Only a staff phone's live device session may scan
 * (401 device-session-required for an ordinary API token, 401 pin-required when the phone has idled).
 */
@Path("/scans")
@Tag(name = "Scans")
@DeviceSessionRequired
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class ScansResource {

    public static final int MAX_BATCH = 500;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ScanService scans;

    public record BatchRequest(List<ScanRequest> scans) {
    }

    /** One item's result: ACCEPTED (201 alone), DUPLICATE (200 alone) or REJECTED with the problem. */
    public record BatchItem(int index, String scanId, String result, int status, Object scan, Problem problem) {
    }

    public record BatchResult(int accepted, int duplicates, int rejected, List<BatchItem> items) {
    }

    @POST
    @Operation(summary = "Register a tag scan (STAFF)", description = "KOM/GICK from a staff phone. Answers 201 with "
            + "the event and its visit; the same scanId with the same body answers the original (200) forever; the "
            + "same scanId with another body 422; unknown or revoked tag 404; a client not served by your provider "
            + "403; a replayed NTAG 424 counter 409; malformed 400. Acknowledged only after commit.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "plain tag", value = "{\"scanId\":\"3f2b8c1e-9d4a-4c1b-8e2f-5a6b7c8d9e0f\","
                    + "\"type\":\"ARRIVAL\",\"tagUid\":\"04A22B1A3C5D80\",\"deviceTime\":\"2026-11-23T07:58:12+01:00\"}"),
            @ExampleObject(name = "NTAG 424 DNA", value = "{\"scanId\":\"9b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e\","
                    + "\"type\":\"DEPARTURE\",\"sun\":\"e=4E2E289D945A66BB13377A728884E867&c=E19CCB1FED8892CE\","
                    + "\"deviceTime\":\"2026-11-23T08:31:40+01:00\",\"serviceCode\":\"RAM\",\"declined\":false,"
                    + "\"queuedOffline\":false}")}))
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "200", description = "A retry: the original answer")
    @APIResponse(responseCode = "400", description = "Malformed")
    @APIResponse(responseCode = "401", description = "No live device session of a staff phone (pin-required when "
            + "idle)")
    @APIResponse(responseCode = "403", description = "Client not served by your provider, or a forged SUN message")
    @APIResponse(responseCode = "404", description = "Unknown, revoked or detached tag")
    @APIResponse(responseCode = "409", description = "Replayed NTAG 424 read counter")
    @APIResponse(responseCode = "422", description = "scanId reused with another body")
    public Response scan(ScanRequest request) {
        ScanResult result = registerOnce(request);
        return Response.status(result.created() ? 201 : 200).entity(result.answerJson())
                .type(MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("batch")
    @Operation(summary = "Register a phone's offline queue: up to 500 scans, each on its own",
            description = "One result per item, in order: ACCEPTED, DUPLICATE (already registered; the original "
                    + "answer) or REJECTED with its problem. One bad item never rejects the others. 413 above 500.")
    @APIResponse(responseCode = "200", description = "A result per item")
    @APIResponse(responseCode = "413", description = "More than 500 scans")
    public Response batch(BatchRequest batch) {
        if (batch == null || batch.scans() == null) {
            throw new InvalidInputException("request.body.required", "scans", "The body is {\"scans\":[...]}");
        }
        if (batch.scans().size() > MAX_BATCH) {
            return Problem.of(413, "Content Too Large", "batch-too-large", "A batch holds at most " + MAX_BATCH
                    + " scans; this one had " + batch.scans().size() + ". Send the queue in parts.").toResponse();
        }
        List<BatchItem> items = new ArrayList<>();
        int accepted = 0;
        int duplicates = 0;
        // The valid items are written together, in order (one transaction, unless one of them fails it); an item
        // that collided with a concurrent request is sent again on its own.
        List<Object> outcomes = scans.registerAll(batch.scans());
        for (int i = 0; i < batch.scans().size(); i++) {
            ScanRequest item = batch.scans().get(i);
            String id = item == null ? null : item.scanId;
            try {
                ScanResult r = outcomes.get(i) instanceof ScanCollisionException ? registerOnce(item)
                        : ScanService.result(outcomes.get(i));
                Object scan = JSON.fromJson(r.answerJson(), Object.class);
                items.add(new BatchItem(i, r.scanId(), r.created() ? "ACCEPTED" : "DUPLICATE",
                        r.created() ? 201 : 200, scan, null));
                if (r.created()) {
                    accepted++;
                } else {
                    duplicates++;
                }
            } catch (RuntimeException e) {
                Problem p = se.hemtjanst.shared.rest.ProblemMappers.problemOf(e);
                items.add(new BatchItem(i, id, "REJECTED", p.status(), null, p));
            }
        }
        return Response.ok(new BatchResult(accepted, duplicates, items.size() - accepted - duplicates, items)).build();
    }

    /**
     * Two requests with one scanId at once: the loser's insert fails on the unique key (or loses a lock) and rolls
     * back whole; it then answers as a retry. A collision on other rows (the staff member's open visit) is tried
     * again a few times, the whole scan at once.
     */
    private ScanResult registerOnce(ScanRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return scans.register(request);
            } catch (ScanCollisionException | EJBException e) {
                if (e instanceof EJBException && e.getCause() instanceof BusinessException b
                        && !(b instanceof ScanCollisionException)) {
                    throw b;
                }
                Optional<ScanResult> earlier = scans.earlier(request);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                if (attempt == 5) {
                    throw e;
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
