package se.hemtjanst.order.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.hemtjanst.catalog.application.CatalogService;
import se.hemtjanst.catalog.application.RuleService;
import se.hemtjanst.catalog.domain.RuleSetting;
import se.hemtjanst.catalog.domain.ServiceType;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.identity.application.AccessLog;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.identity.domain.AccessAction;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.order.domain.CalculationParameters;
import se.hemtjanst.order.domain.FrameOrder;
import se.hemtjanst.order.domain.LifeArea;
import se.hemtjanst.order.domain.OrderGoal;
import se.hemtjanst.order.domain.OrderStatus;
import se.hemtjanst.order.domain.OrderVersion;
import se.hemtjanst.order.domain.OrderedService;
import se.hemtjanst.order.domain.Orders;
import se.hemtjanst.order.domain.RamtidComputation;
import se.hemtjanst.order.domain.RamtidSupport;
import se.hemtjanst.order.domain.VersionContent;
import se.hemtjanst.order.domain.VersionDiff;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.shared.domain.AccessDeniedException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;
import se.hemtjanst.shared.domain.ValidityPeriod;

/**
 * Frame orders: assessors write them (in their own district) and every change is a new version with its reason;
 * the chosen provider's managers acknowledge them. Ramtid is always computed by the calculation support from the
 * catalogue's standard times and the rule settings valid when the version applies.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME})
public class OrderService {

    public static final int MAX_LIST = 500;

    @Inject
    Orders orders;

    @Inject
    ClientService clients;

    @Inject
    CatalogService catalog;

    @Inject
    RuleService rules;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    @RolesAllowed(Role.ASSESSOR_NAME)
    public FrameOrder create(@NotNull @Valid OrderDraft draft) {
        if (draft.clientId == null || draft.providerId == null || draft.validFrom == null) {
            throw new InvalidInputException("order.head.required", "clientId",
                    "A new order needs clientId, providerId and validFrom");
        }
        Client client = clients.get(draft.clientId);
        Provider provider = orders.provider(draft.providerId).orElseThrow(() -> new InvalidInputException(
                "order.provider.unknown", "providerId", "No provider with id " + draft.providerId, draft.providerId));
        FrameOrder order = new FrameOrder(client, provider, new ValidityPeriod(draft.validFrom, draft.validTo),
                currentUser.username(), clock.instant());
        if (draft.appliesFrom == null) {
            draft.appliesFrom = draft.validFrom;
        }
        order.writeVersion(content(draft), currentUser.username(), clock.instant());
        orders.add(order);
        accessLog.record(client.id(), AccessAction.CREATE, "frame order");
        return order;
    }

    /** A change of the client's needs: the next version, with the reason. */
    @RolesAllowed(Role.ASSESSOR_NAME)
    public OrderVersion newVersion(long orderId, @NotNull @Valid OrderDraft draft) {
        FrameOrder order = orderForAssessor(orderId);
        if (draft.appliesFrom == null) {
            // From today, or from the order's start when it has not started yet.
            LocalDate today = LocalDate.now(clock);
            LocalDate start = order.validity().validFrom();
            draft.appliesFrom = today.isBefore(start) ? start : today;
        }
        OrderVersion version = order.writeVersion(content(draft), currentUser.username(), clock.instant());
        accessLog.record(order.client().id(), AccessAction.CHANGE, "frame order version " + version.versionNo());
        return version;
    }

    /** Days the client is away (hospital, travel); billing deducts them pro rata from the month's granted time. */
    @RolesAllowed(Role.ASSESSOR_NAME)
    public FrameOrder addPause(long orderId, LocalDate firstDay, LocalDate lastDay, String reason) {
        FrameOrder order = orderForAssessor(orderId);
        order.addPause(new se.hemtjanst.order.domain.Pause(firstDay, lastDay, reason));
        accessLog.record(order.client().id(), AccessAction.CHANGE, "pause " + firstDay + ".." + lastDay);
        return order;
    }

    @RolesAllowed(Role.ASSESSOR_NAME)
    public FrameOrder send(long orderId) {
        FrameOrder order = orderForAssessor(orderId);
        order.send();
        accessLog.record(order.client().id(), AccessAction.CHANGE, "frame order sent");
        return order;
    }

    /** The provider confirms it has received the (changed) order. */
    @RolesAllowed(Role.PROVIDER_MANAGER_NAME)
    public FrameOrder acknowledge(long orderId) {
        FrameOrder order = find(orderId);
        Account me = currentUser.account().orElseThrow();
        if (me.provider() == null || !order.provider().id().equals(me.provider().id())
                || order.status() == OrderStatus.DRAFT) {
            accessLog.recordDenied(order.client().id(), "acknowledge another provider's order");
            throw new AccessDeniedException("order.otherProvider", "Order " + orderId + " is not sent to your provider",
                    orderId);
        }
        order.acknowledge(me.username(), clock.instant());
        accessLog.record(order.client().id(), AccessAction.CHANGE, "frame order acknowledged");
        return order;
    }

    /** One order with all its versions, if the person reaches it; logged as a read of the client. */
    public FrameOrder get(long orderId) {
        FrameOrder order = find(orderId);
        if (!reaches(order)) {
            accessLog.recordDenied(order.client().id(), "read order outside reach");
            throw new AccessDeniedException("order.outsideReach",
                    "Order " + orderId + " is outside your district or provider", orderId);
        }
        accessLog.record(order.client().id(), AccessAction.READ, "frame order");
        order.versions().forEach(v -> v.services().size());
        order.pauses().size();
        return order;
    }

    /** Orders within reach, newest first; a provider sees its orders once sent (the inbox), never drafts. */
    public List<FrameOrder> list(OrderStatus status) {
        Account me = currentUser.account().orElseThrow();
        List<FrameOrder> result;
        if (me.has(Role.ADMIN)) {
            result = orders.all(status, MAX_LIST);
        } else if (me.has(Role.ASSESSOR) && me.district() != null) {
            result = orders.ofDistrict(me.district().id(), status, MAX_LIST);
        } else if (me.provider() != null) {
            result = orders.ofProvider(me.provider().id(), status, MAX_LIST);
        } else {
            result = List.of();
        }
        accessLog.recordListed(result.stream().map(o -> o.client().id()).distinct().toList(), "order list");
        return result;
    }

    /** The orders of one client that the person reaches (a provider: only its own, never drafts). */
    public List<FrameOrder> ofClient(long clientId) {
        clients.get(clientId);
        return orders.ofClient(clientId).stream().filter(this::reaches).toList();
    }

    /** What changed from one version to another (either direction). */
    public List<VersionDiff.Change> diff(long orderId, int fromVersion, int toVersion) {
        FrameOrder order = get(orderId);
        return VersionDiff.between(version(order, fromVersion), version(order, toVersion));
    }

    /**
     * Ends one order after its last day (e.g. the client chose another provider); the provider no longer reaches
     * the client through it. Ending the client ends all its orders.
     */
    @RolesAllowed(Role.ASSESSOR_NAME)
    public FrameOrder end(long orderId, LocalDate lastDay, String reason) {
        FrameOrder order = orderForAssessor(orderId);
        if (lastDay == null) {
            throw new InvalidInputException("order.endDate.required", "lastDay", "lastDay is required");
        }
        if (reason == null || reason.strip().length() < OrderVersion.MIN_REASON_LENGTH || reason.length() > 500) {
            throw new InvalidInputException("order.endReason.required", "reason",
                    "reason is required, " + OrderVersion.MIN_REASON_LENGTH + "-500 characters",
                    OrderVersion.MIN_REASON_LENGTH);
        }
        order.end(lastDay, reason.strip(), currentUser.username(), clock.instant());
        accessLog.record(order.client().id(), AccessAction.END, "frame order ended");
        return order;
    }

    private static OrderVersion version(FrameOrder order, int no) {
        return order.versions().stream().filter(v -> v.versionNo() == no).findFirst().orElseThrow(() ->
                new NotFoundException("order.version.notFound", "Order " + order.id() + " has no version " + no, no));
    }

    /** The providers a client can choose between. */
    @RolesAllowed({Role.ASSESSOR_NAME, Role.ADMIN_NAME})
    public List<Provider> providers() {
        return orders.providers();
    }

    /** The calculation support while the order is edited: nothing is stored. */
    public RamtidComputation calculate(@NotNull OrderDraft draft) {
        LocalDate day = draft.appliesFrom != null ? draft.appliesFrom
                : draft.validFrom != null ? draft.validFrom : LocalDate.now(clock);
        return RamtidSupport.calculate(services(draft, day), rulesOn(day));
    }

    private VersionContent content(OrderDraft draft) {
        LocalDate day = draft.appliesFrom;
        List<OrderedService> services = services(draft, day);
        CalculationParameters calculationRules = rulesOn(day);
        RamtidComputation calculation = RamtidSupport.calculate(services, calculationRules);
        List<OrderGoal> goals = new ArrayList<>();
        for (OrderDraft.GoalRequest g : draft.goals) {
            goals.add(new OrderGoal(lifeArea(g.lifeArea), g.goal));
        }
        return new VersionContent(day, draft.description, draft.purpose, draft.changeReason, services, goals,
                calculation.ramtidHours(), draft.overrideHours, draft.overrideReason,
                calculationRules.coordinationGainPercent(), calculationRules.singleServiceExtraMinutes());
    }

    private List<OrderedService> services(OrderDraft draft, LocalDate day) {
        if (draft.services == null || draft.services.isEmpty()) {
            throw new InvalidInputException("order.services.required", "services", "An order grants at least one service");
        }
        List<OrderedService> result = new ArrayList<>();
        for (OrderDraft.ServiceRequest r : draft.services) {
            ServiceType type = catalog.validOn(r.code, day);
            if (type.inFrame()) {
                if (type.standardMinutes() == null) {
                    throw new InvalidInputException("order.service.notOrderable", "services",
                            "Service " + type.code() + " has no standard time and cannot be ordered by frequency",
                            type.code());
                }
                result.add(OrderedService.inFrame(type.code(), type.name(), type.mainArea().name(),
                        type.standardMinutes(), frequencyKind(r), r.count == null ? 1 : r.count, weekdays(r),
                        r.visitGroup));
            } else {
                result.add(OrderedService.outsideFrame(type.code(), type.name(), type.mainArea().name(), r.ownHours));
            }
        }
        return result;
    }

    private CalculationParameters rulesOn(LocalDate day) {
        return new CalculationParameters(new BigDecimal(rules.valueOn(RuleSetting.COORDINATION_GAIN_PERCENT, day)),
                Integer.parseInt(rules.valueOn(RuleSetting.SINGLE_SERVICE_EXTRA_MINUTES, day)));
    }

    private static OrderedService.FrequencyKind frequencyKind(OrderDraft.ServiceRequest r) {
        try {
            return OrderedService.FrequencyKind.valueOf(r.frequency == null ? "" : r.frequency.strip()
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("order.frequency.required", "frequency", "Service " + r.code
                    + " needs frequency PER_DAY, PER_WEEK, ON_WEEKDAYS or PER_MONTH, was '" + r.frequency + "'");
        }
    }

    private static Set<DayOfWeek> weekdays(OrderDraft.ServiceRequest r) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String d : r.weekdays == null ? List.<String>of() : r.weekdays) {
            try {
                days.add(DayOfWeek.valueOf(d.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("order.frequency.weekdays", "frequency",
                        "Weekdays are MONDAY ... SUNDAY, was '" + d + "'");
            }
        }
        return days;
    }

    private static LifeArea lifeArea(String name) {
        try {
            return LifeArea.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("order.goal.lifeArea.required", "goals",
                    "Unknown life area '" + name + "'; use one of " + java.util.Arrays.toString(LifeArea.values()));
        }
    }

    private FrameOrder find(long orderId) {
        return orders.find(orderId).orElseThrow(() ->
                new NotFoundException("order.notFound", "No frame order with id " + orderId, orderId));
    }

    private FrameOrder orderForAssessor(long orderId) {
        FrameOrder order = find(orderId);
        Account me = currentUser.account().orElseThrow();
        if (me.district() == null || !order.client().district().id().equals(me.district().id())) {
            accessLog.recordDenied(order.client().id(), "change order outside district");
            throw new AccessDeniedException("order.outsideReach",
                    "Order " + orderId + " is outside your district or provider", orderId);
        }
        return order;
    }

    private boolean reaches(FrameOrder order) {
        Account me = currentUser.account().orElseThrow();
        if (me.has(Role.ADMIN)) {
            return true;
        }
        if (me.has(Role.ASSESSOR)) {
            return me.district() != null && order.client().district().id().equals(me.district().id());
        }
        // A provider reaches its orders while they are in force: an ended order disconnects the provider.
        return me.provider() != null && order.provider().id().equals(me.provider().id()) && order.status().active();
    }
}
