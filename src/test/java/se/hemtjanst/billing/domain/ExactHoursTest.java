package se.hemtjanst.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExactHoursTest {

    @Test
    void roundsHalfUpOnceToTwoDecimals() {
        assertEquals(new BigDecimal("0.13"), ExactHours.ofMinutes(15).times(1, 2).rounded()); // 0.125 h
        assertEquals(new BigDecimal("0.12"), ExactHours.ofFraction(1249, 10000).rounded());
        assertEquals(new BigDecimal("0.33"), ExactHours.ofFraction(1, 3).rounded());
        assertEquals(new BigDecimal("8.13"), ExactHours.ofMinutes(488).rounded()); // 8.1333
        assertEquals(new BigDecimal("-0.13"), ExactHours.ofFraction(-1, 8).rounded()); // away from zero
        assertEquals(new BigDecimal("0.00"), ExactHours.ZERO.rounded());
    }

    @Test
    void thirdsAddUpExactlyWhereDecimalsWouldDrift() {
        ExactHours third = ExactHours.ofFraction(1, 3);
        assertEquals(ExactHours.ofFraction(1, 1), third.plus(third).plus(third));
        // 10 h × 1/31 thirty-one times is exactly 10 h
        ExactHours sum = ExactHours.ZERO;
        for (int i = 0; i < 31; i++) {
            sum = sum.plus(ExactHours.ofHours(BigDecimal.TEN).times(1, 31));
        }
        assertEquals(ExactHours.ofHours(new BigDecimal("10.00")), sum);
    }

    @Test
    void equalValuesAreEqualWhateverTheirScale() {
        assertEquals(ExactHours.ofHours(new BigDecimal("1.50")), ExactHours.ofMinutes(90));
        assertEquals(ExactHours.ofHours(new BigDecimal("1.50")).hashCode(), ExactHours.ofMinutes(90).hashCode());
        assertEquals(ExactHours.ofHours(new BigDecimal("2E+1")), ExactHours.ofFraction(20, 1));
    }

    @Test
    void amountsAreRoundedHalfUpToOre() {
        // 7 min at 400.00/h = 46.6666... -> 46.67; 3 min at 250.10 = 12.505 -> 12.51
        assertEquals(new BigDecimal("46.67"), ExactHours.ofMinutes(7).amountAt(new BigDecimal("400.00")));
        assertEquals(new BigDecimal("12.51"), ExactHours.ofMinutes(3).amountAt(new BigDecimal("250.10")));
        assertEquals(new BigDecimal("0.00"), ExactHours.ZERO.amountAt(new BigDecimal("400")));
    }

    @Test
    void ratiosMinMaxAndPer() {
        ExactHours ten = ExactHours.ofFraction(10, 1);
        assertEquals(ExactHours.ofFraction(6600, 661), ten.timesRatio(ExactHours.ofMinutes(660), ExactHours.ofMinutes(661)));
        assertEquals(ten, ten.min(ExactHours.ofFraction(11, 1)));
        assertEquals(ExactHours.ofFraction(11, 1), ten.max(ExactHours.ofFraction(11, 1)));
        assertEquals(ExactHours.ofMinutes(15), ExactHours.ofMinutes(60).per(4));
        assertEquals(ExactHours.ZERO, ExactHours.ofMinutes(60).per(0));
        assertTrue(ExactHours.ofMinutes(661).compareTo(ExactHours.ofFraction(11, 1)) > 0);
        assertThrows(ArithmeticException.class, () -> ten.timesRatio(ten, ExactHours.ZERO));
    }
}
