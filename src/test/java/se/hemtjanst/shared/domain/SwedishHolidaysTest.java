package se.hemtjanst.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against the official calendar (Skatteverket / Kalender.se) for 2025-2027. */
class SwedishHolidaysTest {

    static List<LocalDate> dates(String... iso) {
        return java.util.Arrays.stream(iso).map(LocalDate::parse).toList();
    }

    @Test
    void holidays2025() {
        assertEquals(dates("2025-01-01", "2025-01-06", "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-01",
                        "2025-05-29", "2025-06-06", "2025-06-08", "2025-06-21", "2025-11-01", "2025-12-25", "2025-12-26"),
                List.copyOf(SwedishHolidays.publicHolidays(2025).keySet()));
    }

    @Test
    void holidays2026() {
        assertEquals(dates("2026-01-01", "2026-01-06", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-01",
                        "2026-05-14", "2026-05-24", "2026-06-06", "2026-06-20", "2026-10-31", "2026-12-25", "2026-12-26"),
                List.copyOf(SwedishHolidays.publicHolidays(2026).keySet()));
    }

    @Test
    void holidays2027() {
        assertEquals(dates("2027-01-01", "2027-01-06", "2027-03-26", "2027-03-28", "2027-03-29", "2027-05-01",
                        "2027-05-06", "2027-05-16", "2027-06-06", "2027-06-26", "2027-11-06", "2027-12-25", "2027-12-26"),
                List.copyOf(SwedishHolidays.publicHolidays(2027).keySet()));
        assertEquals("Midsommardagen", SwedishHolidays.publicHolidays(2027).get(LocalDate.of(2027, 6, 26)));
    }

    @Test
    void evesAreNonWorkingButNotPublicHolidays() {
        LocalDate midsommarafton = LocalDate.of(2026, 6, 19);
        assertFalse(SwedishHolidays.isPublicHoliday(midsommarafton));
        assertTrue(SwedishHolidays.isNonWorkingDay(midsommarafton));
        assertTrue(SwedishHolidays.isNonWorkingDay(LocalDate.of(2026, 12, 24)));
        assertTrue(SwedishHolidays.isNonWorkingDay(LocalDate.of(2026, 12, 31)));
        assertFalse(SwedishHolidays.isNonWorkingDay(LocalDate.of(2026, 12, 23)));
    }

    @Test
    void workingDaysSkipWeekendsAndRedDays() {
        // Thursday 2026-11-19 + 3 working days: Fri 20, Mon 23, Tue 24.
        assertEquals(LocalDate.of(2026, 11, 24), SwedishHolidays.addWorkingDays(LocalDate.of(2026, 11, 19), 3));
        // Easter 2026: Thursday 2 April + 3: Tue 7, Wed 8, Thu 9 (Långfredagen, weekend and Annandag påsk skipped).
        assertEquals(LocalDate.of(2026, 4, 9), SwedishHolidays.addWorkingDays(LocalDate.of(2026, 4, 2), 3));
        // Christmas 2026: Wednesday 23 Dec + 3: Mon 28, Tue 29, Wed 30.
        assertEquals(LocalDate.of(2026, 12, 30), SwedishHolidays.addWorkingDays(LocalDate.of(2026, 12, 23), 3));
        // Over New Year: Wednesday 30 Dec + 3: Mon 4, Tue 5, Thu 7 (nyårsafton, nyårsdagen, trettondagen skipped).
        assertEquals(LocalDate.of(2027, 1, 7), SwedishHolidays.addWorkingDays(LocalDate.of(2026, 12, 30), 3));
        assertEquals(LocalDate.of(2026, 11, 19), SwedishHolidays.addWorkingDays(LocalDate.of(2026, 11, 19), 0));
    }
}
