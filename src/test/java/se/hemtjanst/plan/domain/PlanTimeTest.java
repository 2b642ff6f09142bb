package se.hemtjanst.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hemtjanst.order.domain.OrderedService.FrequencyKind;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * Planned time per month against ramtid. The order of {@code TestData.order}: morning help daily and a shower twice
 * a week, ramtid 25.00 h ((30 + 5) × 30.4375 + (45 + 5) × 2 × 30.4375 / 7 = 1500.13 min).
 */
class PlanTimeTest {

    static final BigDecimal RAMTID = new BigDecimal("25.00");

    static PlanActivity morning(int minutes) {
        return new PlanActivity("MORGON", "Morgonhjälp", true, FrequencyKind.PER_DAY, 1, Set.of(), "07:30",
                "Hjälp att komma upp, frukost", "Kaffe med mjölk", minutes);
    }

    static PlanActivity shower(int minutes) {
        return new PlanActivity("BADDUSCH", "Bad/dusch", true, FrequencyKind.ON_WEEKDAYS, 1,
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), "efter frukost", "Dusch med stol", null, minutes);
    }

    static PlanContent plan(PlanActivity... activities) {
        return new PlanContent("Fatima Ali", "Planen skrevs hemma hos brukaren", null, List.of(activities), List.of());
    }

    @Test
    void plannedMinutesUseTheCalculationSupportsAverageMonth() {
        // 30 × 30.4375 = 913.125; 45 × 2 × 30.4375 / 7 = 391.339...; 1304.46 min = 21.74 h
        PlanContent content = plan(morning(30), shower(45));
        assertEquals(0, new BigDecimal("1304.464285714286").compareTo(
                content.plannedMinutesPerMonth().setScale(12, java.math.RoundingMode.HALF_UP)));
        assertEquals(new BigDecimal("21.74"), content.plannedHours());
        FrameCheck check = FrameCheck.of(content, RAMTID);
        assertTrue(check.within());
        assertEquals(new BigDecimal("3.26"), check.remainingHours());
    }

    @Test
    void exactlyTheOrderedTimeIsWithinTheFrame() {
        // (35 × 30.4375 + 50 × 2 × 30.4375 / 7) / 60 = 25.0022 h → 25.00 h, as ramtid was rounded
        FrameCheck check = FrameCheck.of(plan(morning(35), shower(50)), RAMTID);
        assertEquals(new BigDecimal("25.00"), check.plannedHours());
        assertTrue(check.within());
    }

    @Test
    void aboveRamtidSaysByHowMuch() {
        // 35 × 30.4375 + 55 × 2 × 30.4375 / 7 = 1543.62 min = 25.73 h
        FrameCheck check = FrameCheck.of(plan(morning(35), shower(55)), RAMTID);
        assertFalse(check.within());
        assertEquals(new BigDecimal("0.73"), check.excessHours());
    }

    @Test
    void timeMovesFreelyBetweenServicesOnlyTheTotalCounts() {
        // Ten minutes more in the morning, a shower of 20 minutes less: 1217.5 + 217.41 = 1434.91 min = 23.92 h.
        FrameCheck check = FrameCheck.of(plan(morning(40), shower(25)), RAMTID);
        assertTrue(check.within());
        assertEquals(new BigDecimal("23.92"), check.plannedHours());
    }

    @Test
    void servicesOutsideTheFrameDoNotCount() {
        PlanActivity escort = new PlanActivity("LEDSAGNING", "Ledsagning", false, null, 0, null, null,
                "Följer med till vårdcentralen", null, 90);
        assertEquals(new BigDecimal("21.74"), plan(morning(30), shower(45), escort).plannedHours());
    }

    @Test
    void perWeekAndPerMonthUseTheSameConversion() {
        PlanActivity shopping = new PlanActivity("INKOP", "Inköp", true, FrequencyKind.PER_WEEK, 1, null, null,
                null, null, 70);
        PlanActivity cleaning = new PlanActivity("STADNING", "Städning", true, FrequencyKind.PER_MONTH, 2, null,
                null, null, null, 60);
        // 70 × 30.4375 / 7 = 304.375; 60 × 2 = 120; 424.375 min = 7.07 h
        assertEquals(new BigDecimal("7.07"), plan(shopping, cleaning).plannedHours());
    }

    @Test
    void todayMeansDailyOrOnAChosenWeekday() {
        LocalDate tuesday = LocalDate.of(2026, 12, 1);
        assertTrue(morning(30).occursOn(tuesday));
        assertTrue(shower(45).occursOn(tuesday));
        assertFalse(shower(45).occursOn(tuesday.plusDays(1)));
        PlanActivity shopping = new PlanActivity("INKOP", "Inköp", true, FrequencyKind.PER_WEEK, 1, null, null,
                null, null, 70);
        assertFalse(shopping.occursOn(tuesday));
        assertTrue(shopping.flexible());
    }

    @Test
    void invalidActivitiesAreRefused() {
        assertThrows(InvalidInputException.class, () -> morning(601));
        assertThrows(InvalidInputException.class, () -> morning(-1));
        assertThrows(InvalidInputException.class, () -> new PlanActivity("BADDUSCH", "Bad/dusch", true,
                FrequencyKind.ON_WEEKDAYS, 1, Set.of(), null, null, null, 45));
        assertThrows(InvalidInputException.class, () -> plan(morning(30), morning(20)));
    }
}
