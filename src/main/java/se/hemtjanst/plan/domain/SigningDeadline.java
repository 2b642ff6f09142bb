package se.hemtjanst.plan.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import se.hemtjanst.shared.domain.SwedishHolidays;

/**
 * When an implementation plan must be signed: "inom 15 dagar" (seed 003) from the start of the order. Plain
 * "dagar" in Swedish rules means calendar days (working days are written "arbetsdagar"); a deadline that falls on
 * a Saturday, Sunday, public holiday or midsommar-, jul- or nyårsafton moves to the next working day, as the law on
 * computing statutory time (lag 1930:173) does for deadlines. The plan is "due soon" in the last
 * {@value #DUE_SOON_DAYS} days before the deadline.
 */
public final class SigningDeadline {

    public static final int DAYS = 15;
    public static final int DUE_SOON_DAYS = 5;

    private SigningDeadline() {
    }

    /** The last day to sign the plan of an order starting on {@code orderStart}. */
    public static LocalDate of(LocalDate orderStart) {
        LocalDate day = orderStart.plusDays(DAYS);
        while (SwedishHolidays.isNonWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Where a plan stands against its deadline on {@code today}; {@code signedOn} null while unsigned. */
    public static DeadlineStatus status(LocalDate deadline, LocalDate signedOn, LocalDate today) {
        if (signedOn != null) {
            return signedOn.isAfter(deadline) ? DeadlineStatus.SIGNED_LATE : DeadlineStatus.SIGNED;
        }
        if (today.isAfter(deadline)) {
            return DeadlineStatus.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, deadline) < DUE_SOON_DAYS ? DeadlineStatus.DUE_SOON
                : DeadlineStatus.OPEN;
    }
}
