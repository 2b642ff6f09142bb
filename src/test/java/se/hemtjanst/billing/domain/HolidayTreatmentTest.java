package se.hemtjanst.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.billing.domain.Fixtures.d;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.hemtjanst.shared.domain.SwedishHolidays;

class HolidayTreatmentTest {

    @Test
    void midsummerEveOnTheNineteenth() {
        // 2026: midsommardagen is Saturday 20 June, so the eve is Friday 19 June
        assertTrue(HolidayTreatment.PUBLIC_HOLIDAYS_AND_EVES.excludes(d("2026-06-19")));
        assertFalse(HolidayTreatment.PUBLIC_HOLIDAYS.excludes(d("2026-06-19")));
        assertTrue(HolidayTreatment.PUBLIC_HOLIDAYS.excludes(d("2026-06-20")));
        assertFalse(HolidayTreatment.NONE.excludes(d("2026-06-20")));
        // 2025: Friday 20 June; Friday 27 June is an ordinary day
        assertTrue(HolidayTreatment.isEve(d("2025-06-20")));
        assertFalse(HolidayTreatment.isEve(d("2025-06-27")));
        assertFalse(HolidayTreatment.isEve(d("2025-06-13")));
    }

    @Test
    void evesAgreeWithTheSharedHolidayCalendarOnEveryWeekdayOf2000To2100() {
        // on a weekday, a non-working day that is no public holiday is exactly one of the three eves
        for (LocalDate day = d("2000-01-01"); day.isBefore(d("2101-01-01")); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            boolean eveByCalendar = SwedishHolidays.isNonWorkingDay(day) && !SwedishHolidays.isPublicHoliday(day);
            assertEquals(eveByCalendar, HolidayTreatment.isEve(day), day.toString());
        }
    }
}
