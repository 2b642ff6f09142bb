package se.hemtjanst.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidityPeriodTest {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);
    static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);

    @Test
    void bothEndsAreInclusive() {
        ValidityPeriod firstHalf = new ValidityPeriod(JAN_1, JUN_30);
        assertTrue(firstHalf.contains(JAN_1));
        assertTrue(firstHalf.contains(JUN_30));
        assertFalse(firstHalf.contains(JUL_1));
        assertFalse(firstHalf.contains(JAN_1.minusDays(1)));
    }

    @Test
    void openEndedRunsForever() {
        assertTrue(ValidityPeriod.from(JAN_1).contains(LocalDate.of(2199, 12, 31)));
    }

    @Test
    void adjacentPeriodsDoNotOverlapButSharedDaysDo() {
        ValidityPeriod firstHalf = new ValidityPeriod(JAN_1, JUN_30);
        assertFalse(firstHalf.overlaps(ValidityPeriod.from(JUL_1)));
        assertFalse(ValidityPeriod.from(JUL_1).overlaps(firstHalf));
        assertTrue(firstHalf.overlaps(ValidityPeriod.from(JUN_30)));
        assertTrue(ValidityPeriod.from(JAN_1).overlaps(ValidityPeriod.from(JUL_1)));
        assertTrue(firstHalf.overlaps(new ValidityPeriod(JUN_30, JUN_30)));
    }

    @Test
    void aPeriodMayBeOneDayButNeverEndBeforeItStarts() {
        assertTrue(new ValidityPeriod(JAN_1, JAN_1).contains(JAN_1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ValidityPeriod(JUL_1, JUN_30));
        assertEquals("validity.to.beforeFrom", e.messageKey());
        assertEquals("validTo", e.field());
        assertEquals("validFrom", assertThrows(InvalidInputException.class, () -> new ValidityPeriod(null, null)).field());
    }
}
