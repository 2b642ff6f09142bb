package se.hemtjanst.plan.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.hemtjanst.client.application.ClientService;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.identity.application.AccessLog;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.identity.domain.AccessAction;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.order.domain.FrameOrder;
import se.hemtjanst.order.domain.LifeArea;
import se.hemtjanst.order.domain.OrderGoal;
import se.hemtjanst.order.domain.OrderVersion;
import se.hemtjanst.order.domain.OrderedService;
import se.hemtjanst.order.domain.OrderedService.FrequencyKind;
import se.hemtjanst.order.domain.Orders;
import se.hemtjanst.plan.domain.DeadlineStatus;
import se.hemtjanst.plan.domain.FrameCheck;
import se.hemtjanst.plan.domain.ImplementationPlan;
import se.hemtjanst.plan.domain.PlanActivity;
import se.hemtjanst.plan.domain.PlanContent;
import se.hemtjanst.plan.domain.PlanGoal;
import se.hemtjanst.plan.domain.PlanRevision;
import se.hemtjanst.plan.domain.SigningDeadline;
import se.hemtjanst.plan.domain.Plans;
import se.hemtjanst.plan.infrastructure.PlanDocuments;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;

/**
 * Implementation plans. Reach is the client's: the provider's people only for clients with an order in force to
 * their provider (and then only that order's plan), the assessor only in the district, read-only. The provider's
 * managers write and sign; staff on duty read today's part; every read and change is in the access log.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME, Role.STAFF_NAME})
public class PlanService {

    public static final int MAX_LIST = 500;

    @Inject
    Plans plans;

    @Inject
    Orders orders;

    @Inject
    ClientService clients;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /** The plan of the client's order in force (or, before it is started, a proposal from the order). */
    @RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME})
    public ClientPlan get(long clientId) {
        FrameOrder order = orderInReach(clientId);
        accessLog.record(clientId, AccessAction.READ, "implementation plan");
        return read(order);
    }

    /** Where the client's plan stands (for the client's record): its deadline status and whether to review it. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME})
    public PlanBadge badge(long clientId) {
        FrameOrder order = orderInReach(clientId);
        ImplementationPlan plan = plans.ofOrder(order.id()).orElse(null);
        accessLog.record(clientId, AccessAction.READ, "implementation plan status");
        LocalDate deadline = plan != null ? plan.signDeadline()
                : se.hemtjanst.plan.domain.SigningDeadline.of(order.validity().validFrom());
        return new PlanBadge(se.hemtjanst.plan.domain.SigningDeadline.status(deadline,
                plan == null ? null : plan.signedOn(), LocalDate.now(clock)), deadline, plan != null,
                plan != null && plan.needsReview(order.currentVersion().versionNo()));
    }

    /** A plan's status in short. */
    public record PlanBadge(DeadlineStatus status, LocalDate deadline, boolean started, boolean needsReview) {
    }

    /**
     * Saves a revision (the first save starts the plan). Refused with a conflict when someone else saved since the
     * caller read the plan; the caller's input is not lost, it is simply not stored.
     */
    @RolesAllowed(Role.PROVIDER_MANAGER_NAME)
    public ClientPlan save(long clientId, @NotNull @Valid PlanDraft draft) {
        FrameOrder order = orderInReach(clientId);
        OrderVersion current = order.currentVersion();
        PlanContent content = content(draft, current);
        ImplementationPlan plan = plans.ofOrderForChange(order.id()).orElse(null);
        boolean started = plan == null;
        if (started) {
            if (draft.version != null) {
                throw new ConflictException("plan.changedByOther", null, "No plan to change; reload");
            }
            plan = plans.add(new ImplementationPlan(order.id(), clientId, order.provider().id(),
                    order.validity().validFrom(), currentUser.username(), clock.instant()));
        } else {
            plan.checkVersion(draft.version);
        }
        int against = draft.orderVersionNo != null ? draft.orderVersionNo
                : started ? current.versionNo() : plan.orderVersionNo();
        PlanRevision revision = plan.revise(content, PlanDocuments.toJson(content), against, current.versionNo(),
                current.ramtidHours(), currentUser.username(), clock.instant());
        plans.add(revision);
        plans.flush();
        accessLog.record(clientId, started ? AccessAction.CREATE : AccessAction.CHANGE,
                "implementation plan revision " + revision.revisionNo());
        return read(order);
    }

    /** The client and the contact person sign the current revision: within ramtid, reviewed, complete. */
    @RolesAllowed(Role.PROVIDER_MANAGER_NAME)
    public ClientPlan sign(long clientId, @NotNull PlanDraft.Signing signing) {
        FrameOrder order = orderInReach(clientId);
        OrderVersion current = order.currentVersion();
        ImplementationPlan plan = plans.ofOrderForChange(order.id()).orElseThrow(() ->
                new ConflictException("plan.sign.empty", null, "Save the plan before signing it"));
        plan.checkVersion(signing.version);
        PlanContent content = PlanDocuments.fromJson(plan.content());
        PlanRevision revision = plan.sign(content, FrameCheck.of(content, current.ramtidHours()), current.versionNo(),
                signing.signedOn, signing.clientSigned, signing.contactPerson, LocalDate.now(clock),
                currentUser.username(), clock.instant());
        plans.add(revision);
        plans.flush();
        accessLog.record(clientId, AccessAction.CHANGE, "implementation plan signed");
        return read(order);
    }

    /** For staff on duty: today's needs at the client and how to meet them, and the life story; nothing more. */
    @RolesAllowed(Role.STAFF_NAME)
    public TodayPlan today(long clientId) {
        FrameOrder order = orderInReach(clientId);
        Client client = order.client();
        LocalDate today = LocalDate.now(clock);
        ImplementationPlan plan = plans.ofOrder(order.id()).orElse(null);
        accessLog.record(clientId, AccessAction.READ, "implementation plan, today");
        List<TodayPlan.Need> now = new ArrayList<>();
        List<TodayPlan.Need> agreed = new ArrayList<>();
        if (plan != null) {
            for (PlanActivity a : PlanDocuments.fromJson(plan.content()).activities()) {
                TodayPlan.Need need = new TodayPlan.Need(a.serviceName(), a.timeOfDay(), a.how(), a.wishes(),
                        a.minutes());
                if (a.occursOn(today)) {
                    now.add(need);
                } else if (a.flexible()) {
                    agreed.add(need);
                }
            }
            now.sort(Comparator.comparing(n -> n.timeOfDay() == null ? "~" : n.timeOfDay()));
        }
        return new TodayPlan(clientId, client.fullName(), today, plan != null, client.lifeStory(), now, agreed);
    }

    /**
     * The plans of the person's unit (a provider's orders in force, or a district's), with their deadline status;
     * optionally only those of one status, or those needing review (at most {@value #MAX_LIST}, oldest orders first).
     * Every client listed is in the access log.
     */
    @RolesAllowed({Role.ASSESSOR_NAME, Role.PROVIDER_MANAGER_NAME})
    public List<Plans.PlanRow> list(String filter) {
        LocalDate today = LocalDate.now(clock);
        List<Plans.PlanRow> rows = rowsOfUnit(Integer.MAX_VALUE).stream().filter(r -> matches(r, filter, today))
                .limit(MAX_LIST).toList();
        accessLog.recordListed(rows.stream().map(Plans.PlanRow::clientId).distinct().toList(), "implementation plans");
        return rows;
    }

    /** Dashboard counts; shows no client data, so nothing is logged. Null when the role has no plans to follow. */
    public PlanFigures figures() {
        Account me = currentUser.account().orElseThrow();
        if (!(me.has(Role.PROVIDER_MANAGER) && me.provider() != null) && !(me.has(Role.ASSESSOR) && me.district() != null)) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        long dueSoon = 0;
        long overdue = 0;
        // Every order in force counts: counted per order start day in the database (the deadline follows from
        // the start day), never loaded row by row.
        Plans.PlanCounts counts = me.has(Role.PROVIDER_MANAGER) && me.provider() != null
                ? plans.countsOfOrdersInForce(me.provider().id(), null)
                : plans.countsOfOrdersInForce(null, me.district().id());
        for (Map.Entry<LocalDate, Long> e : counts.unsignedByOrderStart().entrySet()) {
            DeadlineStatus s = SigningDeadline.status(SigningDeadline.of(e.getKey()), null, today);
            dueSoon += s == DeadlineStatus.DUE_SOON ? e.getValue() : 0;
            overdue += s == DeadlineStatus.OVERDUE ? e.getValue() : 0;
        }
        long review = counts.needsReview();
        return new PlanFigures(dueSoon, overdue, review);
    }

    /** The content of one saved revision (the history screen and REST). */
    public static PlanContent contentOf(PlanRevision revision) {
        return PlanDocuments.fromJson(revision.content());
    }

    private List<Plans.PlanRow> rowsOfUnit(int max) {
        Account me = currentUser.account().orElseThrow();
        if (me.has(Role.PROVIDER_MANAGER) && me.provider() != null) {
            return plans.ofOrdersInForce(me.provider().id(), null, max);
        }
        if (me.has(Role.ASSESSOR) && me.district() != null) {
            return plans.ofOrdersInForce(null, me.district().id(), max);
        }
        return List.of();
    }

    private static boolean matches(Plans.PlanRow r, String filter, LocalDate today) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        if ("NEEDS_REVIEW".equalsIgnoreCase(filter.strip())) {
            return r.needsReview();
        }
        if ("NOT_STARTED".equalsIgnoreCase(filter.strip())) {
            return !r.started();
        }
        try {
            return r.status(today) == DeadlineStatus.valueOf(filter.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("plan.filter.unknown", "status", "Unknown status '" + filter
                    + "'; use OPEN, DUE_SOON, OVERDUE, SIGNED, SIGNED_LATE, NEEDS_REVIEW or NOT_STARTED");
        }
    }

    private ClientPlan read(FrameOrder order) {
        ImplementationPlan plan = plans.ofOrder(order.id()).orElse(null);
        PlanContent content = plan == null ? proposal(order.currentVersion()) : PlanDocuments.fromJson(plan.content());
        return ClientPlan.of(order, plan, content, plan == null ? List.of() : plans.revisions(plan.id()),
                LocalDate.now(clock));
    }

    /** Before the plan is started: one activity per ordered service as ordered, and the order's goals. */
    static PlanContent proposal(OrderVersion version) {
        List<PlanActivity> activities = new ArrayList<>();
        for (OrderedService s : version.services()) {
            activities.add(s.inFrame()
                    ? new PlanActivity(s.serviceCode(), s.serviceName(), true, s.frequencyKind(), s.frequencyCount(),
                            s.weekdays(), null, null, null, s.standardMinutes())
                    : new PlanActivity(s.serviceCode(), s.serviceName(), false, null, 0, Set.of(), null, null, null, 0));
        }
        List<PlanGoal> goals = new ArrayList<>();
        for (OrderGoal g : version.goals()) {
            goals.add(new PlanGoal(g.lifeArea(), g.goal(), null, null, null));
        }
        return new PlanContent(null, null, null, activities, goals);
    }

    private static PlanContent content(PlanDraft d, OrderVersion version) {
        List<PlanActivity> activities = new ArrayList<>();
        for (PlanDraft.ActivityRequest r : d.activities == null ? List.<PlanDraft.ActivityRequest>of() : d.activities) {
            OrderedService ordered = version.services().stream()
                    .filter(s -> s.serviceCode().equalsIgnoreCase(r.serviceCode == null ? "" : r.serviceCode.strip()))
                    .findFirst().orElseThrow(() -> new InvalidInputException("plan.activity.notOrdered", "activities",
                            "Service '" + r.serviceCode + "' is not in the order (version " + version.versionNo()
                                    + ")", r.serviceCode));
            FrequencyKind kind = frequency(r.frequency, ordered);
            activities.add(new PlanActivity(ordered.serviceCode(), ordered.serviceName(), ordered.inFrame(), kind,
                    r.count == null ? (ordered.inFrame() ? 1 : 0) : r.count, weekdays(r.weekdays), r.timeOfDay, r.how,
                    r.wishes, r.minutes == null ? 0 : r.minutes));
        }
        List<PlanGoal> goals = new ArrayList<>();
        for (PlanDraft.GoalRequest g : d.goals == null ? List.<PlanDraft.GoalRequest>of() : d.goals) {
            if ((g.goal == null || g.goal.isBlank()) && (g.activity == null || g.activity.isBlank())) {
                continue; // an empty row on the screen
            }
            goals.add(new PlanGoal(lifeArea(g.lifeArea), g.goal, g.activity, g.responsible, g.followUpOn));
        }
        return new PlanContent(d.contactPerson, d.clientParticipation, d.followUpOn, activities, goals);
    }

    private static FrequencyKind frequency(String value, OrderedService ordered) {
        if (value == null || value.isBlank()) {
            return ordered.inFrame() ? ordered.frequencyKind() : null;
        }
        try {
            return FrequencyKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("plan.activity.frequency", "activities", "Frequency is PER_DAY, PER_WEEK,"
                    + " ON_WEEKDAYS or PER_MONTH, was '" + value + "'", ordered.serviceName());
        }
    }

    private static Set<DayOfWeek> weekdays(List<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String d : names == null ? List.<String>of() : names) {
            try {
                days.add(DayOfWeek.valueOf(d.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("plan.activity.weekdays", "activities",
                        "Weekdays are MONDAY ... SUNDAY, was '" + d + "'", d);
            }
        }
        return days;
    }

    private static LifeArea lifeArea(String name) {
        try {
            return LifeArea.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("plan.goal.lifeArea", "goals", "Unknown life area '" + name + "'");
        }
    }

    /**
     * The client's order in force that the person may plan or read: the provider's own order for its people, the
     * newest order in force for the district's assessor. The reach check (and the logged refusal) is the client
     * capability's.
     */
    private FrameOrder orderInReach(long clientId) {
        clients.inReach(clientId);
        Account me = currentUser.account().orElseThrow();
        Long provider = me.has(Role.ADMIN) || me.has(Role.ASSESSOR) || me.provider() == null ? null
                : me.provider().id();
        // By id through the repository's find: the list queries' batch fetching is not needed for one order.
        return plans.ordersInForce(clientId, provider).stream()
                .map(id -> orders.find(id).orElseThrow())
                .filter(o -> o.currentVersion() != null)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("plan.noOrder",
                        "Client " + clientId + " has no order in force" + (provider == null ? "" : " to your provider")
                                + "; a plan belongs to an order", clientId));
    }
}
