package se.hemtjanst.plan.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * What an implementation plan says, as one revision: an activity per ordered service, goals per life area, the
 * contact person, how the client took part, and when the plan as a whole is followed up. A draft may be
 * incomplete; {@link ImplementationPlan#sign} asks for what a signed plan must hold.
 */
public record PlanContent(String contactPerson, String clientParticipation, LocalDate followUpOn,
                          List<PlanActivity> activities, List<PlanGoal> goals) {

    public PlanContent {
        contactPerson = optional(contactPerson, 200, "contactPerson");
        clientParticipation = optional(clientParticipation, 2000, "clientParticipation");
        activities = activities == null ? List.of() : List.copyOf(activities);
        goals = goals == null ? List.of() : List.copyOf(goals);
        Set<String> codes = new HashSet<>();
        for (PlanActivity a : activities) {
            if (!codes.add(a.serviceCode())) {
                throw new InvalidInputException("plan.activity.duplicate", "activities",
                        "Service " + a.serviceCode() + " is planned twice", a.serviceName());
            }
        }
    }

    public static PlanContent empty() {
        return new PlanContent(null, null, null, List.of(), List.of());
    }

    /** Planned in-frame minutes in an average month, exact. */
    public BigDecimal plannedMinutesPerMonth() {
        BigDecimal total = BigDecimal.ZERO;
        for (PlanActivity a : activities) {
            total = total.add(a.minutesPerMonth(), MathContext.DECIMAL64);
        }
        return total;
    }

    /** Planned in-frame hours per month, rounded once (half up) to two decimals, like ramtid. */
    public BigDecimal plannedHours() {
        return plannedMinutesPerMonth().divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    private static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidInputException("plan." + field + ".length", field,
                    field + " is at most " + max + " characters", max);
        }
        return value.strip();
    }
}
