package se.hemtjanst.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import se.hemtjanst.organization.domain.Municipality;
import se.hemtjanst.organization.domain.Provider;

/** A phone's shift against a moving clock: idle lock, PIN lockout, the 12-hour limit, and what ends it. */
class DeviceSessionTest {

    static final Instant START = Instant.parse("2026-11-23T06:45:00Z");
    static final Duration IDLE = Duration.ofMinutes(15);

    static DeviceSession session() {
        Provider provider = new Provider(new Municipality("0180", "Stockholms stad"), "556677-8899", "Omsorgshuset",
                false);
        Account staff = new Account("personal.test", "Test Person", "hash", EnumSet.of(Role.STAFF), null, provider,
                START);
        return new DeviceSession(staff, "phone-1", "0".repeat(64), START, Duration.ofHours(12));
    }

    @Test
    void anActiveSessionIdlesIntoPinRequiredAndActivityKeepsItAwake() {
        DeviceSession s = session();
        assertEquals(DeviceSession.State.ACTIVE, s.stateAt(START.plus(Duration.ofMinutes(14)), IDLE));
        assertEquals(DeviceSession.State.PIN_REQUIRED, s.stateAt(START.plus(IDLE), IDLE));
        s.touch(START.plus(Duration.ofMinutes(10)));
        assertEquals(DeviceSession.State.ACTIVE, s.stateAt(START.plus(Duration.ofMinutes(24)), IDLE));
        assertEquals(DeviceSession.State.PIN_REQUIRED, s.stateAt(START.plus(Duration.ofMinutes(25)), IDLE));
        s.unlocked(START.plus(Duration.ofMinutes(40)));
        assertEquals(DeviceSession.State.ACTIVE, s.stateAt(START.plus(Duration.ofMinutes(54)), IDLE));
    }

    @Test
    void theShiftExpiresAfterTwelveHoursWhateverTheActivity() {
        DeviceSession s = session();
        s.touch(START.plus(Duration.ofHours(11).plusMinutes(59)));
        assertEquals(DeviceSession.State.ACTIVE, s.stateAt(START.plus(Duration.ofHours(12)).minusSeconds(1), IDLE));
        assertEquals(DeviceSession.State.EXPIRED, s.stateAt(START.plus(Duration.ofHours(12)), IDLE));
        assertEquals(START.plus(Duration.ofHours(12)), s.expiresAt());
    }

    @Test
    void theFifthWrongPinInARowRevokesTheSession() {
        DeviceSession s = session();
        s.setPin("pin-hash");
        Instant t = START.plus(Duration.ofMinutes(30));
        for (int i = 1; i <= 4; i++) {
            assertFalse(s.wrongPin(t), "wrong PIN " + i);
            assertEquals(5 - i, s.pinAttemptsLeft());
        }
        assertTrue(s.wrongPin(t));
        assertEquals(DeviceSession.State.ENDED, s.stateAt(t, IDLE));
        assertEquals(DeviceSession.EndReason.PIN_LOCKOUT, s.endReason());
        assertEquals(t, s.revokedAt());
        assertEquals(t, s.endedAt(), "the shift's end is recorded");
    }

    @Test
    void aRightPinStartsTheCountOver() {
        DeviceSession s = session();
        s.setPin("pin-hash");
        Instant t = START.plus(Duration.ofMinutes(30));
        for (int i = 0; i < 4; i++) {
            s.wrongPin(t);
        }
        s.unlocked(t);
        assertEquals(5, s.pinAttemptsLeft());
        assertFalse(s.wrongPin(t));
    }

    @Test
    void logoutEndsTheShiftAndAnExpiredShiftEndsAtItsLimit() {
        DeviceSession s = session();
        Instant out = START.plus(Duration.ofHours(8));
        s.end(out, DeviceSession.EndReason.LOGOUT);
        assertEquals(out, s.endedAt());
        assertEquals(DeviceSession.State.ENDED, s.stateAt(out.plusSeconds(1), IDLE));
        s.end(out.plusSeconds(60), DeviceSession.EndReason.ACCOUNT_DISABLED);
        assertEquals(DeviceSession.EndReason.LOGOUT, s.endReason(), "ending twice keeps the first end");

        DeviceSession late = session();
        late.end(START.plus(Duration.ofHours(20)), DeviceSession.EndReason.EXPIRED);
        assertEquals(START.plus(Duration.ofHours(12)), late.endedAt());
    }
}
