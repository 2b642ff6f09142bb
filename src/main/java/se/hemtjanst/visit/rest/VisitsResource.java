package se.hemtjanst.visit.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.rest.Problem;
import se.hemtjanst.visit.application.CorrectionDraft;
import se.hemtjanst.visit.application.ManualVisitDraft;
import se.hemtjanst.visit.application.VisitService;
import se.hemtjanst.visit.domain.CorrectionWindow;
import se.hemtjanst.visit.domain.Visit;
import se.hemtjanst.visit.domain.VisitCorrection;

/** Visits for the provider: the day's visits, deviations, manual registration, approval, correction, unlock. */
@Path("/visits")
@Tag(name = "Visits")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class VisitsResource {

    @Inject
    VisitService visits;

    @Inject
    Clock clock;

    public record DeviationDto(String kind, String detail, boolean resolved) {
    }

    public record VisitDto(long id, long clientId, String clientName, String staff, String serviceCode,
                           LocalDate visitDay, Instant arrivalAt, Instant departureAt, Integer minutes, String status,
                           boolean declined, boolean manual, String manualReason, String approvedBy,
                           LocalDate correctBy, long daysLeftToCorrect, boolean locked, List<DeviationDto> deviations) {
        static VisitDto of(Visit v, LocalDate today) {
            return new VisitDto(v.id(), v.client().id(), v.client().fullName(), v.staff(), v.serviceCode(),
                    v.visitDay(), v.arrivalAt(), v.departureAt(), v.minutes(), v.status().name(), v.declined(),
                    v.manual(), v.manualReason() == null ? null : v.manualReason().name(), v.approvedBy(),
                    v.correctBy(), CorrectionWindow.daysLeft(today, v.correctBy()), v.locked(),
                    v.deviations().stream().map(d -> new DeviationDto(d.kind().name(), d.detail(), d.resolved()))
                            .toList());
        }
    }

    public record CorrectionDto(String action, String before, String after, String reason, String changedBy,
                                Instant changedAt) {
        static CorrectionDto of(VisitCorrection c) {
            return new CorrectionDto(c.action(), c.before(), c.after(), c.reason(), c.changedBy(), c.changedAt());
        }
    }

    public record UnlockDto(String reason, Integer days) {
    }

    @GET
    @Operation(summary = "Your provider's visits of a day (PROVIDER_MANAGER); today when day is absent")
    public List<VisitDto> ofDay(@QueryParam("day") String day) {
        LocalDate today = LocalDate.now(clock);
        LocalDate d;
        try {
            d = day == null || day.isBlank() ? today : LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("request.param.date", "day", "day must be YYYY-MM-DD");
        }
        return visits.ofDay(d).stream().map(v -> VisitDto.of(v, today)).toList();
    }

    @GET
    @Path("deviations")
    @Operation(summary = "Visits with unresolved deviations, nearest correction deadline first (PROVIDER_MANAGER)")
    public List<VisitDto> deviations() {
        LocalDate today = LocalDate.now(clock);
        return visits.deviations().stream().map(v -> VisitDto.of(v, today)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One visit")
    public VisitDto get(@PathParam("id") long id) {
        return VisitDto.of(visits.get(id), LocalDate.now(clock));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change of the visit: the original, what changed, who and why")
    public List<CorrectionDto> history(@PathParam("id") long id) {
        return visits.history(id).stream().map(CorrectionDto::of).toList();
    }

    @POST
    @Path("manual")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a visit by hand (outside the home, no tag, phone failure)", description = "A "
            + "reasonCode is required; the visit is shown as manual everywhere and waits for a manager's approval.")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "400", description = "Missing reason, times or client")
    @APIResponse(responseCode = "403", description = "The client is not served by your provider")
    public Response manual(ManualVisitDraft draft) {
        return Response.status(201).entity(VisitDto.of(visits.registerManually(draft), LocalDate.now(clock))).build();
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "Approve a manual registration (PROVIDER_MANAGER)")
    public VisitDto approve(@PathParam("id") long id) {
        return VisitDto.of(visits.approve(id), LocalDate.now(clock));
    }

    @PUT
    @Path("{id}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a visit within the window (PROVIDER_MANAGER); the original is kept")
    @APIResponse(responseCode = "200", description = "Corrected")
    @APIResponse(responseCode = "409", description = "Locked: the correction window has passed")
    public VisitDto correct(@PathParam("id") long id, CorrectionDraft draft) {
        return VisitDto.of(visits.correct(id, draft), LocalDate.now(clock));
    }

    @POST
    @Path("{id}/unlock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unlock a locked visit for correction (ADMIN, audited)")
    public VisitDto unlock(@PathParam("id") long id, UnlockDto body) {
        if (body == null) {
            throw new InvalidInputException("request.body.required", null, "The request body is required");
        }
        return VisitDto.of(visits.unlock(id, body.reason(), body.days() == null ? 3 : body.days()),
                LocalDate.now(clock));
    }
}
