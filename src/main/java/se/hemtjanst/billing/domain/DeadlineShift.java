package se.hemtjanst.billing.domain;

import java.time.LocalDate;
import se.hemtjanst.shared.domain.SwedishHolidays;

/**
 * What happens to a deadline that falls on a day off. Municipalities state "senast den 10:e i månaden efter";
 * when the 10th is a Saturday, Sunday, public holiday or midsommar-, jul- or nyårsafton
 * ({@link SwedishHolidays#isNonWorkingDay}) the usual reading is that the deadline is the next working day.
 */
public enum DeadlineShift {
    /** The deadline stays on its calendar day, working day or not. */
    NONE,
    /** A deadline on a non-working day moves forward to the first working day on or after it. */
    NEXT_WORKING_DAY;

    public LocalDate apply(LocalDate deadline) {
        if (this == NONE) {
            return deadline;
        }
        LocalDate day = deadline;
        while (SwedishHolidays.isNonWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
