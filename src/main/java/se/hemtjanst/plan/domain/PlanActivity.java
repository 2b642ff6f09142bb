package se.hemtjanst.plan.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import se.hemtjanst.order.domain.OrderedService.FrequencyKind;
import se.hemtjanst.order.domain.RamtidSupport;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * How one ordered service is done: when (frequency, weekdays, time of day), how, the client's wishes and the
 * minutes planned per occurrence. Planned minutes per month use the calculation support's conversion of
 * frequencies ({@link RamtidSupport#occurrencesPerMonth}), so a plan and its order count months alike. Services
 * outside the frame are planned too (when and how) but never count against ramtid.
 */
public record PlanActivity(String serviceCode, String serviceName, boolean inFrame, FrequencyKind frequency,
                           int count, Set<DayOfWeek> weekdays, String timeOfDay, String how, String wishes,
                           int minutes) {

    public static final int MAX_MINUTES = 600;

    public PlanActivity {
        if (serviceCode == null || serviceCode.isBlank()) {
            throw new InvalidInputException("plan.activity.service", "activities", "Every activity names its service");
        }
        weekdays = weekdays == null || weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        if (inFrame) {
            if (frequency == null) {
                throw new InvalidInputException("plan.activity.frequency", "activities",
                        "Service " + serviceCode + " needs a frequency", serviceName);
            }
            if (count < 1 || count > 31) {
                throw new InvalidInputException("plan.activity.count", "activities",
                        "The count of " + serviceCode + " must be 1-31", serviceName);
            }
            if (frequency == FrequencyKind.ON_WEEKDAYS && weekdays.isEmpty()) {
                throw new InvalidInputException("plan.activity.weekdays", "activities",
                        "Service " + serviceCode + " on weekdays needs at least one weekday", serviceName);
            }
        }
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw new InvalidInputException("plan.activity.minutes", "activities",
                    "Planned minutes of " + serviceCode + " must be 0-" + MAX_MINUTES, serviceName, MAX_MINUTES);
        }
        timeOfDay = text(timeOfDay, 100, serviceCode);
        how = text(how, 2000, serviceCode);
        wishes = text(wishes, 2000, serviceCode);
    }

    /** Planned minutes in an average month (exact); zero outside the frame. */
    public BigDecimal minutesPerMonth() {
        if (!inFrame || frequency == null) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(minutes).multiply(RamtidSupport.occurrencesPerMonth(frequency, count, weekdays),
                MathContext.DECIMAL64);
    }

    /**
     * Whether the activity is planned for that day: daily ones always, others on their chosen weekdays. A weekly or
     * monthly activity without chosen weekdays is done on a day agreed from week to week ({@link #flexible()}).
     */
    public boolean occursOn(LocalDate day) {
        if (frequency == FrequencyKind.PER_DAY) {
            return true;
        }
        return weekdays.contains(day.getDayOfWeek());
    }

    public boolean flexible() {
        return frequency != FrequencyKind.PER_DAY && weekdays.isEmpty();
    }

    private static String text(String value, int max, String code) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidInputException("plan.activity.text", "activities",
                    "A text of " + code + " is longer than " + max + " characters", max);
        }
        return value.strip();
    }
}
