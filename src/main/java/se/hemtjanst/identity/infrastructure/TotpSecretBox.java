package se.hemtjanst.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
 * Keeps TOTP secrets encrypted at rest (AES-GCM under the server variable {@code hemtjanst.totp.encryptionKey}, hex),
 * so a copy of the database alone does not give anyone a person's second factor. The key is never in the database.
 */
@ApplicationScoped
public class TotpSecretBox {

    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String VARIABLE = "The server variable hemtjanst.totp.encryptionKey";

    /** Optional: MicroProfile Config treats an empty default as missing and would refuse to deploy the application. */
    @Inject
    @ConfigProperty(name = "hemtjanst.totp.encryptionKey")
    Optional<String> keyHex;

    private SecretKeySpec key() {
        String h = keyHex == null ? "" : keyHex.orElse("").strip();
        if (!h.matches("[0-9a-fA-F]{32}|[0-9a-fA-F]{64}")) {
            throw new IllegalStateException(VARIABLE + " must be 32 or 64 hex characters (AES-128/256)");
        }
        return new SecretKeySpec(HexFormat.of().parseHex(h), "AES");
    }

    public String seal(String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            byte[] sealed = c.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt the TOTP secret", e);
        }
    }

    public String open(String sealedBase64) {
        try {
            byte[] all = Base64.getDecoder().decode(sealedBase64);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(c.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a TOTP secret (wrong hemtjanst.totp.encryptionKey?)", e);
        }
    }
}
