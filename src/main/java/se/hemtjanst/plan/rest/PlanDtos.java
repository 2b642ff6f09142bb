package se.hemtjanst.plan.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.hemtjanst.order.domain.OrderGoal;
import se.hemtjanst.plan.application.ClientPlan;
import se.hemtjanst.plan.application.PlanService;
import se.hemtjanst.plan.domain.ImplementationPlan;
import se.hemtjanst.plan.domain.PlanActivity;
import se.hemtjanst.plan.domain.PlanContent;
import se.hemtjanst.plan.domain.PlanGoal;
import se.hemtjanst.plan.domain.PlanRevision;
import se.hemtjanst.plan.domain.Plans;

/** The plan's representations on the wire (never the entities). */
public final class PlanDtos {

    private PlanDtos() {
    }

    public record ActivityDto(String serviceCode, String serviceName, boolean inFrame, String frequency, int count,
                              List<String> weekdays, String timeOfDay, String how, String wishes, int minutes,
                              BigDecimal minutesPerMonth) {
        static ActivityDto of(PlanActivity a) {
            return new ActivityDto(a.serviceCode(), a.serviceName(), a.inFrame(),
                    a.frequency() == null ? null : a.frequency().name(), a.count(),
                    a.weekdays().stream().sorted().map(Enum::name).toList(), a.timeOfDay(), a.how(), a.wishes(),
                    a.minutes(), a.minutesPerMonth().setScale(2, java.math.RoundingMode.HALF_UP));
        }
    }

    public record GoalDto(String lifeArea, String lifeAreaName, String goal, String activity, String responsible,
                          LocalDate followUpOn) {
        static GoalDto of(PlanGoal g) {
            return new GoalDto(g.lifeArea().name(), g.lifeArea().swedishName(), g.goal(), g.activity(),
                    g.responsible(), g.followUpOn());
        }

        static GoalDto ofOrder(OrderGoal g) {
            return new GoalDto(g.lifeArea().name(), g.lifeArea().swedishName(), g.goal(), null, null, null);
        }
    }

    public record ContentDto(String contactPerson, String clientParticipation, LocalDate followUpOn,
                             List<ActivityDto> activities, List<GoalDto> goals) {
        static ContentDto of(PlanContent c) {
            return new ContentDto(c.contactPerson(), c.clientParticipation(), c.followUpOn(),
                    c.activities().stream().map(ActivityDto::of).toList(), c.goals().stream().map(GoalDto::of).toList());
        }
    }

    public record PlanDto(long clientId, String clientName, long orderId, String provider, LocalDate orderStart,
                          int orderVersionNo, List<GoalDto> orderGoals, boolean started, Long version,
                          Integer planOrderVersionNo, int revisionNo, LocalDate signDeadline, String status,
                          boolean needsReview, LocalDate signedOn, String signedContactPerson,
                          boolean changedSinceSigning, BigDecimal ramtidHours, BigDecimal plannedHours,
                          boolean withinFrame, BigDecimal excessHours, BigDecimal remainingHours,
                          String startedBy, Instant startedAt, String revisedBy, Instant revisedAt,
                          ContentDto content) {
        static PlanDto of(ClientPlan p) {
            ImplementationPlan plan = p.plan();
            return new PlanDto(p.clientId(), p.clientName(), p.order().id(), p.order().provider().name(),
                    p.order().validity().validFrom(), p.orderVersion().versionNo(),
                    p.orderVersion().goals().stream().map(GoalDto::ofOrder).toList(), p.started(),
                    plan == null ? null : plan.version(), plan == null ? null : plan.orderVersionNo(),
                    plan == null ? 0 : plan.revisionNo(), p.deadline(), p.status().name(), p.needsReview(),
                    plan == null ? null : plan.signedOn(), plan == null ? null : plan.signedContactPerson(),
                    plan != null && plan.changedSinceSigning(), p.frame().ramtidHours(), p.frame().plannedHours(),
                    p.frame().within(), p.frame().excessHours(), p.frame().remainingHours(),
                    plan == null ? null : plan.startedBy(), plan == null ? null : plan.startedAt(),
                    plan == null ? null : plan.revisedBy(), plan == null ? null : plan.revisedAt(),
                    ContentDto.of(p.content()));
        }
    }

    public record RevisionDto(int revisionNo, String event, int orderVersionNo, boolean needsReview,
                              BigDecimal plannedHours, BigDecimal ramtidHours, String savedBy, Instant savedAt,
                              ContentDto content) {
        static RevisionDto of(PlanRevision r) {
            return new RevisionDto(r.revisionNo(), r.event().name(), r.orderVersionNo(), r.needsReview(),
                    r.plannedHours(), r.ramtidHours(), r.savedBy(), r.savedAt(),
                    ContentDto.of(PlanService.contentOf(r)));
        }
    }

    public record PlanRowDto(long orderId, long clientId, String clientName, String provider, LocalDate orderStart,
                             LocalDate signDeadline, String status, boolean started, boolean needsReview,
                             LocalDate signedOn) {
        static PlanRowDto of(Plans.PlanRow r, LocalDate today) {
            return new PlanRowDto(r.orderId(), r.clientId(), r.clientName(), r.providerName(), r.orderStart(),
                    r.deadline(), r.status(today).name(), r.started(), r.needsReview(), r.signedOn());
        }
    }
}
