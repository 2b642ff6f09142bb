package se.hemtjanst.order.rest;

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
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hemtjanst.order.application.OrderDraft;
import se.hemtjanst.order.application.OrderService;
import se.hemtjanst.order.domain.FrameOrder;
import se.hemtjanst.order.domain.OrderGoal;
import se.hemtjanst.order.domain.OrderStatus;
import se.hemtjanst.order.domain.OrderVersion;
import se.hemtjanst.order.domain.OrderedService;
import se.hemtjanst.order.domain.RamtidComputation;
import se.hemtjanst.order.domain.VersionDiff;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.rest.Problem;

/**
 * Frame orders over REST. Assessors create orders and versions in their own district and send them; the chosen
 * provider's managers see sent orders (their inbox) and acknowledge them. Every read is in the access log.
 */
@Path("/orders")
@Tag(name = "Frame orders")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class OrdersResource {

    @Inject
    OrderService orders;

    public record OrderSummaryDto(long id, long clientId, String clientName, long providerId, String provider,
                                  String status, LocalDate validFrom, LocalDate validTo, int currentVersion,
                                  BigDecimal ramtidHours, Instant acknowledgedAt) {
        static OrderSummaryDto of(FrameOrder o) {
            OrderVersion v = o.currentVersion();
            return new OrderSummaryDto(o.id(), o.client().id(), o.client().fullName(), o.provider().id(),
                    o.provider().name(), o.status().name(), o.validity().validFrom(), o.validity().validTo(),
                    v == null ? 0 : v.versionNo(), v == null ? null : v.ramtidHours(), o.acknowledgedAt());
        }
    }

    public record ServiceDto(String code, String name, String mainArea, boolean inFrame, Integer standardMinutes,
                             String frequency, Integer count, List<String> weekdays, String visitGroup,
                             BigDecimal ownHours) {
        static ServiceDto of(OrderedService s) {
            return new ServiceDto(s.serviceCode(), s.serviceName(), s.mainArea(), s.inFrame(), s.standardMinutes(),
                    s.frequencyKind() == null ? null : s.frequencyKind().name(), s.frequencyCount(),
                    s.weekdays().stream().map(Enum::name).toList(), s.visitGroup(), s.ownHours());
        }
    }

    public record GoalDto(String lifeArea, String lifeAreaName, String goal) {
        static GoalDto of(OrderGoal g) {
            return new GoalDto(g.lifeArea().name(), g.lifeArea().swedishName(), g.goal());
        }
    }

    public record VersionDto(int versionNo, LocalDate appliesFrom, String description, String purpose,
                             String changeReason, BigDecimal computedHours, BigDecimal overrideHours,
                             String overrideReason, BigDecimal ramtidHours, BigDecimal coordinationGainPercent,
                             int singleServiceExtraMinutes, String createdBy, Instant createdAt,
                             List<ServiceDto> services, List<GoalDto> goals) {
        static VersionDto of(OrderVersion v) {
            return new VersionDto(v.versionNo(), v.appliesFrom(), v.description(), v.purpose(), v.changeReason(),
                    v.computedHours(), v.overrideHours(), v.overrideReason(), v.ramtidHours(), v.gainPercent(),
                    v.singleExtraMinutes(), v.createdBy(), v.createdAt(),
                    v.services().stream().map(ServiceDto::of).toList(), v.goals().stream().map(GoalDto::of).toList());
        }
    }

    public record PauseDto(LocalDate firstDay, LocalDate lastDay, String reason) {
    }

    public record OrderDto(OrderSummaryDto order, List<VersionDto> versions, List<PauseDto> pauses) {
        static OrderDto of(FrameOrder o) {
            return new OrderDto(OrderSummaryDto.of(o), o.versions().stream().map(VersionDto::of).toList(),
                    o.pauses().stream().map(p -> new PauseDto(p.firstDay(), p.lastDay(), p.reason())).toList());
        }
    }

    public record CalculationDto(BigDecimal ramtidHours, BigDecimal totalMinutesPerMonth, List<String> explanation) {
    }

    @GET
    @Operation(summary = "Orders within your reach", description = "Assessors: their district. Provider managers: "
            + "orders sent to their provider (the inbox; filter status=SENT for those not yet acknowledged).")
    @APIResponse(responseCode = "200", description = "Orders, newest first (at most 500)")
    public List<OrderSummaryDto> list(@QueryParam("status") String status) {
        return orders.list(parseStatus(status)).stream().map(OrderSummaryDto::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One order with every version")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "403", description = "Outside your district or provider")
    @APIResponse(responseCode = "404", description = "No such order")
    public OrderDto get(@PathParam("id") long id) {
        return OrderDto.of(orders.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a frame order (draft) with its first version (ASSESSOR, own district)")
    @APIResponse(responseCode = "201", description = "Created; ramtid computed by the calculation support")
    @APIResponse(responseCode = "400", description = "Invalid content")
    @APIResponse(responseCode = "403", description = "Not an assessor, or the client is in another district")
    public Response create(OrderDraft draft) {
        FrameOrder order = orders.create(draft);
        return Response.created(UriBuilder.fromResource(OrdersResource.class).path("{id}").build(order.id()))
                .entity(OrderDto.of(order)).build();
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a new version because the client's needs changed (changeReason required)")
    @APIResponse(responseCode = "201", description = "The new version")
    @APIResponse(responseCode = "400", description = "Invalid content or no reason for the change")
    @APIResponse(responseCode = "403", description = "Outside your district")
    public Response newVersion(@PathParam("id") long id, OrderDraft draft) {
        OrderVersion version = orders.newVersion(id, draft);
        return Response.status(Response.Status.CREATED).entity(VersionDto.of(version)).build();
    }

    @POST
    @Path("{id}/pauses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a pause (uppehåll): days the client is away, within the order's validity")
    @APIResponse(responseCode = "201", description = "The order with its pauses")
    @APIResponse(responseCode = "400", description = "Dates missing, reversed or outside the order")
    @APIResponse(responseCode = "403", description = "Outside your district")
    public Response addPause(@PathParam("id") long id, PauseDto pause) {
        if (pause == null) {
            throw new InvalidInputException("request.body.required", null, "The request body is required");
        }
        FrameOrder order = orders.addPause(id, pause.firstDay(), pause.lastDay(), pause.reason());
        return Response.status(Response.Status.CREATED).entity(OrderDto.of(order)).build();
    }

    @POST
    @Path("{id}/send")
    @Operation(summary = "Send a draft order to the provider (ASSESSOR)")
    @APIResponse(responseCode = "200", description = "Sent")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public OrderSummaryDto send(@PathParam("id") long id) {
        return OrderSummaryDto.of(orders.send(id));
    }

    @POST
    @Path("{id}/acknowledgement")
    @Operation(summary = "Acknowledge receipt of a sent order (PROVIDER_MANAGER of the chosen provider)")
    @APIResponse(responseCode = "200", description = "Acknowledged")
    @APIResponse(responseCode = "403", description = "Not your provider's order")
    @APIResponse(responseCode = "409", description = "Not in the sent state")
    public OrderSummaryDto acknowledge(@PathParam("id") long id) {
        return OrderSummaryDto.of(orders.acknowledge(id));
    }

    public record ChangeDto(String subject, String kind, String key, Object before, Object after) {
        static ChangeDto of(VersionDiff.Change c) {
            return new ChangeDto(c.getSubject().name(), c.getKind().name(), c.getKey(), dto(c.getBefore()),
                    dto(c.getAfter()));
        }

        private static Object dto(Object value) {
            return value instanceof OrderedService s ? ServiceDto.of(s) : value;
        }
    }

    public record EndDto(LocalDate lastDay, String reason) {
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "What changed between two versions", description = "Services added, removed or granted "
            + "differently, goals per life area, texts, start date and ramtid.")
    @APIResponse(responseCode = "200", description = "The changes, in reading order (empty when identical)")
    @APIResponse(responseCode = "404", description = "No such order or version")
    public List<ChangeDto> diff(@PathParam("id") long id, @QueryParam("from") int from, @QueryParam("to") int to) {
        return orders.diff(id, from, to).stream().map(ChangeDto::of).toList();
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End an order after its last day (ASSESSOR, own district), e.g. when the client changes "
            + "provider; the provider no longer reaches the client through it")
    @APIResponse(responseCode = "200", description = "Ended")
    @APIResponse(responseCode = "400", description = "lastDay or reason missing")
    @APIResponse(responseCode = "409", description = "Already ended")
    public OrderSummaryDto end(@PathParam("id") long id, EndDto end) {
        if (end == null) {
            throw new InvalidInputException("request.body.required", null, "The request body is required");
        }
        return OrderSummaryDto.of(orders.end(id, end.lastDay(), end.reason()));
    }

    @POST
    @Path("calculation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The calculation support: ramtid for the services of a draft, line by line; stores nothing")
    @APIResponse(responseCode = "200", description = "The computation")
    public CalculationDto calculate(OrderDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("request.body.required", null, "The request body is required");
        }
        RamtidComputation c = orders.calculate(draft);
        return new CalculationDto(c.ramtidHours(), c.totalMinutesPerMonth(),
                c.lines().stream().map(RamtidComputation.Line::explanation).toList());
    }

    private static OrderStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("request.param.status", "status",
                    "status must be DRAFT, SENT, ACKNOWLEDGED or ENDED, was '" + status + "'");
        }
    }
}
