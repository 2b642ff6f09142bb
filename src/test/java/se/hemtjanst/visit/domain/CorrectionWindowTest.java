package se.hemtjanst.visit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Three days to correct, röda dagar (Sundays and public holidays) not counted. */
class CorrectionWindowTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void anOrdinaryWeekSkipsOnlyTheSunday() {
        assertEquals(d("2026-11-26"), CorrectionWindow.lastDay(d("2026-11-23"), 3), "Mon → Thu");
        // Fri 18 Dec: Sat 19 counts, Sun 20 does not, Mon 21, Tue 22.
        assertEquals(d("2026-12-22"), CorrectionWindow.lastDay(d("2026-12-18"), 3));
    }

    @Test
    void christmasAndNewYearExtendTheWindow() {
        // Wed 23 Dec: 24 (julafton is not a public holiday) counts, 25, 26, 27 (Sunday) do not, 28, 29.
        assertEquals(d("2026-12-29"), CorrectionWindow.lastDay(d("2026-12-23"), 3));
        // Wed 30 Dec, over the year end: 31 counts, 1 Jan does not, Sat 2 counts, Sun 3 does not, Mon 4.
        assertEquals(d("2027-01-04"), CorrectionWindow.lastDay(d("2026-12-30"), 3));
    }

    @Test
    void easterAndMidsummerAreComputedNotListed() {
        // Easter 2027 is 28 March: Good Friday 26, Sat 27 counts, Easter Day 28, Easter Monday 29, then 30, 31.
        assertEquals(d("2027-03-31"), CorrectionWindow.lastDay(d("2027-03-25"), 3));
        // Midsummer Day 2027 is Saturday 26 June: Fri 25 (the eve) counts, 26 and Sun 27 do not, Mon 28, Tue 29.
        assertEquals(d("2027-06-29"), CorrectionWindow.lastDay(d("2027-06-24"), 3));
        // Ascension Day 2027 is Thursday 6 May.
        assertEquals(d("2027-05-08"), CorrectionWindow.lastDay(d("2027-05-04"), 3), "Tue → Wed, (Thu), Fri, Sat");
    }

    @Test
    void aMonthEndAndFebruaryInALeapYear() {
        assertEquals(d("2028-03-02"), CorrectionWindow.lastDay(d("2028-02-28"), 3), "29 Feb, 1 Mar, 2 Mar");
        assertEquals(d("2026-12-03"), CorrectionWindow.lastDay(d("2026-11-30"), 3));
    }

    @Test
    void daysLeftCountsDownToZeroOnTheLastDay() {
        assertEquals(3, CorrectionWindow.daysLeft(d("2026-11-23"), d("2026-11-26")));
        assertEquals(0, CorrectionWindow.daysLeft(d("2026-11-26"), d("2026-11-26")));
        assertEquals(-1, CorrectionWindow.daysLeft(d("2026-11-27"), d("2026-11-26")));
    }
}
