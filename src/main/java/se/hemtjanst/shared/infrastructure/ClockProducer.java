package se.hemtjanst.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one source of "now": Swedish time, injected so that rules can be tested at any moment. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(STOCKHOLM);
    }
}
