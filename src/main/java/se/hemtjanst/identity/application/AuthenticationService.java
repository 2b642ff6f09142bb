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
import java.util.stream.Collectors;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Accounts;
import se.hemtjanst.identity.domain.ApiToken;
import se.hemtjanst.identity.domain.DeviceSession;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.identity.domain.SecurityEvent.Kind;
import se.hemtjanst.identity.domain.TotpUse;

/**
 * Two-factor login (password and TOTP code) for every channel, and the check of bearer tokens: API tokens and the
 * phones' device sessions. Called before anyone is authenticated, hence {@code @PermitAll}. Every attempt passes the
 * {@link LoginThrottle} first; every failure goes to the {@link SecurityLog} without saying which half was wrong.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    /** A token lives at most one work shift. */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    /** A device session's last activity is written at most this often (not on every scan). */
    static final Duration ACTIVITY_GRANULARITY = Duration.ofSeconds(10);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    TwoFactor twoFactor;

    @Inject
    LoginThrottle throttle;

    @Inject
    SecurityLog securityLog;

    @Inject
    SecuritySettings settings;

    @Inject
    ActivityGate activityGate;

    @Inject
    Clock clock;

    /**
     * Password and code. An account without an authenticator gets ENROLMENT_REQUIRED once its password is right;
     * the code is then not asked for (it has none).
     */
    public LoginResult login(String username, char[] password, String code, String address, TotpUse.Purpose purpose) {
        String name = username == null ? "" : username.strip();
        Optional<Duration> wait = throttle.retryAfter(name, address);
        if (wait.isPresent()) {
            securityLog.record(Kind.LOGIN_THROTTLED, name, null, address, purpose + ": wait " + wait.get().toSeconds()
                    + " s");
            return LoginResult.throttled(wait.get());
        }
        Optional<Account> account = accounts.byUsername(name);
        boolean matches = hasher.verify(password == null ? new char[0] : password,
                account.map(Account::passwordHash).orElseGet(hasher::dummyHash));
        if (account.isEmpty() || !matches || !account.get().enabled()) {
            return failed(name, address, purpose, account.isEmpty() ? "unknown username"
                    : !matches ? "wrong password" : "account disabled");
        }
        Account a = account.get();
        if (!a.totpEnrolled()) {
            throttle.succeeded(name, address);
            return LoginResult.enrolmentRequired(callerOf(a));
        }
        TwoFactor.Check check = twoFactor.verify(a, code, purpose);
        if (check != TwoFactor.Check.OK) {
            return failed(name, address, purpose, check == TwoFactor.Check.REPLAYED ? "TOTP code already used"
                    : "wrong or missing TOTP code");
        }
        throttle.succeeded(name, address);
        return LoginResult.success(callerOf(a));
    }

    private LoginResult failed(String name, String address, TotpUse.Purpose purpose, String why) {
        throttle.failed(name, address);
        securityLog.record(Kind.LOGIN_FAILED, name, null, address, purpose + ": " + why);
        return LoginResult.failed();
    }

    /** A bearer token for the REST API after a two-factor login; refused with the result otherwise. */
    public IssuedToken issueToken(String username, char[] password, String code, String address) {
        LoginResult result = login(username, password, code, address, TotpUse.Purpose.API);
        if (!result.succeeded()) {
            throw new LoginRefusedException(result);
        }
        Account account = accounts.byUsername(result.caller().username()).orElseThrow();
        String token = newToken();
        Instant now = clock.instant();
        ApiToken stored = accounts.addToken(new ApiToken(account, sha256(token), now, now.plus(TOKEN_LIFETIME)));
        return new IssuedToken(token, stored.expiresAt(), account.username());
    }

    /** Who a bearer token belongs to: an API token or a live, awake device session. */
    public TokenCheck verifyToken(String token) {
        if (token == null || token.length() < 20 || token.length() > 200) {
            return TokenCheck.rejected(TokenCheck.Rejection.INVALID);
        }
        String hash = sha256(token);
        Instant now = clock.instant();
        // Device sessions first: the phones' scans are by far the most frequent authenticated requests.
        Optional<DeviceSession> found = accounts.deviceSessionByHash(hash);
        if (found.isEmpty()) {
            Optional<ApiToken> apiToken = accounts.tokenByHash(hash);
            return apiToken.isPresent() && apiToken.get().usableAt(now)
                    ? TokenCheck.accepted(callerOf(apiToken.get().account()), null)
                    : TokenCheck.rejected(TokenCheck.Rejection.INVALID);
        }
        DeviceSession session = found.get();
        if (!session.account().enabled()) {
            if (activityGate.claim(session.id(), now, ACTIVITY_GRANULARITY)) {
                accounts.endDeviceSession(session.id(), now, DeviceSession.EndReason.ACCOUNT_DISABLED);
            }
            return TokenCheck.rejected(TokenCheck.Rejection.INVALID);
        }
        return switch (session.stateAt(now, settings.idleTimeout())) {
            case ACTIVE -> {
                if (!now.isBefore(session.lastActivityAt().plus(ACTIVITY_GRANULARITY))
                        && activityGate.claim(session.id(), now, ACTIVITY_GRANULARITY)) {
                    accounts.touchDeviceSession(session.id(), now);
                }
                yield TokenCheck.accepted(callerOf(session.account()), session.id());
            }
            case PIN_REQUIRED -> TokenCheck.rejected(TokenCheck.Rejection.PIN_REQUIRED);
            case EXPIRED -> {
                if (activityGate.claim(session.id(), now, ACTIVITY_GRANULARITY)) {
                    accounts.endDeviceSession(session.id(), session.expiresAt(), DeviceSession.EndReason.EXPIRED);
                }
                yield TokenCheck.rejected(TokenCheck.Rejection.EXPIRED);
            }
            case ENDED -> TokenCheck.rejected(TokenCheck.Rejection.INVALID);
        };
    }

    /** Whether a signed-in person's account is still enabled (screens ask once a minute). */
    public boolean stillEnabled(String username) {
        return accounts.byUsername(username).map(Account::enabled).orElse(false);
    }

    static AuthenticatedCaller callerOf(Account account) {
        return new AuthenticatedCaller(account.username(),
                account.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    static String newToken() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    public static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
