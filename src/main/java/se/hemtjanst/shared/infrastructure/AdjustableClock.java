package se.hemtjanst.shared.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock, which integration tests may move to another moment (deadlines, lockouts, expiry) through
 * {@code /api/v1/test-clock} when the server variable {@code hemtjanst.testClock.enabled} is true — only the
 * test server sets it. In production the offset is always zero.
 */
public final class AdjustableClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> offset;

    public AdjustableClock(ZoneId zone) {
        this(zone, new AtomicReference<>(Duration.ZERO));
    }

    private AdjustableClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new AdjustableClock(other, offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    /** From now on the clock shows {@code now} and runs on from there. */
    public void moveTo(Instant now) {
        offset.set(Duration.between(Instant.now(), now));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    public boolean adjusted() {
        return !offset.get().isZero();
    }
}
