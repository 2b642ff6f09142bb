package se.hemtjanst.visit.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;
import se.hemtjanst.shared.domain.AccessDeniedException;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * Verifies NTAG 424 DNA SUN messages in AES mode (NXP AN12196, sections 3.3-3.4): decrypts the PICC data with
 * the SDM meta read key, then recomputes the truncated SDM MAC with the per-tag SDM file read key.
 * Stateless; all methods are static. AES-CMAC comes from BouncyCastle's lightweight API because the JDK has
 * none, and no JCA provider is registered so nothing else in the server changes behaviour.
 * The replay rule is separate: {@link SunCounterPolicy}.
 */
public final class SunVerifier {

    private static final int KEY_BYTES = 16;
    // PICCDataTag: bit 7 UID mirrored, bit 6 counter mirrored, low nibble UID length 7.
    private static final int PICC_DATA_TAG = 0xC7;
    // SV2 prefix for the MAC session key (AN12196 table "SV2").
    private static final byte[] SV2_PREFIX = {0x3C, (byte) 0xC3, 0x00, 0x01, 0x00, (byte) 0x80};
    private static final byte[] EMPTY = new byte[0];

    private SunVerifier() {
    }

    /**
     * Decrypts {@code e} and reads UID and counter. Does not authenticate: call {@link #macValid} before trusting
     * the result, or use {@link #verify}.
     *
     * @throws InvalidInputException {@code sun.invalid} when the plaintext does not start with 0xC7
     */
    public static SunPayload decrypt(SunMessage msg, byte[] metaReadKey) {
        byte[] p = decryptPiccData(msg, metaReadKey);
        if ((p[0] & 0xFF) != PICC_DATA_TAG) {
            // The decrypted byte is deliberately not echoed, so this cannot serve as a decryption oracle.
            throw new InvalidInputException(SunMessage.MESSAGE_KEY, SunMessage.FIELD,
                    "SUN parameter e does not decrypt to UID and counter data: the tag must mirror its 7-byte UID "
                            + "and read counter in AES mode, and use this system's meta read key");
        }
        String uid = HexFormat.of().withUpperCase().formatHex(p, 1, 8);
        int counter = (p[8] & 0xFF) | (p[9] & 0xFF) << 8 | (p[10] & 0xFF) << 16;
        return new SunPayload(uid, counter);
    }

    /**
     * True when {@code c} is the MAC the tag with this UID and counter would have made under {@code fileReadKey}.
     * Compared in constant time so response timing does not reveal how many MAC bytes were right.
     */
    public static boolean macValid(SunMessage msg, SunPayload payload, byte[] fileReadKey) {
        Objects.requireNonNull(msg, "msg");
        byte[] sessionKey = sessionMacKey(fileReadKey, payload);
        try {
            byte[] expected = truncate(fullMac(sessionKey));
            return MessageDigest.isEqual(expected, msg.mac());
        } finally {
            Arrays.fill(sessionKey, (byte) 0);
        }
    }

    /**
     * Decrypts, looks up the tag's file read key by UID and checks the MAC. The lookup should throw its own typed
     * exception for an unknown or revoked tag; if it returns null instead, the message is refused like a forgery
     * ({@code sun.tag.unknown}, 403), since without a key it cannot be authenticated.
     *
     * @return the authenticated UID and counter (replay is not checked here)
     * @throws InvalidInputException   {@code sun.invalid} when {@code e} does not decrypt to SUN data
     * @throws SunMacMismatchException {@code sun.mac.mismatch} when the MAC is wrong
     */
    public static SunPayload verify(SunMessage msg, byte[] metaReadKey, Function<String, byte[]> fileKeyForUid) {
        SunPayload payload = decrypt(msg, metaReadKey);
        byte[] fileKey = fileKeyForUid.apply(payload.uid());
        if (fileKey == null) {
            throw new AccessDeniedException("sun.tag.unknown",
                    "No active tag with UID " + payload.uid() + ": the tag is not registered or has been revoked",
                    payload.uid());
        }
        if (!macValid(msg, payload, fileKey)) {
            throw new SunMacMismatchException(payload.uid());
        }
        return payload;
    }

    // ---- steps exposed package-private so the AN12196 intermediate values can be asserted ----

    /** Step 2: P = AES-128-CBC-decrypt(metaReadKey, IV = 0, e). */
    static byte[] decryptPiccData(SunMessage msg, byte[] metaReadKey) {
        requireKey(metaReadKey, "metaReadKey");
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(metaReadKey, "AES"), new IvParameterSpec(new byte[16]));
            return aes.doFinal(msg.encryptedPiccData());
        } catch (GeneralSecurityException e) {
            // AES/CBC/NoPadding on one 16-byte block with a 16-byte key cannot fail on a conforming JDK.
            throw new IllegalStateException("AES-CBC decryption unavailable", e);
        }
    }

    /** Step 6: SV2 = 3C C3 00 01 00 80 || UID || CTR (little-endian). */
    static byte[] sv2(SunPayload payload) {
        byte[] sv2 = Arrays.copyOf(SV2_PREFIX, 16);
        System.arraycopy(payload.uidBytes(), 0, sv2, 6, 7);
        System.arraycopy(payload.counterBytes(), 0, sv2, 13, 3);
        return sv2;
    }

    /** Step 6: K_SesMAC = AES-CMAC(K_SDMFileRead, SV2). */
    static byte[] sessionMacKey(byte[] fileReadKey, SunPayload payload) {
        requireKey(fileReadKey, "fileReadKey");
        return cmac(fileReadKey, sv2(payload));
    }

    /** Steps 7-8 before truncation: AES-CMAC(K_SesMAC, empty input) for the {@code ?e=..&c=..} layout. */
    static byte[] fullMac(byte[] sessionMacKey) {
        return cmac(sessionMacKey, EMPTY);
    }

    /** Step 8: the odd-indexed bytes full[1], full[3] ... full[15]. */
    static byte[] truncate(byte[] fullMac) {
        byte[] out = new byte[fullMac.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = fullMac[2 * i + 1];
        }
        return out;
    }

    /** AES-CMAC (RFC 4493), full 16 bytes. */
    static byte[] cmac(byte[] key, byte[] message) {
        requireKey(key, "key");
        CMac mac = new CMac(AESEngine.newInstance());
        mac.init(new KeyParameter(key));
        mac.update(message, 0, message.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    // A wrong key length is a configuration error, not bad input from the phone.
    private static void requireKey(byte[] key, String name) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException(name + " must be 16 bytes (AES-128)");
        }
    }
}
