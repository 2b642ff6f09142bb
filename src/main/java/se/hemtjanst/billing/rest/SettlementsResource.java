package se.hemtjanst.billing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.billing.application.SettlementService;
import se.hemtjanst.billing.infrastructure.Settlement;
import se.hemtjanst.billing.infrastructure.SettlementRow;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.rest.Problem;

/** Monthly settlements per provider (the batch job), their progress, lines and closing. */
@Path("/settlements")
@Tag(name = "Billing")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SettlementsResource {

    @Inject
    SettlementService settlements;

    public record StartDto(Long providerId, String month) {
    }

    public record SettlementDto(long id, long providerId, String month, String status, String model, int clientsTotal,
                                int clientsDone, int progressPercent, BigDecimal amount, int unlockedVisits,
                                String startedBy, Instant startedAt, String closedBy, Instant closedAt) {
        static SettlementDto of(Settlement s) {
            int percent = s.clientsTotal() == 0 ? (s.status() == Settlement.Status.RUNNING ? 0 : 100)
                    : Math.min(100, s.clientsDone() * 100 / s.clientsTotal());
            return new SettlementDto(s.id(), s.providerId(), s.month().toString(), s.status().name(),
                    s.model() == null ? null : s.model().name(), s.clientsTotal(), s.clientsDone(), percent, s.amount(),
                    s.unlockedVisits(), s.startedBy(), s.startedAt(), s.closedBy(), s.closedAt());
        }
    }

    public record AdjustmentDto(String reason) {
    }

    public record LineDto(long clientId, String row, String serviceCode, String label, BigDecimal grantedHours,
                          BigDecimal pauseHours, BigDecimal grantedLovHours, BigDecimal performedHours,
                          BigDecimal paidHours, BigDecimal excessHours, int visits, int declinedVisits,
                          BigDecimal amount, BigDecimal excessAmount, boolean adjustment, String note) {
        static LineDto of(SettlementRow r) {
            return new LineDto(r.clientId(), r.rowKind(), r.serviceCode(), r.label(), r.grantedHours(), r.pauseHours(),
                    r.grantedLovHours(), r.performedHours(), r.paidHours(), r.excessHours(), r.visits(),
                    r.declinedVisits(), r.amount(), r.excessAmount(), r.adjustment(), r.note());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Settle a provider's ended month (ADMIN): starts the batch job; follow it with GET")
    @APIResponse(responseCode = "202", description = "Started")
    @APIResponse(responseCode = "400", description = "The month has not ended")
    @APIResponse(responseCode = "409", description = "Already running, or closed")
    public Response start(StartDto body) {
        if (body == null || body.providerId() == null) {
            throw new InvalidInputException("billing.provider.required", "providerId", "providerId is required");
        }
        return Response.accepted(SettlementDto.of(settlements.start(body.providerId(), month(body.month())))).build();
    }

    public record MonthDto(String month) {
    }

    public record MonthRunDto(String month, List<SettlementDto> started, List<SettlementDto> skipped) {
    }

    @POST
    @Path("all")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Settle an ended month for every provider (ADMIN): one batch job, its providers settled in"
            + " parallel groups;"
            + " providers whose month is closed or still running are left as they are and listed as skipped;"
            + " follow the started ones with GET ?month=")
    @APIResponse(responseCode = "202", description = "Started")
    @APIResponse(responseCode = "400", description = "No month, or the month has not ended")
    public Response startAll(MonthDto body) {
        SettlementService.MonthRun run = settlements.startMonth(month(body == null ? null : body.month()));
        return Response.accepted(new MonthRunDto(run.month().toString(),
                run.started().stream().map(SettlementDto::of).toList(),
                run.skipped().stream().map(SettlementDto::of).toList())).build();
    }

    @GET
    @Operation(summary = "Settlements (ADMIN: all; PROVIDER_MANAGER: your own), optionally of one month")
    public List<SettlementDto> list(@QueryParam("month") String month) {
        return settlements.list(month == null || month.isBlank() ? null : month(month)).stream()
                .map(SettlementDto::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One settlement with its progress")
    public SettlementDto get(@PathParam("id") long id) {
        return SettlementDto.of(settlements.get(id));
    }

    @GET
    @Path("{id}/lines")
    @Operation(summary = "The settlement's lines per client and service row, in hours and SEK")
    public List<LineDto> lines(@PathParam("id") long id) {
        return settlements.lines(id).stream().map(LineDto::of).toList();
    }

    @POST
    @Path("{id}/restart")
    @Operation(summary = "Run a failed settlement on from its last checkpoint (ADMIN)")
    public SettlementDto restart(@PathParam("id") long id) {
        return SettlementDto.of(settlements.restart(id));
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a calculated settlement for good (ADMIN); it never changes again")
    @APIResponse(responseCode = "409", description = "Not calculated, or visits of the month still open for correction")
    public SettlementDto close(@PathParam("id") long id) {
        return SettlementDto.of(settlements.close(id));
    }

    @POST
    @Path("{id}/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adjust a closed settlement after corrections (ADMIN): the month is computed again with its"
            + " rules and every difference becomes a separate adjustment line; the closed lines never change")
    @APIResponse(responseCode = "201", description = "Adjustment lines added")
    @APIResponse(responseCode = "200", description = "Nothing differs: no lines added")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "409", description = "Not closed, or visits of the month still open for correction")
    public Response adjust(@PathParam("id") long id, AdjustmentDto body) {
        List<LineDto> added = settlements.adjust(id, body == null ? null : body.reason()).stream()
                .map(LineDto::of).toList();
        return Response.status(added.isEmpty() ? Response.Status.OK : Response.Status.CREATED).entity(added).build();
    }

    static YearMonth month(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("billing.month.required", "month", "month is YYYY-MM, e.g. 2026-10");
        }
    }
}
