package se.hemtjanst.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** RFC 6238 through the library, checked against the RFC's own test vector, and the ±1 step window. */
class TotpCodesTest {

    /** RFC 6238 appendix B: the ASCII secret "12345678901234567890" (base32 below), SHA-1, 8 digits 94287082. */
    static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void theRfcVectorGivesItsCodeInSixDigits() {
        assertEquals("287082", TotpCodes.code(RFC_SECRET, TotpCodes.stepAt(Instant.ofEpochSecond(59))));
        assertEquals("081804", TotpCodes.code(RFC_SECRET, TotpCodes.stepAt(Instant.ofEpochSecond(1111111109))));
    }

    @Test
    void theStepBeforeAndAfterAreAcceptedButNotTwoAway() {
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        long step = TotpCodes.stepAt(now);
        assertEquals(OptionalLong.of(step), TotpCodes.matchingStep(RFC_SECRET, TotpCodes.code(RFC_SECRET, step), now));
        assertEquals(OptionalLong.of(step - 1),
                TotpCodes.matchingStep(RFC_SECRET, TotpCodes.code(RFC_SECRET, step - 1), now));
        assertEquals(OptionalLong.of(step + 1),
                TotpCodes.matchingStep(RFC_SECRET, TotpCodes.code(RFC_SECRET, step + 1), now));
        assertTrue(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.code(RFC_SECRET, step - 2), now).isEmpty());
        assertTrue(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.code(RFC_SECRET, step + 2), now).isEmpty());
    }

    @Test
    void malformedCodesNeverMatch() {
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        for (String bad : new String[]{null, "", "12345", "1234567", "abcdef", "12 456"}) {
            assertTrue(TotpCodes.matchingStep(RFC_SECRET, bad, now).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void newSecretsAreBase32OfThirtyTwoCharacters() {
        String s = TotpCodes.newSecret();
        assertTrue(s.matches("[A-Z2-7]{32}"), s);
    }
}
