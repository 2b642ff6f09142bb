package se.hemtjanst.order.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * What an assessor writes in one order version, with the ramtid already computed by the calculation support (and
 * the rule parameters it used, kept so the figure can be explained later).
 */
public record VersionContent(LocalDate appliesFrom, String description, String purpose, String changeReason,
                             List<OrderedService> services, List<OrderGoal> goals, BigDecimal computedHours,
                             BigDecimal overrideHours, String overrideReason, BigDecimal gainPercent,
                             int singleExtraMinutes) {

    public VersionContent {
        if (appliesFrom == null) {
            throw new InvalidInputException("order.appliesFrom.required", "appliesFrom", "appliesFrom is required");
        }
        description = required(description, "description", 4000);
        purpose = required(purpose, "purpose", 2000);
        if (services == null || services.isEmpty()) {
            throw new InvalidInputException("order.services.required", "services",
                    "An order grants at least one service");
        }
        services = List.copyOf(services);
        goals = goals == null ? List.of() : List.copyOf(goals);
        if (computedHours == null || gainPercent == null) {
            throw new IllegalArgumentException("computedHours and gainPercent come from the calculation support");
        }
        if (overrideHours != null && (overrideReason == null
                || overrideReason.strip().length() < OrderVersion.MIN_REASON_LENGTH)) {
            throw new InvalidInputException("order.override.reasonRequired", "overrideReason",
                    "Overriding the computed ramtid needs a written reason of at least "
                            + OrderVersion.MIN_REASON_LENGTH + " characters", OrderVersion.MIN_REASON_LENGTH);
        }
    }

    private static String required(String text, String field, int max) {
        if (text == null || text.isBlank() || text.length() > max) {
            throw new InvalidInputException("order." + field + ".required", field,
                    field + " is required, at most " + max + " characters", max);
        }
        return text.strip();
    }
}
