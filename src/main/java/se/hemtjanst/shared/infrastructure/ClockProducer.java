package se.hemtjanst.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now": Swedish time, injected so that rules can be tested at any moment. Integration tests may
 * move it forward (token expiry, idle lock) through {@code /api/v1/test-clock}, but only on a server whose variable
 * {@code hemtjanst.testClock.enabled} is true (the IT server's bootstrap.properties); everywhere else it is the
 * system clock and cannot be moved.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    @Inject
    @ConfigProperty(name = "hemtjanst.testClock.enabled", defaultValue = "false")
    boolean testClockEnabled;

    private final OffsetClock clock = new OffsetClock(STOCKHOLM);

    @PostConstruct
    void announce() {
        if (testClockEnabled) {
            LOG.warning("hemtjanst.testClock.enabled is true: the clock can be moved over HTTP. Tests only, never "
                    + "in production.");
        }
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    public boolean testClockEnabled() {
        return testClockEnabled;
    }

    /** Moves the clock (tests only); refused unless the server variable enables it. */
    public void offset(Duration offset) {
        if (!testClockEnabled) {
            throw new IllegalStateException("The test clock is disabled on this server");
        }
        clock.offset = offset;
    }

    public Duration offset() {
        return clock.offset;
    }

    /** The system clock plus an offset that is zero except on a test server. */
    static final class OffsetClock extends Clock {
        private final ZoneId zone;
        volatile Duration offset = Duration.ZERO;

        OffsetClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return Clock.offset(Clock.system(z), offset);
        }

        @Override
        public Instant instant() {
            Duration d = offset;
            return d.isZero() ? Instant.now() : Instant.now().plus(d);
        }
    }
}
