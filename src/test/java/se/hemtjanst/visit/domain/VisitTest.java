package se.hemtjanst.visit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.organization.domain.District;
import se.hemtjanst.organization.domain.Municipality;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.PersonalIdentityNumber;

class VisitTest {

    static final Municipality STHLM = new Municipality("0180", "Stockholms stad");
    static final Client CLIENT = new Client(PersonalIdentityNumber.of12("191212121212"), "Tolvan", "Tolvansson",
            new District(STHLM, "SODERMALM", "Södermalm"));
    static final Provider PROVIDER = new Provider(STHLM, "556677-8899", "Omsorgshuset Söder AB", false);
    static final VisitRules RULES = new VisitRules(120, 3, 240, 300, 3);

    static Instant t(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    static Visit arrive(String iso) {
        return Visit.arrival(CLIENT, PROVIDER, "fatima", "RAM", t(iso), false, RULES);
    }

    static List<Deviation.Kind> kinds(Visit v) {
        return v.deviations().stream().map(Deviation::kind).toList();
    }

    @Test
    void aVisitLastsItsRealElapsedMinutesAcrossDaylightSavingNights() {
        Visit spring = arrive("2027-03-28T01:30+01:00");
        spring.depart(t("2027-03-28T03:30+02:00"), RULES);
        assertEquals(60, spring.minutes(), "the clock jumps from 02:00 to 03:00");

        Visit autumn = arrive("2026-10-25T02:30+02:00");
        autumn.depart(t("2026-10-25T02:30+01:00"), RULES);
        assertEquals(60, autumn.minutes(), "02:30 comes twice");
        assertEquals(LocalDate.of(2026, 10, 25), autumn.visitDay());
    }

    @Test
    void minutesRoundHalfUpAndTheLengthThresholdsAreDeviations() {
        Visit v = arrive("2026-11-23T08:00:00+01:00");
        v.depart(t("2026-11-23T08:02:29+01:00"), RULES);
        assertEquals(2, v.minutes());
        assertEquals(List.of(Deviation.Kind.TOO_SHORT), kinds(v));

        Visit exactly = arrive("2026-11-23T08:00:00+01:00");
        exactly.depart(t("2026-11-23T08:02:30+01:00"), RULES);
        assertEquals(3, exactly.minutes(), "2 min 30 s rounds up to 3, which is not below the threshold");
        assertTrue(kinds(exactly).isEmpty());

        Visit longOne = arrive("2026-11-23T08:00:00+01:00");
        longOne.depart(t("2026-11-23T12:01:00+01:00"), RULES);
        assertEquals(List.of(Deviation.Kind.TOO_LONG), kinds(longOne));
    }

    @Test
    void aMissingDepartureOrArrivalIsADeviation() {
        Visit open = arrive("2026-11-23T08:00:00+01:00");
        open.abandon();
        assertEquals(VisitStatus.INCOMPLETE, open.status());
        assertEquals(List.of(Deviation.Kind.MISSING_DEPARTURE), kinds(open));

        Visit onlyOut = Visit.departureOnly(CLIENT, PROVIDER, "fatima", "RAM", t("2026-11-23T09:00:00+01:00"), false,
                RULES);
        assertEquals(List.of(Deviation.Kind.MISSING_ARRIVAL), kinds(onlyOut));
    }

    @Test
    void aManualVisitNeedsAReasonAndAManagersApproval() {
        assertThrows(InvalidInputException.class, () -> Visit.manual(CLIENT, PROVIDER, "fatima", "LEDSAGNING",
                t("2026-11-23T10:00:00+01:00"), t("2026-11-23T12:00:00+01:00"), null, null, false, RULES));
        assertThrows(InvalidInputException.class, () -> Visit.manual(CLIENT, PROVIDER, "fatima", "LEDSAGNING",
                t("2026-11-23T10:00:00+01:00"), t("2026-11-23T12:00:00+01:00"), ManualReason.OTHER, "", false, RULES),
                "OTHER needs a note");
        Visit v = Visit.manual(CLIENT, PROVIDER, "fatima", "LEDSAGNING", t("2026-11-23T10:00:00+01:00"),
                t("2026-11-23T12:00:00+01:00"), ManualReason.OUTSIDE_HOME, null, false, RULES);
        assertTrue(v.manual());
        assertEquals(120, v.minutes());
        assertTrue(v.hasOpenDeviations());
        v.approve("maria", t("2026-11-23T13:00:00+01:00"));
        assertFalse(v.hasOpenDeviations());
        assertThrows(ConflictException.class, () -> v.approve("maria", t("2026-11-23T13:00:00+01:00")));
    }

    @Test
    void aCorrectionWithinTheWindowKeepsWhatChangedAndAfterItTheVisitIsLocked() {
        Visit v = arrive("2026-11-20T08:00:00+01:00"); // Friday: window to Tuesday 24 Nov
        v.depart(t("2026-11-20T08:01:00+01:00"), RULES);
        assertEquals(LocalDate.of(2026, 11, 24), v.correctBy());
        List<String[]> changes = v.correct(t("2026-11-20T08:00:00+01:00"), t("2026-11-20T08:35:00+01:00"), "RAM",
                false, LocalDate.of(2026, 11, 24), RULES);
        assertEquals(1, changes.size());
        assertEquals("DEPARTURE", changes.get(0)[0]);
        assertEquals(35, v.minutes());
        assertFalse(v.hasOpenDeviations());

        assertFalse(v.lockIfDue(LocalDate.of(2026, 11, 24)), "the last day is still open");
        assertTrue(v.lockIfDue(LocalDate.of(2026, 11, 25)));
        assertThrows(ConflictException.class, () -> v.correct(t("2026-11-20T08:00:00+01:00"),
                t("2026-11-20T08:30:00+01:00"), "RAM", false, LocalDate.of(2026, 11, 25), RULES));
        v.unlock(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 25));
        assertEquals(1, v.correct(t("2026-11-20T08:00:00+01:00"), t("2026-11-20T08:30:00+01:00"), "RAM", false,
                LocalDate.of(2026, 11, 26), RULES).size());
    }

    @Test
    void aVisitIsUnlockedOnlyOnceItsWindowHasPassedMarkedByTheNightOrNot() {
        Visit v = arrive("2026-11-20T08:00:00+01:00");
        v.depart(t("2026-11-20T08:40:00+01:00"), RULES);
        assertThrows(ConflictException.class, () -> v.unlock(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 24)),
                "still open for correction: nothing to unlock");
        // The night has not marked it yet, but the window has passed: it is locked all the same.
        v.unlock(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 25));
        assertEquals(LocalDate.of(2026, 11, 30), v.correctBy());
        assertEquals(1, v.correct(t("2026-11-20T08:00:00+01:00"), t("2026-11-20T08:30:00+01:00"), "RAM", false,
                LocalDate.of(2026, 11, 30), RULES).size());
        assertThrows(ConflictException.class, () -> v.correct(t("2026-11-20T08:00:00+01:00"),
                t("2026-11-20T08:20:00+01:00"), "RAM", false, LocalDate.of(2026, 12, 1), RULES));
    }

    @Test
    void aDepartureBeforeTheArrivalIsFlaggedNotNegative() {
        Visit v = arrive("2026-11-23T08:00:00+01:00");
        v.depart(t("2026-11-23T07:50:00+01:00"), RULES);
        assertEquals(0, v.minutes());
        assertTrue(kinds(v).contains(Deviation.Kind.CLOCK_SKEW));
    }
}
