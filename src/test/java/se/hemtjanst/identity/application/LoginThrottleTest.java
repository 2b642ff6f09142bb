package se.hemtjanst.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Throttling against an injected clock: slows the guesser, never the colleague on another machine. */
class LoginThrottleTest {

    static final ThrottleRules RULES = new ThrottleRules(5, 50, Duration.ofSeconds(30), Duration.ofMinutes(15));

    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void fiveFailuresAreFreeThenTheWaitDoublesUpToTheMaximum() {
        MovingClock clock = new MovingClock();
        LoginThrottle t = LoginThrottle.with(clock, RULES);
        for (int i = 0; i < 4; i++) {
            t.failed("anna", "10.0.0.1");
            assertTrue(t.retryAfter("anna", "10.0.0.1").isEmpty());
        }
        t.failed("anna", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(30)), t.retryAfter("anna", "10.0.0.1"));
        clock.now = clock.now.plusSeconds(30);
        assertTrue(t.retryAfter("anna", "10.0.0.1").isEmpty(), "after the wait one more try");
        t.failed("anna", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(60)), t.retryAfter("anna", "10.0.0.1"));
        for (int i = 0; i < 10; i++) {
            t.failed("anna", "10.0.0.1");
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), t.retryAfter("anna", "10.0.0.1"));
    }

    @Test
    void aGuesserElsewhereNeverLocksTheOwnerOut() {
        LoginThrottle t = LoginThrottle.with(new MovingClock(), RULES);
        for (int i = 0; i < 20; i++) {
            t.failed("anna", "203.0.113.9");
        }
        assertTrue(t.retryAfter("anna", "203.0.113.9").isPresent());
        assertTrue(t.retryAfter("anna", "10.0.0.1").isEmpty(), "Anna on her own machine signs in");
    }

    @Test
    void oneAddressTryingManyUsernamesIsSlowedToo() {
        LoginThrottle t = LoginThrottle.with(new MovingClock(), RULES);
        for (int i = 0; i < 50; i++) {
            t.failed("user" + i, "203.0.113.9");
        }
        assertTrue(t.retryAfter("someone.else", "203.0.113.9").isPresent());
        assertTrue(t.retryAfter("someone.else", "10.0.0.1").isEmpty());
    }

    @Test
    void aSuccessClearsThePairAndOldFailuresAreForgotten() {
        MovingClock clock = new MovingClock();
        LoginThrottle t = LoginThrottle.with(clock, RULES);
        for (int i = 0; i < 4; i++) {
            t.failed("anna", "10.0.0.1");
        }
        t.succeeded("anna", "10.0.0.1");
        t.failed("anna", "10.0.0.1");
        assertTrue(t.retryAfter("anna", "10.0.0.1").isEmpty());
        for (int i = 0; i < 3; i++) {
            t.failed("anna", "10.0.0.1");
        }
        clock.now = clock.now.plus(Duration.ofHours(2));
        t.failed("anna", "10.0.0.1");
        assertTrue(t.retryAfter("anna", "10.0.0.1").isEmpty(), "failures an hour old no longer count");
    }
}
