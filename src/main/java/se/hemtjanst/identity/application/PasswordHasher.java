package se.hemtjanst.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 password hashing through Jakarta Security's own {@link Pbkdf2PasswordHash}. The stored form carries
 * algorithm, iterations and salt, so raising the cost later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

    /** OWASP's figure for PBKDF2-HMAC-SHA256 is higher; this keeps a login near 0.1 s on the 2-core servers. */
    static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    private volatile String dummyHash;

    /**
     * A real hash of a random password: verifying an unknown username against it costs as much as a real check,
     * so response times do not reveal which usernames exist.
     */
    public String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hash(java.util.UUID.randomUUID().toString().toCharArray());
        }
        return dummyHash;
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }
}
