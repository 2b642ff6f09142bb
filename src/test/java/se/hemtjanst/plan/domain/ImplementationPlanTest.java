package se.hemtjanst.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.hemtjanst.shared.domain.BusinessException;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.UnprocessableException;

/** The plan's life: draft at once, revisions kept, review after a new order version, signing within the frame. */
class ImplementationPlanTest {

    static final Instant STARTED = Instant.parse("2026-12-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    static final BigDecimal RAMTID = PlanTimeTest.RAMTID;

    final ImplementationPlan plan = new ImplementationPlan(1, 2, 3, LocalDate.of(2026, 12, 1), "chef", STARTED);
    final PlanContent within = PlanTimeTest.plan(PlanTimeTest.morning(30), PlanTimeTest.shower(45));
    final PlanContent above = PlanTimeTest.plan(PlanTimeTest.morning(35), PlanTimeTest.shower(55));

    @Test
    void aStartedPlanHasItsDeadlineAndIsADraft() {
        assertEquals(LocalDate.of(2026, 12, 16), plan.signDeadline());
        assertEquals(DeadlineStatus.OPEN, plan.deadlineStatus(TODAY));
        assertEquals(DeadlineStatus.DUE_SOON, plan.deadlineStatus(LocalDate.of(2026, 12, 14)));
        assertEquals(DeadlineStatus.OVERDUE, plan.deadlineStatus(LocalDate.of(2026, 12, 17)));
    }

    @Test
    void everySaveIsANewRevisionAndAboveRamtidMaySaveButNotSign() {
        PlanRevision r1 = plan.revise(above, "{}", 1, 1, RAMTID, "chef", STARTED);
        assertEquals(1, r1.revisionNo());
        assertFalse(r1.needsReview());
        assertEquals(new BigDecimal("25.73"), plan.plannedHours());
        UnprocessableException refused = assertThrows(UnprocessableException.class, () -> sign(above));
        assertEquals("plan.aboveRamtid", refused.messageKey());
        assertEquals(new BigDecimal("0.73"), refused.args()[0]);

        PlanRevision r2 = plan.revise(within, "{\"v\":2}", 1, 1, RAMTID, "kontaktman", STARTED.plusSeconds(60));
        assertEquals(2, r2.revisionNo());
        assertEquals("kontaktman", plan.revisedBy());
        PlanRevision signed = sign(within);
        assertEquals(PlanRevision.Event.SIGNED, signed.event());
        assertEquals(DeadlineStatus.SIGNED, plan.deadlineStatus(LocalDate.of(2027, 1, 1)));
        assertFalse(plan.changedSinceSigning());
        plan.revise(within, "{\"v\":3}", 1, 1, RAMTID, "chef", STARTED.plusSeconds(120));
        assertTrue(plan.changedSinceSigning());
    }

    @Test
    void aNewOrderVersionMeansReviewBeforeSigning() {
        plan.revise(within, "{}", 1, 1, RAMTID, "chef", STARTED);
        assertTrue(plan.needsReview(2));
        PlanRevision stillOld = plan.revise(within, "{}", 1, 2, RAMTID, "chef", STARTED);
        assertTrue(stillOld.needsReview(), "a revision against the old order is flagged");
        assertEquals("plan.sign.needsReview", assertThrows(ConflictException.class,
                () -> plan.sign(within, FrameCheck.of(within, RAMTID), 2, TODAY, true, "Fatima Ali", TODAY, "chef",
                        STARTED)).messageKey());
        PlanRevision reviewed = plan.revise(within, "{}", 2, 2, RAMTID, "chef", STARTED);
        assertFalse(reviewed.needsReview());
        assertFalse(plan.needsReview(2));
        assertThrows(ConflictException.class, () -> plan.revise(within, "{}", 1, 2, RAMTID, "chef", STARTED));
        assertThrows(InvalidInputException.class, () -> plan.revise(within, "{}", 3, 2, RAMTID, "chef", STARTED));
    }

    @Test
    void signingNeedsTheClientTheContactPersonParticipationAndADate() {
        assertEquals("plan.sign.empty", assertThrows(ConflictException.class, () -> sign(within)).messageKey());
        plan.revise(within, "{}", 1, 1, RAMTID, "chef", STARTED);
        FrameCheck ok = FrameCheck.of(within, RAMTID);
        assertKey("plan.sign.client", () -> plan.sign(within, ok, 1, TODAY, false, "Fatima Ali", TODAY, "c", STARTED));
        assertKey("plan.sign.contactPerson", () -> plan.sign(within, ok, 1, TODAY, true, " ", TODAY, "c", STARTED));
        assertKey("plan.sign.date", () -> plan.sign(within, ok, 1, TODAY.plusDays(1), true, "F", TODAY, "c", STARTED));
        assertKey("plan.sign.date", () -> plan.sign(within, ok, 1, LocalDate.of(2026, 12, 1), true, "F", TODAY, "c",
                STARTED));
        PlanContent noParticipation = new PlanContent("Fatima Ali", null, null, within.activities(), null);
        assertKey("plan.sign.participation", () -> plan.sign(noParticipation, ok, 1, TODAY, true, "F", TODAY, "c",
                STARTED));
    }

    @Test
    void aStaleVersionIsRefused() {
        plan.checkVersion(0L);
        assertEquals("plan.changedByOther", assertThrows(ConflictException.class, () -> plan.checkVersion(3L))
                .messageKey());
        assertThrows(ConflictException.class, () -> plan.checkVersion(null));
    }

    private PlanRevision sign(PlanContent content) {
        return plan.sign(content, FrameCheck.of(content, RAMTID), 1, TODAY, true, "Fatima Ali", TODAY, "chef",
                STARTED);
    }

    private static void assertKey(String key, org.junit.jupiter.api.function.Executable e) {
        assertEquals(key, assertThrows(BusinessException.class, e).messageKey());
    }
}
