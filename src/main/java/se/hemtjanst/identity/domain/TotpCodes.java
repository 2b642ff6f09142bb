package se.hemtjanst.identity.domain;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, what every authenticator app speaks) through the
 * dev.samstevens.totp library. A code of the step before or after the current one is accepted (clock drift);
 * which step matched is returned, so the caller can refuse a replay of that step.
 */
public final class TotpCodes {

    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    /** Steps accepted on either side of the current one. */
    public static final int DRIFT_STEPS = 1;

    private static final DefaultCodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private TotpCodes() {
    }

    /** A new random secret: 32 base32 characters (160 bits). */
    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    public static long stepAt(Instant t) {
        return Math.floorDiv(t.getEpochSecond(), PERIOD_SECONDS);
    }

    public static String code(String secret, long step) {
        try {
            return GENERATOR.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute a TOTP code", e);
        }
    }

    /** The time step whose code this is (current ±1), or empty. Compares in constant time. */
    public static OptionalLong matchingStep(String secret, String code, Instant now) {
        if (secret == null || code == null || !code.strip().matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] given = code.strip().getBytes(StandardCharsets.US_ASCII);
        long current = stepAt(now);
        long found = Long.MIN_VALUE;
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII), given)) {
                found = step;
            }
        }
        return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
    }
}
