package se.hemtjanst.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Accounts;
import se.hemtjanst.identity.domain.ApiToken;
import se.hemtjanst.identity.domain.Role;

/**
 * Checks passwords and bearer tokens. Called before anyone is authenticated (by the identity store and the
 * token endpoint), hence {@code @PermitAll}. Failures are logged without saying which half was wrong.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    private static final Logger LOG = Logger.getLogger(AuthenticationService.class.getName());

    /** A token lives at most one work shift. */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    public Optional<AuthenticatedCaller> verifyPassword(String username, char[] password) {
        Optional<Account> account = username == null ? Optional.empty() : accounts.byUsername(username.strip());
        boolean matches = hasher.verify(password, account.map(Account::passwordHash).orElseGet(hasher::dummyHash));
        if (account.isEmpty() || !matches || !account.get().enabled()) {
            LOG.warning(() -> "Failed login for username '" + sanitize(username) + "'");
            return Optional.empty();
        }
        return Optional.of(callerOf(account.get()));
    }

    public Optional<IssuedToken> issueToken(String username, char[] password) {
        return verifyPassword(username, password).map(caller -> {
            Account account = accounts.byUsername(caller.username()).orElseThrow();
            byte[] raw = new byte[32];
            RANDOM.nextBytes(raw);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            Instant now = clock.instant();
            ApiToken stored = accounts.addToken(new ApiToken(account, sha256(token), now, now.plus(TOKEN_LIFETIME)));
            return new IssuedToken(token, stored.expiresAt(), account.username());
        });
    }

    public Optional<AuthenticatedCaller> verifyToken(String token) {
        if (token == null || token.length() < 20 || token.length() > 200) {
            return Optional.empty();
        }
        return accounts.tokenByHash(sha256(token))
                .filter(t -> t.usableAt(clock.instant()))
                .map(t -> callerOf(t.account()));
    }

    private static AuthenticatedCaller callerOf(Account account) {
        return new AuthenticatedCaller(account.username(),
                account.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String sanitize(String s) {
        if (s == null) {
            return "";
        }
        String cut = s.length() > 60 ? s.substring(0, 60) : s;
        return cut.replaceAll("[^\\p{Alnum}._@-]", "?");
    }
}
