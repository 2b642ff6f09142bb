package se.hemtjanst.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.hemtjanst.billing.domain.Fixtures.d;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import se.hemtjanst.billing.domain.ExcessStatus.Payment;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;

/** DETECTED → EXPLAINED → APPROVED/REJECTED, and what the deadlines decide when nobody acts. */
class ExcessCaseTest {

    /** Billed April 2025: explain by Monday 12 May (the 10th is a Saturday), decide by Tuesday 20 May. */
    static final ExcessDeadlines APRIL = new ExcessDeadlines(YearMonth.of(2025, 4), d("2025-05-12"), d("2025-05-20"));
    static final ServiceRow RAMTID = new ServiceRow(ServiceRow.Kind.RAMTID, "RAM");

    static ExcessCase detected() {
        return ExcessCase.detect("c1", RAMTID, ExactHours.ofMinutes(1), APRIL);
    }

    @Test
    void explainedAndApprovedInTimeIsPaid() {
        ExcessCase c = detected().explain("Brukaren hade feber, dubbla besök", d("2025-05-12"));
        assertEquals(ExcessStatus.EXPLAINED, c.statusOn(d("2025-05-12")));
        assertEquals(Payment.PENDING, c.paymentOn(d("2025-05-20")));
        ExcessCase approved = c.approve(null, d("2025-05-20"));
        assertEquals(ExcessStatus.APPROVED, approved.statusOn(d("2025-05-20")));
        assertEquals(Payment.PAID, approved.paymentOn(d("2025-12-31")));
        assertEquals(d("2025-05-12"), approved.explainedOn());
        assertEquals(d("2025-05-20"), approved.decidedOn());
    }

    @Test
    void rejectedInTimeIsNotPaid() {
        ExcessCase rejected = detected().explain("Planeringsmiss", d("2025-05-02"))
                .reject("Ej förenligt med beställningen", d("2025-05-05"));
        assertEquals(ExcessStatus.REJECTED, rejected.recordedStatus());
        assertEquals(Payment.NOT_PAID, rejected.paymentOn(d("2025-06-01")));
        assertEquals("Ej förenligt med beställningen", rejected.decisionNote());
    }

    @Test
    void notExplainedByTheDeadlineIsNotPaid() {
        ExcessCase c = detected();
        assertEquals(ExcessStatus.DETECTED, c.statusOn(d("2025-05-12"))); // the deadline day is in time
        assertEquals(ExcessStatus.LAPSED_UNEXPLAINED, c.statusOn(d("2025-05-13")));
        assertEquals(Payment.NOT_PAID, c.paymentOn(d("2025-05-13")));
        ConflictException late = assertThrows(ConflictException.class, () -> c.explain("Sent", d("2025-05-13")));
        assertEquals("billing.excess.explain.notOpen", late.messageKey());
    }

    @Test
    void explainedButUndecidedByTheDeadlineIsPaid() {
        ExcessCase c = detected().explain("Förklaring", d("2025-05-09"));
        assertEquals(ExcessStatus.EXPLAINED, c.statusOn(d("2025-05-20")));
        assertEquals(ExcessStatus.PAID_UNDECIDED, c.statusOn(d("2025-05-21")));
        assertEquals(Payment.PAID, c.paymentOn(d("2025-05-21")));
        ConflictException late = assertThrows(ConflictException.class, () -> c.reject("För sent", d("2025-05-21")));
        assertEquals("billing.excess.decide.notOpen", late.messageKey());
        assertThrows(ConflictException.class, () -> c.approve("ok", d("2025-05-21")));
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        ExcessCase c = detected();
        assertThrows(ConflictException.class, () -> c.approve(null, d("2025-05-05")));
        ExcessCase explained = c.explain("Förklaring", d("2025-05-05"));
        assertThrows(ConflictException.class, () -> explained.explain("Igen", d("2025-05-06")));
        ExcessCase approved = explained.approve(null, d("2025-05-06"));
        assertThrows(ConflictException.class, () -> approved.reject("Ångrar", d("2025-05-07")));
        assertThrows(InvalidInputException.class, () -> explained.approve(null, d("2025-05-04")));
    }

    @Test
    void explanationsAndRejectionsNeedText() {
        assertThrows(InvalidInputException.class, () -> detected().explain("  ", d("2025-05-05")));
        ExcessCase explained = detected().explain("Förklaring", d("2025-05-05"));
        assertThrows(InvalidInputException.class, () -> explained.reject(null, d("2025-05-06")));
        assertNull(explained.approve(null, d("2025-05-06")).decisionNote());
        assertThrows(IllegalArgumentException.class,
                () -> ExcessCase.detect("c1", RAMTID, ExactHours.ZERO, APRIL));
    }

    @Test
    void aStoredCaseIsRestoredWithTheSameBehaviour() {
        ExcessCase restored = ExcessCase.restore("c1", RAMTID, ExactHours.ofMinutes(1), APRIL,
                ExcessStatus.EXPLAINED, "Förklaring", d("2025-05-05"), null, null);
        assertEquals(Payment.PAID, restored.paymentOn(d("2025-05-21")));
        assertThrows(IllegalArgumentException.class, () -> ExcessCase.restore("c1", RAMTID, ExactHours.ofMinutes(1),
                APRIL, ExcessStatus.PAID_UNDECIDED, "Förklaring", d("2025-05-05"), null, null));
    }
}
