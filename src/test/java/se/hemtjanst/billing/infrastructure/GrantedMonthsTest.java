package se.hemtjanst.billing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hemtjanst.billing.domain.ExactHours;

/** The shape and rounding of the ordered time the summary stores and the reports read. */
class GrantedMonthsTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth DEC = YearMonth.of(2026, 12);

    @Test
    void everyMonthIsPresentRoundedOncePerClientAndMonthWithoutTheClientsThatHaveNone() {
        Map<Long, Map<YearMonth, ExactHours>> exact = new LinkedHashMap<>();
        // 31 h a month from 16 October: 31 × 16/31 = 16,00; a pause of 10 of November's 30 days: 31 × 20/30 = 20,666...
        exact.put(1L, months(ExactHours.ofFraction(31 * 16, 31), ExactHours.ofFraction(31 * 20, 30),
                ExactHours.ofHours(new BigDecimal("31"))));
        // Paused all November; 0,004 h in December rounds to 0,00 and is no ordered time either.
        exact.put(2L, months(ExactHours.ofHours(new BigDecimal("10")), ExactHours.ZERO,
                ExactHours.ofFraction(4, 1000)));
        // Exactly half an öre of an hour, 0,005 h, rounds up.
        exact.put(3L, months(ExactHours.ofFraction(5, 1000), ExactHours.ZERO, ExactHours.ZERO));

        Map<YearMonth, Map<Long, BigDecimal>> byMonth = GrantedMonths.positive(exact, OCT, DEC);

        assertEquals(List.of(OCT, NOV, DEC), List.copyOf(byMonth.keySet()));
        assertEquals(Map.of(1L, new BigDecimal("16.00"), 2L, new BigDecimal("10.00"), 3L, new BigDecimal("0.01")),
                byMonth.get(OCT));
        assertEquals(Map.of(1L, new BigDecimal("20.67")), byMonth.get(NOV));
        assertEquals(Map.of(1L, new BigDecimal("31.00")), byMonth.get(DEC));
    }

    @Test
    void monthsOutsideTheRangeAreLeftOutAndAnEmptyMonthIsStillThere() {
        Map<Long, Map<YearMonth, ExactHours>> exact = Map.of(7L, Map.of(OCT, ExactHours.ofHours(BigDecimal.TEN),
                YearMonth.of(2027, 1), ExactHours.ofHours(BigDecimal.TEN)));
        Map<YearMonth, Map<Long, BigDecimal>> byMonth = GrantedMonths.positive(exact, NOV, DEC);
        assertEquals(Map.of(NOV, Map.of(), DEC, Map.of()), byMonth);
    }

    private static Map<YearMonth, ExactHours> months(ExactHours oct, ExactHours nov, ExactHours dec) {
        Map<YearMonth, ExactHours> m = new LinkedHashMap<>();
        m.put(OCT, oct);
        m.put(NOV, nov);
        m.put(DEC, dec);
        return m;
    }
}
