package se.hemtjanst.visit.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.hemtjanst.shared.domain.AccessDeniedException;
import se.hemtjanst.shared.domain.BusinessException;
import se.hemtjanst.shared.domain.InvalidInputException;

/** Vectors from /work/shared/nfc-sun.md (AN12196 and RFC 4493). */
class SunVerifierTest {

    static final HexFormat HEX = HexFormat.of().withUpperCase();
    static final byte[] ZERO_KEY = new byte[16];

    static final String V1_E = "EF963FF7828658A599F3041510671E88";
    static final String V1_C = "94EED9EE65337086";

    static final byte[] V6_META = hex("0C3B25D92B38AE443229DD59AD34B85D");
    static final byte[] V6_FILE = hex("B45775776CB224C75BCDE7CA3704E933");
    static final String V6_UID = "04996C6A926980";

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    // ---- RFC 4493 sanity: the CMAC helper itself ----

    @Test
    void cmacMatchesRfc4493() {
        byte[] key = hex("2B7E151628AED2A6ABF7158809CF4F3C");
        assertEquals("BB1D6929E95937287FA37D129B756746", HEX.formatHex(SunVerifier.cmac(key, new byte[0])));
        assertEquals("070A16B46B4D4144F79BDD9DD04A287C",
                HEX.formatHex(SunVerifier.cmac(key, hex("6BC1BEE22E409F96E93D7E117393172A"))));
    }

    // ---- V1: AN12196 p.12, both keys zero ----

    @Test
    void v1FullChainWithIntermediateValues() {
        SunMessage msg = SunMessage.parse("e=" + V1_E + "&c=" + V1_C);

        assertEquals("C704DE5F1EACC0403D0000DA5CF60941", HEX.formatHex(SunVerifier.decryptPiccData(msg, ZERO_KEY)));
        SunPayload payload = SunVerifier.decrypt(msg, ZERO_KEY);
        assertEquals(new SunPayload("04DE5F1EACC040", 61), payload);

        assertEquals("3CC30001008004DE5F1EACC0403D0000", HEX.formatHex(SunVerifier.sv2(payload)));
        byte[] sessionKey = SunVerifier.sessionMacKey(ZERO_KEY, payload);
        assertEquals("3FB5F6E3A807A03D5E3570ACE393776F", HEX.formatHex(sessionKey));
        byte[] full = SunVerifier.fullMac(sessionKey);
        assertEquals("E194C7EE12D9F7EE8A65C8331B704386", HEX.formatHex(full));
        assertEquals(V1_C, HEX.formatHex(SunVerifier.truncate(full)));

        assertTrue(SunVerifier.macValid(msg, payload, ZERO_KEY));
        assertEquals(payload, SunVerifier.verify(msg, ZERO_KEY, uid -> ZERO_KEY));
    }

    @Test
    void v1LowerCaseHexVerifiesToo() {
        SunMessage msg = SunMessage.parse("e=" + V1_E.toLowerCase() + "&c=" + V1_C.toLowerCase());
        assertEquals(new SunPayload("04DE5F1EACC040", 61), SunVerifier.verify(msg, ZERO_KEY, uid -> ZERO_KEY));
    }

    @Test
    void v1WithAlteredMacIsRejected() {
        SunMessage msg = SunMessage.parse("e=" + V1_E + "&c=94EED9EE65337087");
        SunPayload payload = SunVerifier.decrypt(msg, ZERO_KEY);
        assertFalse(SunVerifier.macValid(msg, payload, ZERO_KEY));

        SunMacMismatchException e = assertThrows(SunMacMismatchException.class,
                () -> SunVerifier.verify(msg, ZERO_KEY, uid -> ZERO_KEY));
        assertEquals("sun.mac.mismatch", e.messageKey());
        assertEquals(BusinessException.Kind.FORBIDDEN, e.kind());
    }

    @Test
    void wrongFileKeyIsAMacMismatch() {
        SunMessage msg = SunMessage.parse("e=" + V1_E + "&c=" + V1_C);
        assertThrows(SunMacMismatchException.class, () -> SunVerifier.verify(msg, ZERO_KEY, uid -> V6_FILE));
    }

