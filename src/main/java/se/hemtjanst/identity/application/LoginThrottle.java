package se.hemtjanst.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password and code guessing without letting one person lock another out. Failures are counted per
 * (username, address) pair, so someone guessing at a colleague's account from their own machine only slows
 * themselves, and the colleague still signs in from theirs; and per address, so one machine cannot try many
 * usernames. Past the free failures each attempt must wait (answer 429 with Retry-After) a doubling delay; the
 * account itself is never disabled. A successful login clears the pair. Kept in memory: a restart forgets it,
 * which costs an attacker a restart they cannot cause.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Counters untouched for this long are forgotten. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_ENTRIES = 100_000;

    @Inject
    Clock clock;

    @Inject
    SecuritySettings settings;

    private ThrottleRules rules;
    private final Map<String, Counter> pairs = new ConcurrentHashMap<>();
    private final Map<String, Counter> addresses = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        rules = settings.throttleRules();
    }

    /** For plain unit tests. */
    static LoginThrottle with(Clock clock, ThrottleRules rules) {
        LoginThrottle t = new LoginThrottle();
        t.clock = clock;
        t.rules = rules;
        return t;
    }

    private static final class Counter {
        int failures;
        Instant last;
        Instant blockedUntil;
    }

    /** How long this attempt must wait, or empty when it may be tried now. */
    public Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (Counter c : new Counter[]{pairs.get(pairKey(username, address)), addresses.get(address(address))}) {
            if (c != null) {
                synchronized (c) {
                    if (c.blockedUntil != null && now.isBefore(c.blockedUntil)) {
                        Duration left = Duration.between(now, c.blockedUntil);
                        wait = left.compareTo(wait) > 0 ? left : wait;
                    }
                }
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        purgeIfLarge(now);
        count(pairs.computeIfAbsent(pairKey(username, address), k -> new Counter()), now, rules.freeFailures());
        count(addresses.computeIfAbsent(address(address), k -> new Counter()), now, rules.freeFailuresPerAddress());
    }

    public void succeeded(String username, String address) {
        pairs.remove(pairKey(username, address));
    }

    private void count(Counter c, Instant now, int free) {
        synchronized (c) {
            if (c.last != null && Duration.between(c.last, now).compareTo(FORGET_AFTER) > 0) {
                c.failures = 0;
            }
            c.failures++;
            c.last = now;
            Duration delay = rules.delayAfter(c.failures, free);
            c.blockedUntil = delay.isZero() ? null : now.plus(delay);
        }
    }

    private void purgeIfLarge(Instant now) {
        if (pairs.size() + addresses.size() < MAX_ENTRIES) {
            return;
        }
        Instant before = now.minus(FORGET_AFTER);
        pairs.values().removeIf(c -> c.last == null || c.last.isBefore(before));
        addresses.values().removeIf(c -> c.last == null || c.last.isBefore(before));
    }

    private static String pairKey(String username, String address) {
        return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "|" + address(address);
    }

    private static String address(String address) {
        return address == null ? "?" : address;
    }
}
