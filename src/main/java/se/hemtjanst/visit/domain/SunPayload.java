package se.hemtjanst.visit.domain;

import java.util.HexFormat;

/**
 * What the tag encrypted into {@code e}: its 7-byte UID and its 24-bit SDM read counter. Only trustworthy once
 * {@link SunVerifier#macValid} has said yes.
 *
 * @param uid     14 upper-case hex characters
 * @param counter 0 to 16 777 215
 */
public record SunPayload(String uid, int counter) {

    /** The counter is 3 bytes on the tag. */
    public static final int MAX_COUNTER = 0xFFFFFF;

    public SunPayload {
        if (uid == null || !uid.matches("[0-9A-F]{14}")) {
            throw new IllegalArgumentException("uid must be 14 upper-case hex characters");
        }
        if (counter < 0 || counter > MAX_COUNTER) {
            throw new IllegalArgumentException("counter must be within 0.." + MAX_COUNTER + ", got " + counter);
        }
    }

    /** The 7 UID bytes, a fresh copy. */
    public byte[] uidBytes() {
        return HexFormat.of().parseHex(uid);
    }

    /** The counter as the tag stores it: 3 bytes, least significant first. */
    public byte[] counterBytes() {
        return new byte[]{(byte) counter, (byte) (counter >>> 8), (byte) (counter >>> 16)};
    }
}
