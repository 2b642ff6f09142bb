package se.hemtjanst.billing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.billing.application.BillingRulesService;
import se.hemtjanst.billing.domain.BillingRules;
import se.hemtjanst.billing.domain.TimeBand;
import se.hemtjanst.billing.infrastructure.BillingRulesRow;
import se.hemtjanst.shared.rest.Problem;

/** The billing rules by month: everyone who bills or is billed reads them; ADMIN schedules new ones. */
@Path("/billing-rules")
@Tag(name = "Billing")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class BillingRulesResource {

    @Inject
    BillingRulesService rules;

    public record RulesDto(LocalDate validFrom, LocalDate validTo, String model, BigDecimal limitPercent,
                           BigDecimal daytimeRate, BigDecimal otherRate, int explanationDay, int decisionDay,
                           boolean declinedVisitsUnpaid, String holidays) {
        static RulesDto of(BillingRulesRow row) {
            BillingRules r = row.toRules();
            return new RulesDto(r.validFrom(), r.validTo(), r.model().name(), r.limitPercent(),
                    r.rate(TimeBand.DAYTIME), r.rate(TimeBand.OTHER_TIME), r.explanationDay(), r.decisionDay(),
                    r.declinedVisitsUnpaid(), r.daytimeBand().holidays().name());
        }
    }

    @GET
    @Operation(summary = "Every period of billing rules, oldest first")
    public List<RulesDto> all() {
        return rules.all().stream().map(RulesDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule new billing rules from a month that has not begun (ADMIN)",
            description = "The rules in force end with the month before; a month that has begun keeps its rules.")
    @APIResponse(responseCode = "201", description = "Scheduled")
    @APIResponse(responseCode = "400", description = "A value out of range")
    @APIResponse(responseCode = "409", description = "The month has begun, or later rules exist")
    public Response schedule(BillingRulesService.Draft draft) {
        return Response.status(201).entity(RulesDto.of(rules.schedule(draft))).build();
    }
}
