package se.hemtjanst.it;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.hemtjanst.demo.DemoDataLoader;
import se.hemtjanst.identity.domain.TotpCodes;

/**
 * TOTP codes for tests, from the same library as the server. The server accepts each time step once per account and
 * purpose (replay protection), and the step before or after the current one; so this helper remembers which steps
 * the test JVM has used and hands out the current step, then the next, then the previous, and waits for the next
 * step only when all three are used. Every test that logs in goes through here, so no test ever replays a code.
 */
public final class Totp {

    /** Purposes as the server counts them (TotpUse.Purpose). */
    public static final String WEB = "WEB";
    public static final String API = "API";
    public static final String DEVICE = "DEVICE";
    public static final String ENROL = "ENROL";

    private static final Map<String, Set<Long>> USED = new ConcurrentHashMap<>();

    private Totp() {
    }

    /** The documented secret of a demo account (README). */
    public static String demoSecret(String username) {
        return DemoDataLoader.demoTotpSecret(username);
    }

    public static String demoCode(String username, String purpose) {
        return code(username, demoSecret(username), purpose);
    }

    /** A code this account has not used for this purpose yet. */
    public static String code(String username, String secret, String purpose) {
        Set<Long> used = USED.computeIfAbsent(username + "|" + purpose, k -> new HashSet<>());
        synchronized (used) {
            while (true) {
                Instant now = Instant.now();
                long step = TotpCodes.stepAt(now);
                long intoStep = now.getEpochSecond() % TotpCodes.PERIOD_SECONDS;
                // The previous step only early in the current one: later the server's step may already be the next.
                long[] candidates = intoStep < 20 ? new long[]{step, step + 1, step - 1} : new long[]{step, step + 1};
                for (long candidate : candidates) {
                    if (used.add(candidate)) {
                        return TotpCodes.code(secret, candidate);
                    }
                }
                sleepUntil((step + 1) * TotpCodes.PERIOD_SECONDS * 1000L + 200);
            }
        }
    }

    /** A code of a step that is certainly not accepted (five steps ago). */
    public static String staleCode(String secret) {
        return TotpCodes.code(secret, TotpCodes.stepAt(Instant.now()) - 5);
    }

    /** Marks a step as used (after a test replays it on purpose). */
    public static void markUsed(String username, String purpose, long step) {
        Set<Long> used = USED.computeIfAbsent(username + "|" + purpose, k -> new HashSet<>());
        synchronized (used) {
            used.add(step);
        }
    }

    private static void sleepUntil(long epochMillis) {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
