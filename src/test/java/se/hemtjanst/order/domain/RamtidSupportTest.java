package se.hemtjanst.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hemtjanst.order.domain.OrderedService.FrequencyKind;
import se.hemtjanst.shared.domain.InvalidInputException;

/** Exact figures, worked by hand in the comments. An average month is 30.4375 days = 4.348214285714286 weeks. */
class RamtidSupportTest {

    static final CalculationParameters TEN_AND_FIVE = new CalculationParameters(BigDecimal.TEN, 5);

    static OrderedService s(String code, int minutes, FrequencyKind kind, int count, String group) {
        return OrderedService.inFrame(code, code, "area", minutes, kind, count, Set.of(), group);
    }

    @Test
    void singleServiceVisitsGetTheExtraTime() {
        // MORGON (30 + 5) × 30.4375 = 1065.3125; BADDUSCH (45 + 5) × 2 × 4.348214285714286 = 434.8214285714286
        // total 1500.1339285714286 min = 25.0022 h -> 25.00
        RamtidComputation c = RamtidSupport.calculate(List.of(
                s("Morgonhjälp", 30, FrequencyKind.PER_DAY, 1, "MORGON"),
                s("Bad/dusch", 45, FrequencyKind.PER_WEEK, 2, "DUSCH")), TEN_AND_FIVE);
        assertEquals(new BigDecimal("1065.3125"), c.lines().get(0).minutesPerMonth().stripTrailingZeros());
        assertEquals(new BigDecimal("1500.133928571"),
                c.totalMinutesPerMonth().setScale(9, java.math.RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("25.00"), c.ramtidHours());
        assertEquals("Morgonhjälp: (30 + 5 enskilt besök) min × 30,44 tillfällen/mån = 1065,31 min",
                c.lines().get(0).explanation());
    }

    @Test
    void aSharedVisitTakesTheCoordinationGainOffAllButTheLongestService() {
        // MORGON 30 × 30.4375 = 913.125 (longest: no gain, no extra in a shared visit)
        // FORMIDDAG (20 - 2) × 30.4375 = 547.875; total 1461 min = 24.35 h exactly
        RamtidComputation c = RamtidSupport.calculate(List.of(
                s("MORGON", 30, FrequencyKind.PER_DAY, 1, "morgon"),
                s("FORMIDDAG", 20, FrequencyKind.PER_DAY, 1, "MORGON")), TEN_AND_FIVE);
        assertEquals(0, new BigDecimal("1461").compareTo(c.totalMinutesPerMonth()));
        assertEquals(new BigDecimal("24.35"), c.ramtidHours());
        assertEquals(0, new BigDecimal("-2").compareTo(c.lines().get(1).gainMinutes()));
        assertEquals(0, c.lines().get(0).extraMinutes());
        assertEquals("FORMIDDAG: (20 − 2,00 samordningsvinst) min × 30,44 tillfällen/mån = 547,88 min",
                c.lines().get(1).explanation());
    }

    @Test
    void withoutGainAndExtraTheStandardTimesAreSummed() {
        // (30 + 20) × 30.4375 = 1521.875 min = 25.3645833 h -> 25.36
        RamtidComputation c = RamtidSupport.calculate(List.of(
                s("MORGON", 30, FrequencyKind.PER_DAY, 1, "M"),
                s("FORMIDDAG", 20, FrequencyKind.PER_DAY, 1, "M")), new CalculationParameters(BigDecimal.ZERO, 0));
        assertEquals(new BigDecimal("25.36"), c.ramtidHours());
    }

    @Test
    void chosenWeekdaysCountEachDayOfTheWeek() {
        // Mon/Wed/Fri: 3 × 4.348214285714286 = 13.04464285714286 occurrences; (60 + 5) × that = 847.901785714286
        // min = 14.1317 h -> 14.13
        OrderedService cleaning = OrderedService.inFrame("STADNING", "Städning", "Service", 60,
                FrequencyKind.ON_WEEKDAYS, 1, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), null);
        RamtidComputation c = RamtidSupport.calculate(List.of(cleaning), TEN_AND_FIVE);
        assertEquals(new BigDecimal("13.04"), c.lines().get(0).occurrencesPerMonth().setScale(2,
                java.math.RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("14.13"), c.ramtidHours());
    }

    @Test
    void perMonthCountsAreTakenAsTheyAre() {
        // Cleaning every other week ordered as 2 a month: (60 + 5) × 2 = 130 min = 2.1666 h -> 2.17
        assertEquals(new BigDecimal("2.17"), RamtidSupport.calculate(
                List.of(s("STADNING", 60, FrequencyKind.PER_MONTH, 2, null)), TEN_AND_FIVE).ramtidHours());
    }

    @Test
    void roundingIsOnceAndHalfUp() {
        // 51 + (9 - 0.9) = 59.1 min = 0.985 h exactly: half up gives 0.99 (half even would give 0.98).
        RamtidComputation c = RamtidSupport.calculate(List.of(
                s("A", 51, FrequencyKind.PER_MONTH, 1, "V"),
                s("B", 9, FrequencyKind.PER_MONTH, 1, "V")), new CalculationParameters(BigDecimal.TEN, 0));
        assertEquals(0, new BigDecimal("59.1").compareTo(c.totalMinutesPerMonth()));
        assertEquals(new BigDecimal("0.99"), c.ramtidHours());
    }

    @Test
    void servicesOutsideTheFrameAreNotRamtid() {
        RamtidComputation c = RamtidSupport.calculate(List.of(
                OrderedService.outsideFrame("LEDSAGNING", "Ledsagning", "Avlösning", BigDecimal.valueOf(4)),
                s("PROMENAD", 30, FrequencyKind.PER_WEEK, 1, null)), TEN_AND_FIVE);
        // (30 + 5) × 4.348214285714286 = 152.1875 min = 2.536 h -> 2.54
        assertEquals(1, c.lines().size());
        assertEquals(new BigDecimal("2.54"), c.ramtidHours());
    }

    @Test
    void aVisitGroupMustShareOneFrequency() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RamtidSupport.calculate(List.of(
                s("MORGON", 30, FrequencyKind.PER_DAY, 1, "M"),
                s("BADDUSCH", 45, FrequencyKind.PER_WEEK, 2, "M")), TEN_AND_FIVE));
        assertEquals("order.visitGroup.frequencyMismatch", e.messageKey());
    }

    @Test
    void ruleParametersAreBounded() {
        assertThrows(InvalidInputException.class, () -> new CalculationParameters(BigDecimal.valueOf(51), 5));
        assertThrows(InvalidInputException.class, () -> new CalculationParameters(BigDecimal.valueOf(-1), 5));
        assertThrows(InvalidInputException.class, () -> new CalculationParameters(BigDecimal.TEN, 61));
    }
}
