package se.hemtjanst.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.billing.domain.Fixtures.d;
import static se.hemtjanst.billing.domain.Fixtures.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Deadlines for time over the limit: a day of the following month, moved off days off. */
class BillingRulesTest {

    static ExcessDeadlines deadlines(int explanationDay, int decisionDay, String billedMonth) {
        return rules(BillingModel.PERFORMED_TIME).deadlineDays(explanationDay, decisionDay).build()
                .deadlinesFor(YearMonth.parse(billedMonth));
    }

    @Test
    void workingDayDeadlinesStay() {
        // billed October 2025: 10 November is a Monday, 20 November a Thursday
        ExcessDeadlines dl = deadlines(10, 20, "2025-10");
        assertEquals(d("2025-11-10"), dl.explainBy());
        assertEquals(d("2025-11-20"), dl.decideBy());
    }

    @Test
    void aSaturdayDeadlineMovesToMonday() {
        // billed April 2025: 10 May 2025 is a Saturday -> Monday 12 May; 20 May is a Tuesday
        ExcessDeadlines dl = deadlines(10, 20, "2025-04");
        assertEquals(d("2025-05-12"), dl.explainBy());
        assertEquals(d("2025-05-20"), dl.decideBy());
        // billed December 2025: 10 January 2026 is a Saturday -> Monday 12 January
        assertEquals(d("2026-01-12"), deadlines(10, 20, "2025-12").explainBy());
    }

    @Test
    void midsummerEveMovesPastTheWholeMidsummerWeekend() {
        // billed May 2025: 20 June is midsommarafton (Friday), 21 midsommardagen, 22 Sunday -> Monday 23 June
        assertEquals(d("2025-06-23"), deadlines(10, 20, "2025-05").decideBy());
        // 6 June 2025 (national day, a Friday) -> Monday 9 June
        assertEquals(d("2025-06-09"), deadlines(6, 20, "2025-05").explainBy());
    }

    @Test
    void easterMovesTheExplanationOntoTheDecisionDaySoTheDecisionMovesOn() {
        // billed March 2025: 18 April is Good Friday, 21 April Easter Monday -> both on Tuesday 22 April;
        // the decision deadline then becomes the next working day after the explanation deadline
        ExcessDeadlines dl = deadlines(18, 21, "2025-03");
        assertEquals(d("2025-04-22"), dl.explainBy());
        assertEquals(d("2025-04-23"), dl.decideBy());
        // Easter Monday alone
        assertEquals(d("2025-04-22"), deadlines(10, 21, "2025-03").decideBy());
    }

    @Test
    void christmasAndNewYearPushDeadlinesIntoTheNextYear() {
        // billed November 2025: 24 Dec (julafton, Wed), 25, 26 holidays, 27-28 weekend -> Monday 29 December
        assertEquals(d("2025-12-29"), deadlines(10, 24, "2025-11").decideBy());
        // 31 Dec (nyårsafton), 1 Jan (nyårsdagen) -> Friday 2 January 2026
        assertEquals(d("2026-01-02"), deadlines(10, 31, "2025-11").decideBy());
    }

    @Test
    void dayBeyondTheMonthIsClampedToItsLastDayFirst() {
        // billed January 2024: 28 Feb (Wed) and 31 -> 29 Feb 2024 (leap year, Thursday)
        ExcessDeadlines leap = deadlines(28, 31, "2024-01");
        assertEquals(d("2024-02-28"), leap.explainBy());
        assertEquals(d("2024-02-29"), leap.decideBy());
        // billed January 2025: 28 Feb (Fri) for both -> decision on the next working day, Monday 3 March
        ExcessDeadlines common = deadlines(28, 31, "2025-01");
        assertEquals(d("2025-02-28"), common.explainBy());
        assertEquals(d("2025-03-03"), common.decideBy());
        // billed March 2025: day 31 in April -> 30 April (Wednesday)
        assertEquals(d("2025-04-30"), deadlines(10, 31, "2025-03").decideBy());
        // billed March 2025, days 30 and 31: both 30 April; the decision moves past 1 May (Första maj) to Friday 2 May
        ExcessDeadlines april = deadlines(30, 31, "2025-03");
        assertEquals(d("2025-04-30"), april.explainBy());
        assertEquals(d("2025-05-02"), april.decideBy());
    }

    @Test
    void withoutShiftDeadlinesStayOnTheirCalendarDay() {
        BillingRules r = rules(BillingModel.PERFORMED_TIME).deadlineShift(DeadlineShift.NONE).build();
        ExcessDeadlines dl = r.deadlinesFor(YearMonth.of(2025, 4));
        assertEquals(d("2025-05-10"), dl.explainBy()); // a Saturday, kept
        assertEquals(d("2025-05-20"), dl.decideBy());
    }

    @Test
    void shiftIsExplicit() {
        assertEquals(d("2025-06-23"), DeadlineShift.NEXT_WORKING_DAY.apply(d("2025-06-20")));
        assertEquals(d("2025-06-19"), DeadlineShift.NEXT_WORKING_DAY.apply(d("2025-06-19")));
        assertEquals(d("2025-06-20"), DeadlineShift.NONE.apply(d("2025-06-20")));
    }

    @Test
    void validityRunsInWholeMonths() {
        BillingRules r = rules(BillingModel.PERFORMED_TIME).validTo(d("2017-12-31")).build();
        assertTrue(r.governs(YearMonth.of(2017, 1)));
        assertTrue(r.governs(YearMonth.of(2017, 12)));
        assertFalse(r.governs(YearMonth.of(2016, 12)));
        assertFalse(r.governs(YearMonth.of(2018, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> BillingRules.builder(d("2017-01-15")).rates(BigDecimal.ONE, BigDecimal.ONE).build());
        assertThrows(IllegalArgumentException.class,
                () -> rules(BillingModel.PERFORMED_TIME).validTo(d("2017-06-15")).build());
    }

    @Test
    void rejectsIncompleteOrInconsistentRules() {
        assertThrows(IllegalArgumentException.class,
                () -> BillingRules.builder(d("2017-01-01")).rate(TimeBand.DAYTIME, BigDecimal.TEN).build());
        assertThrows(IllegalArgumentException.class,
                () -> rules(BillingModel.PERFORMED_TIME).limitPercent(new BigDecimal("99")).build());
        assertThrows(IllegalArgumentException.class,
                () -> rules(BillingModel.PERFORMED_TIME).deadlineDays(20, 20).build());
        assertThrows(IllegalArgumentException.class,
                () -> rules(BillingModel.PERFORMED_TIME).deadlineDays(0, 20).build());
        assertThrows(IllegalArgumentException.class,
                () -> rules(BillingModel.PERFORMED_TIME).deadlineDays(10, 32).build());
    }

    @Test
    void toBuilderCopiesEverything() {
        BillingRules r = rules(BillingModel.ORDERED_TIME).limitPercent(new BigDecimal("115"))
                .deadlineDays(5, 15).deadlineShift(DeadlineShift.NONE).declinedVisitsUnpaid(false)
                .frameServiceCode("RAMTID").orderedTimeBand(TimeBand.OTHER_TIME).validTo(d("2019-12-31")).build();
        assertEquals(r, r.toBuilder().build());
    }
}
