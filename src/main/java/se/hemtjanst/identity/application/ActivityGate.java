package se.hemtjanst.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets one request per device session and granularity period write the session's last activity. A phone sending its
 * offline queue, or retrying a scan fifty times at once, must not make fifty transactions update one row (Derby
 * answers that with lock waits and deadlocks).
 */
@ApplicationScoped
public class ActivityGate {

    private static final int PURGE_ABOVE = 10_000;
    private final Map<Long, Instant> lastWrite = new ConcurrentHashMap<>();

    /** Whether this request is the one to write the activity of this session now. */
    public boolean claim(long sessionId, Instant now, Duration granularity) {
        if (lastWrite.size() > PURGE_ABOVE) {
            Instant old = now.minus(Duration.ofHours(13));
            lastWrite.values().removeIf(t -> t.isBefore(old));
        }
        AtomicBoolean won = new AtomicBoolean();
        lastWrite.compute(sessionId, (id, last) -> {
            if (last == null || !now.isBefore(last.plus(granularity))) {
                won.set(true);
                return now;
            }
            return last;
        });
        return won.get();
    }
}
