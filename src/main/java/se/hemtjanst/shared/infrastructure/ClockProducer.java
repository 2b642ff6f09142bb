package se.hemtjanst.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one source of "now": Swedish time, injected so that rules can be tested at any moment. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final AdjustableClock clock = new AdjustableClock(STOCKHOLM);

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    /** Only the test-clock endpoint moves it, and only on a server that enables it. */
    public AdjustableClock adjustable() {
        return clock;
    }
}
