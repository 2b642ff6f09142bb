package se.hemtjanst.visit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys of NTAG 424 DNA tags. Each tag's SDM file-read key is stored encrypted (AES-GCM) under the server's
 * tag encryption key; the SDM meta-read key, shared by the municipality's tags, decrypts the tag's PICC data.
 * Both keys are server variables ({@code hemtjanst.tag.encryptionKey}, {@code hemtjanst.sun.metaReadKey}, hex);
 * they are never in the database or the code.
 */
@ApplicationScoped
public class TagKeys {

    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Optional: MicroProfile Config treats an empty default as missing and would refuse to deploy the application;
     * a server without the keys starts, and the first NTAG 424 scan or tag registration says which key is missing.
     */
    @Inject
    @ConfigProperty(name = "hemtjanst.tag.encryptionKey")
    Optional<String> encryptionKeyHex;

    @Inject
    @ConfigProperty(name = "hemtjanst.sun.metaReadKey")
    Optional<String> metaReadKeyHex;

    /** The 16-byte key from 32 hex characters, or a refusal naming what is wrong. */
    public static byte[] aesKey(String hex, String name) {
        String h = hex == null ? "" : hex.strip();
        if (!h.matches("[0-9a-fA-F]{32}|[0-9a-fA-F]{64}")) {
            throw new IllegalStateException(name + " must be 32 or 64 hex characters (AES-128/256)");
        }
        return HexFormat.of().parseHex(h);
    }

    public byte[] metaReadKey() {
        return aesKey(metaReadKeyHex.orElse(""), "The server variable hemtjanst.sun.metaReadKey");
    }

    /** Encrypts a tag's file-read key for storage: Base64 of IV || ciphertext+tag. */
    public String seal(byte[] fileReadKey) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey(encryptionKeyHex.orElse(""),
                    "The server variable hemtjanst.tag.encryptionKey"), "AES"), new GCMParameterSpec(128, iv));
            byte[] sealed = c.doFinal(fileReadKey);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt the tag key", e);
        }
    }

    public byte[] open(String sealedBase64) {
        try {
            byte[] all = Base64.getDecoder().decode(sealedBase64);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey(encryptionKeyHex.orElse(""),
                    "The server variable hemtjanst.tag.encryptionKey"), "AES"),
                    new GCMParameterSpec(128, all, 0, IV_BYTES));
            return c.doFinal(all, IV_BYTES, all.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt the tag key (wrong hemtjanst.tag.encryptionKey?)", e);
        }
    }
}
