package se.hemtjanst.billing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.billing.application.ExcessService;
import se.hemtjanst.billing.infrastructure.ExcessCaseRow;
import se.hemtjanst.shared.rest.Problem;

/** The 110 % cases: the provider explains, the assessor decides, each by its deadline. */
@Path("/excess-cases")
@Tag(name = "Billing")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ExcessCasesResource {

    @Inject
    ExcessService excess;

    @Inject
    Clock clock;

    public record CaseDto(long id, long settlementId, long providerId, long clientId, String month, String row,
                          String serviceCode, BigDecimal excessHours, BigDecimal excessAmount, LocalDate explainBy,
                          LocalDate decideBy, String status, String statusToday, String payment, String explanation,
                          String explainedBy, LocalDate explainedOn, String decisionNote, String decidedBy,
                          LocalDate decidedOn) {
        static CaseDto of(ExcessCaseRow c, LocalDate today) {
            var domain = c.toCase();
            return new CaseDto(c.id(), c.settlementId(), c.providerId(), c.clientId(), c.month().toString(),
                    c.rowKind(), c.serviceCode(), c.excessHours(), c.excessAmount(), c.explainBy(), c.decideBy(),
                    c.status().name(), domain.statusOn(today).name(), domain.paymentOn(today).name(), c.explanation(),
                    c.explainedBy(), c.explainedOn(), c.decisionNote(), c.decidedBy(), c.decidedOn());
        }
    }

    public record AdvancedDto(int settled) {
    }

    public record ExplanationDto(String explanation) {
    }

    public record DecisionDto(Boolean approve, String note) {
    }

    @GET
    @Operation(summary = "The 110 % cases you handle (provider: your own; assessor: your district's clients)")
    public List<CaseDto> cases() {
        LocalDate today = LocalDate.now(clock);
        return excess.cases().stream().map(c -> CaseDto.of(c, today)).toList();
    }

    @POST
    @Path("deadlines")
    @Operation(summary = "Record the outcome of every passed deadline now (ADMIN); the nightly timer does the same")
    public AdvancedDto advanceDeadlines() {
        return new AdvancedDto(excess.advanceDeadlines());
    }

    @POST
    @Path("{id}/explanation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Explain time over 110 % (PROVIDER_MANAGER), by the explanation deadline")
    @APIResponse(responseCode = "409", description = "The deadline has passed, or already explained")
    public CaseDto explain(@PathParam("id") long id, ExplanationDto body) {
        return CaseDto.of(excess.explain(id, body == null ? null : body.explanation()), LocalDate.now(clock));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or reject an explanation (ASSESSOR of the client's district), by the decision deadline")
    @APIResponse(responseCode = "409", description = "Not explained yet, already decided, or the deadline has passed")
    public CaseDto decide(@PathParam("id") long id, DecisionDto body) {
        // The service checks who may decide on the case before it looks at the answer.
        return CaseDto.of(excess.decide(id, body == null ? null : body.approve(), body == null ? null : body.note()),
                LocalDate.now(clock));
    }
}