    @Test
    void unknownTagIsRefusedWithoutCheckingTheMac() {
        SunMessage msg = SunMessage.parse("e=" + V1_E + "&c=" + V1_C);
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> SunVerifier.verify(msg, ZERO_KEY, uid -> null));
        assertEquals("sun.tag.unknown", e.messageKey());
        assertFalse(e instanceof SunMacMismatchException);
    }

    @Test
    void wrongMetaKeyDoesNotDecryptToSunData() {
        // Under the V6 meta key V1's e decrypts to noise whose first byte is not 0xC7.
        SunMessage msg = SunMessage.parse("e=" + V1_E + "&c=" + V1_C);
        assertFalse((SunVerifier.decryptPiccData(msg, V6_META)[0] & 0xFF) == 0xC7);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SunVerifier.decrypt(msg, V6_META));
        assertEquals("sun.invalid", e.messageKey());
        assertEquals("sun", e.field());
    }

    @Test
    void keysMustBeSixteenBytes() {
        SunMessage msg = SunMessage.parse("e=" + V1_E + "&c=" + V1_C);
        assertThrows(IllegalArgumentException.class, () -> SunVerifier.decrypt(msg, new byte[15]));
        assertThrows(IllegalArgumentException.class, () -> SunVerifier.decrypt(msg, null));
        SunPayload payload = SunVerifier.decrypt(msg, ZERO_KEY);
        assertThrows(IllegalArgumentException.class, () -> SunVerifier.macValid(msg, payload, new byte[32]));
    }

    // ---- V6: one tag, three taps ----

    record Tap(String e, String c, int counter) {
    }

    static final List<Tap> V6 = List.of(
            new Tap("4E2E289D945A66BB13377A728884E867", "E19CCB1FED8892CE", 3),
            new Tap("00F48C4F8E386DED06BCDC78FA92E2FE", "66B4826EA4C155B4", 5),
            new Tap("0DBF3C59B59B0638D60B5842A997D4D1", "CC61660C020B4D96", 7));

    @Test
    void v6ThreeTapsOfOneTag() {
        for (Tap tap : V6) {
            SunMessage msg = SunMessage.parse("e=" + tap.e() + "&c=" + tap.c());
            SunPayload payload = SunVerifier.verify(msg, V6_META, uid -> uid.equals(V6_UID) ? V6_FILE : null);
            assertEquals(new SunPayload(V6_UID, tap.counter()), payload);
        }
    }

    @Test
    void v6MacOfOneTapDoesNotFitAnother() {
        // Swapping c between taps must fail: the counter is bound into the session key.
        SunMessage mixed = SunMessage.parse("e=" + V6.get(0).e() + "&c=" + V6.get(1).c());
        assertThrows(SunMacMismatchException.class, () -> SunVerifier.verify(mixed, V6_META, uid -> V6_FILE));
    }

    // ---- parsing ----

    @Test
    void parseKeepsUpperCaseHexAndAcceptsEitherOrder() {
        SunMessage a = SunMessage.parse("e=" + V1_E.toLowerCase() + "&c=" + V1_C);
        SunMessage b = SunMessage.parse("c=" + V1_C.toLowerCase() + "&e=" + V1_E);
        assertEquals(a, b);
        assertEquals(V1_E, a.encryptedPiccDataHex());
        assertEquals(V1_C, a.macHex());
        assertArrayEquals(hex(V1_C), a.mac());
        assertEquals("e=" + V1_E + "&c=" + V1_C, a.toString());
        assertEquals(a, SunMessage.of(V1_E, V1_C));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "e=EF963FF7828658A599F3041510671E8&c=94EED9EE65337086",     // e short
            "e=EF963FF7828658A599F3041510671E8800&c=94EED9EE65337086", // e long
            "e=EF963FF7828658A599F3041510671E88&c=94EED9EE6533708",     // c short
            "e=EF963FF7828658A599F3041510671E88&c=94EED9EE6533708600",  // c long
            "e=EF963FF7828658A599F3041510671E8G&c=94EED9EE65337086",    // non-hex in e
            "e=EF963FF7828658A599F3041510671E88&c=94EED9EE6533708Z",    // non-hex in c
            "e=EF963FF7828658A599F3041510671E8\uFF18&c=94EED9EE65337086", // full-width digit
            "e=EF963FF7828658A599F3041510671E88",                      // missing c
            "c=94EED9EE65337086",                                      // missing e
            "e=EF963FF7828658A599F3041510671E88&c=",                   // empty c
            "e=EF963FF7828658A599F3041510671E88&c=94EED9EE65337086&x=1", // extra param
            "e=EF963FF7828658A599F3041510671E88&c=94EED9EE65337086&",  // trailing &
            "e=EF963FF7828658A599F3041510671E88&e=EF963FF7828658A599F3041510671E88&c=94EED9EE65337086", // twice
            "?e=EF963FF7828658A599F3041510671E88&c=94EED9EE65337086",  // leading ?
            "E=EF963FF7828658A599F3041510671E88&c=94EED9EE65337086",   // parameter names are lower-case
            "e=EF963FF7828658A599F3041510671E88&c",                    // no '='
            "e= EF963FF7828658A599F3041510671E8&c=94EED9EE65337086",   // space
            ""})
    void malformedMessagesAreRefused(String query) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SunMessage.parse(query));
        assertEquals("sun.invalid", e.messageKey());
        assertEquals("sun", e.field());
    }

    @Test
    void nullIsRefused() {
        assertEquals("sun.invalid", assertThrows(InvalidInputException.class, () -> SunMessage.parse(null))
                .messageKey());
    }

    @Test
    void lrpLengthGetsItsOwnMessage() {
        String lrp = "e=" + "AB".repeat(24) + "&c=94EED9EE65337086";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SunMessage.parse(lrp));
        assertEquals("sun.invalid", e.messageKey());
        assertTrue(e.getMessage().contains("LRP"), e.getMessage());
    }

    @Test
    void messagesSayWhichPartIsWrong() {
        assertTrue(message("e=ABC&c=94EED9EE65337086").contains("parameter e"));
        assertTrue(message("e=ABC&c=94EED9EE65337086").contains("got 3"));
        assertTrue(message("e=" + V1_E + "&c=94EED9EE653370").contains("parameter c"));
        assertTrue(message("e=" + V1_E).contains("missing parameter c"));
        assertTrue(message("e=" + V1_E + "&c=" + V1_C + "&foo=1").contains("'foo'"));
        assertTrue(message("e=" + V1_E.substring(0, 31) + "x&c=" + V1_C).contains("position 32"));
    }

    static String message(String query) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SunMessage.parse(query));
        assertNull(e.getCause());
        return e.getMessage();
    }
}
