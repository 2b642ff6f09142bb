package se.hemtjanst.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.hemtjanst.billing.domain.Fixtures.d;
import static se.hemtjanst.billing.domain.Fixtures.ram;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.hemtjanst.shared.domain.ConflictException;

/** Rules are picked by the billed month; a change never reaches into a closed month. */
class BillingRulebookTest {

    /** Before 2017: declined visits paid, daytime 400.00. */
    static final BillingRules RULES_2016 = BillingRules.builder(d("2014-01-01"))
            .rates(new BigDecimal("400.00"), new BigDecimal("500.00")).declinedVisitsUnpaid(false).build();

    /** From 2017-01-01 (seed 001): declined visits unpaid, daytime rate up 2.0 %. */
    static final BillingRules RULES_2017 = BillingRules.builder(d("2017-01-01"))
            .rates(new BigDecimal("408.00"), new BigDecimal("500.00")).declinedVisitsUnpaid(true).build();

    @Test
    void picksTheRulesOfTheBilledMonth() {
        BillingRulebook book = new BillingRulebook(List.of(RULES_2016)).change(RULES_2017, YearMonth.of(2017, 1));
        assertEquals(d("2016-12-31"), book.forMonth(YearMonth.of(2016, 12)).validTo());
        assertEquals(new BigDecimal("400.00"), book.forMonth(YearMonth.of(2016, 12)).rate(TimeBand.DAYTIME));
        assertEquals(new BigDecimal("408.00"), book.forMonth(YearMonth.of(2017, 1)).rate(TimeBand.DAYTIME));
        assertFalse(book.find(YearMonth.of(2013, 12)).isPresent());
        assertThrows(IllegalStateException.class, () -> book.forMonth(YearMonth.of(2013, 12)));
    }

    @Test
    void aRuleChangeLeavesAnEarlierMonthAsItWas() {
        // December 2016: two 30-min weekday visits, one declined at the door
        ClientMonth december = new ClientMonth("c1", YearMonth.of(2016, 12), Fixtures.ramtid("10"), List.of(
                ram("2016-12-05T09:00", 30), ram("2016-12-06T09:00", 30).asDeclined()));
        BillingRulebook before = new BillingRulebook(List.of(RULES_2016));
        ClientSettlement settledBefore = BillingCalculator.settle(december, before);
        BillingRulebook after = before.change(RULES_2017, YearMonth.of(2017, 1));
        ClientSettlement settledAfter = BillingCalculator.settle(december, after);
        assertEquals(settledBefore, settledAfter);
        // declined visit still paid in December 2016 at 400.00: 1 h = 400.00
        assertEquals(new BigDecimal("400.00"), settledAfter.amount());
        // the same visits in January 2017: declined unpaid, 408.00: 0.5 h = 204.00
        ClientMonth january = new ClientMonth("c1", YearMonth.of(2017, 1), Fixtures.ramtid("10"), List.of(
                ram("2017-01-09T09:00", 30), ram("2017-01-10T09:00", 30).asDeclined()));
        assertEquals(new BigDecimal("204.00"), BillingCalculator.settle(january, after).amount());
    }

    @Test
    void aChangeReachingIntoAClosedMonthIsRefused() {
        BillingRulebook book = new BillingRulebook(List.of(RULES_2016));
        ConflictException e = assertThrows(ConflictException.class,
                () -> book.change(RULES_2017, YearMonth.of(2017, 2)));
        assertEquals("billing.rules.closedMonth", e.messageKey());
        BillingRulebook changed = book.change(RULES_2017, YearMonth.of(2017, 1));
        ConflictException later = assertThrows(ConflictException.class, () -> changed.change(
                RULES_2017.toBuilder().build(), YearMonth.of(2017, 1)));
        assertEquals("billing.rules.laterExists", later.messageKey());
    }

    @Test
    void overlappingRulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BillingRulebook(List.of(RULES_2016, RULES_2017)));
        BillingRules ended = RULES_2016.toBuilder().validTo(d("2016-12-31")).build();
        assertEquals(2, new BillingRulebook(List.of(RULES_2017, ended)).rules().size());
    }

    @Test
    void rulesThatDoNotGovernTheMonthCannotSettleIt() {
        ClientMonth month = new ClientMonth("c1", YearMonth.of(2016, 12), Fixtures.ramtid("10"), List.of());
        assertThrows(IllegalArgumentException.class, () -> BillingCalculator.settle(month, RULES_2017));
    }
}
