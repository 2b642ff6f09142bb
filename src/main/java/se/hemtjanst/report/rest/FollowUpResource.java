package se.hemtjanst.report.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.report.application.FollowUpService;
import se.hemtjanst.report.application.FollowUpService.Level;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.rest.Problem;

/**
 * Follow-up: ordered (prognos) versus performed (utfall) time per month for the municipality, a district, a provider
 * or a client; the clients behind a month; the visits behind a client's month; individuppföljning.
 */
@Path("/reports/follow-up")
@Tag(name = "Reports")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class FollowUpResource {

    @Inject
    FollowUpService followUp;

    public record MonthDto(String month, BigDecimal ordered, BigDecimal performed, BigDecimal deviationPercent,
                           int clients, int visits) {
        static MonthDto of(FollowUpService.MonthFigures m) {
            return new MonthDto(m.month().toString(), m.ordered(), m.performed(), m.deviationPercent(), m.clients(),
                    m.visits());
        }
    }

    public record ReportDto(String level, Long id, String name, List<MonthDto> months) {
    }

    public record ClientDto(long clientId, String name, String district, BigDecimal ordered, BigDecimal performed,
                            BigDecimal deviationPercent, int visits) {
    }

    public record VisitDto(long visitId, LocalDate day, String staff, String serviceCode, int minutes, boolean manual,
                           boolean declined) {
    }

    public record FollowUpCaseDto(long clientId, String name, List<MonthDto> months) {
    }

    @GET
    @Operation(summary = "Ordered versus performed time per month",
            description = "level MUNICIPALITY (ADMIN, ASSESSOR), DISTRICT (your own), PROVIDER (your own) or CLIENT (in"
                    + " your reach) with its id; from and to are YYYY-MM (at most 24 months). Hours with two decimals;"
                    + " deviationPercent = (performed − ordered) / ordered, null when nothing was ordered.")
    @APIResponse(responseCode = "200", description = "One row per month")
    @APIResponse(responseCode = "400", description = "A missing or malformed parameter")
    @APIResponse(responseCode = "403", description = "Not your district, provider or client")
    public ReportDto months(@QueryParam("level") String level, @QueryParam("id") Long id,
                            @QueryParam("from") String from, @QueryParam("to") String to) {
        Level l = level(level);
        var subject = followUp.subject(l, id);
        return new ReportDto(subject.level().name(), subject.id(), subject.name(),
                followUp.months(l, id, month("from", from), month("to", to)).stream().map(MonthDto::of).toList());
    }

    public record SubjectDto(String level, Long id, String name) {
    }

    @GET
    @Path("subjects")
    @Operation(summary = "What you may follow up: the municipality (ADMIN, ASSESSOR), districts and providers")
    public List<SubjectDto> subjects() {
        return followUp.subjects().stream().map(s -> new SubjectDto(s.level().name(), s.id(), s.name())).toList();
    }

    @GET
    @Path("clients")
    @Operation(summary = "The clients behind a month of a district, provider (or, for ADMIN, the municipality)",
            description = "Largest deviation first; each client listed is written to the access log.")
    public List<ClientDto> clients(@QueryParam("level") String level, @QueryParam("id") Long id,
                                   @QueryParam("month") String month) {
        return followUp.clients(level(level), id, month("month", month)).stream()
                .map(c -> new ClientDto(c.clientId(), c.name(), c.district(), c.ordered(), c.performed(),
                        c.deviationPercent(), c.visits())).toList();
    }

    @GET
    @Path("visits")
    @Operation(summary = "The visits behind a client's month (a provider manager sees their own provider's)")
    public List<VisitDto> visits(@QueryParam("clientId") Long clientId, @QueryParam("month") String month) {
        if (clientId == null) {
            throw new InvalidInputException("report.id.required", "clientId", "clientId is required");
        }
        return followUp.visits(clientId, month("month", month)).stream()
                .map(v -> new VisitDto(v.visitId(), v.day(), v.staff(), v.serviceCode(), v.minutes(), v.manual(),
                        v.declined())).toList();
    }

    public record ContinuityDto(String month, int clients, BigDecimal averageStaff) {
    }

    public record NationalContinuityDto(LocalDate from, LocalDate to, int clients, BigDecimal averageStaff) {
    }

    @GET
    @Path("continuity")
    @Operation(summary = "Staff continuity per month: the average number of different staff per client with visits",
            description = "Same levels and access as the follow-up; averageStaff has one decimal, absent without visits.")
    public List<ContinuityDto> continuity(@QueryParam("level") String level, @QueryParam("id") Long id,
                                          @QueryParam("from") String from, @QueryParam("to") String to) {
        return followUp.continuity(level(level), id, month("from", from), month("to", to)).stream()
                .map(c -> new ContinuityDto(c.month().toString(), c.clients(), c.averageStaff())).toList();
    }

    @GET
    @Path("continuity/national")
    @Operation(summary = "The national continuity indicator for the 14 days from a date",
            description = "Clients aged 65 or more with at least two visits a day on average (28 in the 14 days), and"
                    + " the average number of different staff each met (Socialstyrelsen's personalkontinuitet).")
    public NationalContinuityDto national(@QueryParam("level") String level, @QueryParam("id") Long id,
                                          @QueryParam("from") String from) {
        LocalDate day;
        try {
            day = LocalDate.parse(from == null ? "" : from.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("request.param.date", "from", "from is YYYY-MM-DD");
        }
        var n = followUp.nationalContinuity(level(level), id, day);
        return new NationalContinuityDto(n.from(), n.to(), n.clients(), n.averageStaff());
    }

    public record ReviewRequestDto(Long clientId, String note) {
    }

    public record ReviewRequestedDto(long messageId, long clientId, Long orderId, String subject, String body) {
    }

    @jakarta.ws.rs.POST
    @Path("review-requests")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the assessor to review a client's order (PROVIDER_MANAGER)",
            description = "Allowed when ordered and performed time differed beyond followUp.deviationPercent in each"
                    + " of the last two whole months; sends a review-request message referring to the order.")
    @APIResponse(responseCode = "201", description = "The message sent")
    @APIResponse(responseCode = "409", description = "No grounds (the months did not differ enough) or no order")
    public jakarta.ws.rs.core.Response requestReview(ReviewRequestDto body) {
        if (body == null || body.clientId() == null) {
            throw new InvalidInputException("report.id.required", "clientId", "clientId is required");
        }
        var m = followUp.requestReview(body.clientId(), body.note());
        return jakarta.ws.rs.core.Response.status(201).entity(new ReviewRequestedDto(m.id(), body.clientId(),
                m.order() == null ? null : m.order().id(), m.subject(), m.body())).build();
    }

    public record StaffTimeDto(String staff, long shiftMinutes, long visitMinutes, BigDecimal sharePercent) {
    }

    @GET
    @Path("staff-time")
    @Operation(summary = "Share of staff time with clients, for the city's own units (ADMIN, the unit's managers)",
            description = "Per staff member: visit minutes over shift minutes (the phones' device sessions) in the"
                    + " month; the last row (staff absent) is the unit's total. 409 for a private provider.")
    public List<StaffTimeDto> staffTime(@QueryParam("provider") Long provider, @QueryParam("month") String month) {
        if (provider == null) {
            throw new InvalidInputException("report.id.required", "provider", "provider is required");
        }
        return followUp.staffTime(provider, month("month", month)).stream()
                .map(t -> new StaffTimeDto(t.staff(), t.shiftMinutes(), t.visitMinutes(), t.sharePercent())).toList();
    }

    @GET
    @Path("individual")
    @Operation(summary = "Individuppföljning (ASSESSOR: your district; ADMIN: everyone)",
            description = "Clients whose performed time deviated more than followUp.deviationPercent from the ordered"
                    + " time in each of the last followUp.monthsInRow whole months (rule settings: 10 %, 2 months).")
    public List<FollowUpCaseDto> individual() {
        return followUp.individualFollowUp().stream().map(c -> new FollowUpCaseDto(c.clientId(), c.name(),
                c.months().stream().map(MonthDto::of).toList())).toList();
    }

    static Level level(String level) {
        try {
            return Level.valueOf(level == null ? "" : level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("report.level", "level",
                    "level is MUNICIPALITY, DISTRICT, PROVIDER or CLIENT");
        }
    }

    static YearMonth month(String name, String value) {
        try {
            return YearMonth.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("billing.month.required", name, name + " is YYYY-MM, e.g. 2026-10");
        }
    }
}
