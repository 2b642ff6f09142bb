package se.hemtjanst.visit.domain;

import java.util.HexFormat;
import java.util.Locale;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * The two parts of an NTAG 424 DNA "SUN" message in AES mode, as the tag writes them into its URL:
 * {@code e} = encrypted PICC data (16 bytes, 32 hex) and {@code c} = truncated SDM MAC (8 bytes, 16 hex).
 * Parsed strictly, so that anything a genuine AES-mode tag cannot produce is refused before any crypto runs.
 * Immutable; hex is kept upper-case.
 */
public final class SunMessage {

    static final String MESSAGE_KEY = "sun.invalid";
    static final String FIELD = "sun";

    private static final int E_HEX = 32;
    private static final int C_HEX = 16;
    // LRP mode prefixes an 8-byte random PICC data IV, giving 24 bytes; we only do AES.
    private static final int E_HEX_LRP = 48;

    private final String encryptedPiccDataHex;
    private final String macHex;

    private SunMessage(String encryptedPiccDataHex, String macHex) {
        this.encryptedPiccDataHex = encryptedPiccDataHex;
        this.macHex = macHex;
    }

    /**
     * Parses the raw query string exactly as the tag produced it: {@code e=<32 hex>&c=<16 hex>} (either order),
     * no leading '?', no other, empty or repeated parameters. Hex is case-insensitive.
     *
     * @throws InvalidInputException {@code sun.invalid} on field {@code sun}, saying which part is wrong
     */
    public static SunMessage parse(String query) {
        if (query == null || query.isEmpty()) {
            throw invalid("SUN message is empty: expected the query string e=<32 hex>&c=<16 hex>");
        }
        if (query.startsWith("?")) {
            throw invalid("SUN message must be the query string without the leading '?': e=<32 hex>&c=<16 hex>");
        }
        String e = null;
        String c = null;
        for (String part : query.split("&", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw invalid("SUN message parameter '" + printable(part)
                        + "' has no '=': expected e=<32 hex>&c=<16 hex>");
            }
            String name = part.substring(0, eq);
            String value = part.substring(eq + 1);
            switch (name) {
                case "e" -> {
                    if (e != null) {
                        throw invalid("SUN message has parameter e more than once");
                    }
                    e = value;
                }
                case "c" -> {
                    if (c != null) {
                        throw invalid("SUN message has parameter c more than once");
                    }
                    c = value;
                }
                default -> throw invalid("SUN message has unexpected parameter '" + printable(name)
                        + "': only e and c are allowed; send the query string exactly as the tag wrote it");
            }
        }
        if (e == null) {
            throw invalid("SUN message is missing parameter e (encrypted PICC data, 32 hex characters)");
        }
        if (c == null) {
            throw invalid("SUN message is missing parameter c (SDM MAC, 16 hex characters)");
        }
        return of(e, c);
    }

    /**
     * Builds a message from the two parameter values when the caller already has them separately
     * (same strict rules as {@link #parse(String)}).
     */
    public static SunMessage of(String e, String c) {
        if (e == null || e.isEmpty()) {
            throw invalid("SUN parameter e is missing or empty (encrypted PICC data, 32 hex characters)");
        }
        if (c == null || c.isEmpty()) {
            throw invalid("SUN parameter c is missing or empty (SDM MAC, 16 hex characters)");
        }
        if (e.length() == E_HEX_LRP && isHex(e)) {
            throw invalid("SUN parameter e has 48 hex characters, which is LRP mode; only AES mode is supported "
                    + "(32 hex characters): configure the tag's SDM for AES");
        }
        checkHex("e", e, E_HEX, "encrypted PICC data");
        checkHex("c", c, C_HEX, "SDM MAC");
        return new SunMessage(e.toUpperCase(Locale.ROOT), c.toUpperCase(Locale.ROOT));
    }

    private static void checkHex(String name, String value, int length, String what) {
        if (value.length() != length) {
            throw invalid("SUN parameter " + name + " (" + what + ") must be exactly " + length
                    + " hex characters, got " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (!isHexChar(value.charAt(i))) {
                throw invalid("SUN parameter " + name + " (" + what + ") has a non-hex character at position "
                        + (i + 1) + "; only 0-9 and A-F are allowed");
            }
        }
    }

    private static boolean isHex(String s) {
        return s.chars().allMatch(ch -> isHexChar((char) ch));
    }

    // Not Character.digit: that also accepts non-ASCII digits such as full-width ones.
    private static boolean isHexChar(char ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
    }

    // Echoing user input into an error message: cut it short and keep it to plain ASCII.
    private static String printable(String s) {
        String cut = s.length() > 20 ? s.substring(0, 20) + "..." : s;
        return cut.replaceAll("[^\\x20-\\x7E]", "?");
    }

    private static InvalidInputException invalid(String developerMessage) {
        return new InvalidInputException(MESSAGE_KEY, FIELD, developerMessage);
    }

    /** {@code e}: 16 bytes, a fresh copy. */
    public byte[] encryptedPiccData() {
        return HexFormat.of().parseHex(encryptedPiccDataHex);
    }

    /** {@code c}: the 8-byte truncated MAC, a fresh copy. */
    public byte[] mac() {
        return HexFormat.of().parseHex(macHex);
    }

    /** {@code e} as 32 upper-case hex characters. */
    public String encryptedPiccDataHex() {
        return encryptedPiccDataHex;
    }

    /** {@code c} as 16 upper-case hex characters. */
    public String macHex() {
        return macHex;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SunMessage m && m.encryptedPiccDataHex.equals(encryptedPiccDataHex)
                && m.macHex.equals(macHex);
    }

    @Override
    public int hashCode() {
        return encryptedPiccDataHex.hashCode() * 31 + macHex.hashCode();
    }

    /** The query form; holds no secret (it is what the tag shows anyone who taps it). */
    @Override
    public String toString() {
        return "e=" + encryptedPiccDataHex + "&c=" + macHex;
    }
}
