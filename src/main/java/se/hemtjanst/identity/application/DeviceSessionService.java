package se.hemtjanst.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import se.hemtjanst.identity.domain.Account;
import se.hemtjanst.identity.domain.Accounts;
import se.hemtjanst.identity.domain.DeviceSession;
import se.hemtjanst.identity.domain.Role;
import se.hemtjanst.identity.domain.SecurityEvent.Kind;
import se.hemtjanst.identity.domain.TotpUse;
import se.hemtjanst.shared.domain.AccessDeniedException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.NotFoundException;

/**
 * Work shifts on staff phones. Starting one takes the full two-factor login and binds a random token to the device;
 * the 6-digit PIN then only wakes that session after it idled. Five wrong PINs in a row revoke it, and the next step
 * is the full login again. Start and end of each shift are kept for the reports.
 */
@Stateless
public class DeviceSessionService {

    @Inject
    Accounts accounts;

    @Inject
    AuthenticationService authentication;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityLog securityLog;

    @Inject
    SecuritySettings settings;

    @Inject
    Clock clock;

    /** A started shift: the only moment the raw token exists outside the phone. */
    public record Started(String token, DeviceSessionView session) {
    }

    /** What the phone may know about its session. */
    public record DeviceSessionView(long id, String username, String deviceId, Instant startedAt, Instant expiresAt,
                                    Instant endedAt, String state, boolean pinSet, long idleTimeoutSeconds,
                                    int pinAttemptsLeft) {
    }

    /** Outcome of a PIN attempt. */
    public enum Unlock { UNLOCKED, WRONG_PIN, REVOKED, NOT_LOCKABLE }

    public record UnlockResult(Unlock outcome, int attemptsLeft) {
    }

    @PermitAll
    public Started start(String username, char[] password, String code, String deviceId, String pin, String address) {
        String device = deviceId == null ? "" : deviceId.strip();
        if (device.isEmpty() || device.length() > 100) {
            throw new InvalidInputException("device.id.required", "deviceId",
                    "deviceId is required: the phone's stable installation id (1-100 characters)");
        }
        if (pin != null) {
            validatePin(pin);
        }
        LoginResult result = authentication.login(username, password, code, address, TotpUse.Purpose.DEVICE);
        if (!result.succeeded()) {
            throw new LoginRefusedException(result);
        }
        Account account = accounts.byUsername(result.caller().username()).orElseThrow();
        if (!account.has(Role.STAFF)) {
            securityLog.record(Kind.ACCESS_REFUSED, account.username(), account.username(), address,
                    "device session refused: not STAFF");
            throw new AccessDeniedException("device.staffOnly",
                    "Device sessions are for staff phones; other roles use POST /api/v1/tokens");
        }
        Instant now = clock.instant();
        for (DeviceSession earlier : accounts.openDeviceSessions(account)) {
            if (earlier.deviceId().equals(device)) {
                earlier.end(now, earlier.stateAt(now, settings.idleTimeout()) == DeviceSession.State.EXPIRED
                        ? DeviceSession.EndReason.EXPIRED : DeviceSession.EndReason.REPLACED);
            }
        }
        String token = AuthenticationService.newToken();
        DeviceSession session = accounts.addDeviceSession(new DeviceSession(account, device,
                AuthenticationService.sha256(token), now, settings.maxShift()));
        if (pin != null) {
            session.setPin(hasher.hash(pin.toCharArray()));
        }
        securityLog.record(Kind.DEVICE_SESSION_STARTED, account.username(), account.username(), address,
                "shift started on device " + device);
        return new Started(token, view(session, now));
    }

    @RolesAllowed(Role.STAFF_NAME)
    public DeviceSessionView current(long sessionId) {
        DeviceSession s = accounts.deviceSession(sessionId).orElseThrow(DeviceSessionService::gone);
        return view(s, clock.instant());
    }

    @RolesAllowed(Role.STAFF_NAME)
    public void setPin(long sessionId, String pin) {
        validatePin(pin);
        DeviceSession s = accounts.deviceSessionForUpdate(sessionId).orElseThrow(DeviceSessionService::gone);
        s.setPin(hasher.hash(pin.toCharArray()));
    }

    /** Ends the shift (logout): the token is dead at once. */
    @RolesAllowed(Role.STAFF_NAME)
    public DeviceSessionView end(long sessionId, String address) {
        DeviceSession s = accounts.deviceSessionForUpdate(sessionId).orElseThrow(DeviceSessionService::gone);
        Instant now = clock.instant();
        s.end(now, DeviceSession.EndReason.LOGOUT);
        securityLog.record(Kind.DEVICE_SESSION_ENDED, s.account().username(), s.account().username(), address,
                "shift ended on device " + s.deviceId());
        return view(s, now);
    }

    /**
     * The PIN of an idle session. Open to the unauthenticated (the session is locked, so nobody is signed in): the
     * raw token proves which session, the PIN who holds the phone.
     */
    @PermitAll
    public UnlockResult unlock(String token, String pin, String address) {
        if (token == null || pin == null || token.length() > 200) {
            return new UnlockResult(Unlock.NOT_LOCKABLE, 0);
        }
        Long id = accounts.deviceSessionByHash(AuthenticationService.sha256(token)).map(DeviceSession::id).orElse(null);
        if (id == null) {
            securityLog.record(Kind.TOKEN_REJECTED, null, null, address, "PIN unlock with an unknown token");
            return new UnlockResult(Unlock.NOT_LOCKABLE, 0);
        }
        DeviceSession s = accounts.deviceSessionForUpdate(id).orElseThrow();
        Instant now = clock.instant();
        DeviceSession.State state = s.stateAt(now, settings.idleTimeout());
        String username = s.account().username();
        if (state == DeviceSession.State.ENDED || state == DeviceSession.State.EXPIRED || !s.account().enabled()
                || !s.hasPin()) {
            securityLog.record(Kind.TOKEN_REJECTED, username, null, address,
                    "PIN unlock of a session that is " + (s.hasPin() ? state : "without PIN"));
            return new UnlockResult(Unlock.NOT_LOCKABLE, 0);
        }
        if (hasher.verify(pin.toCharArray(), s.pinHash())) {
            s.unlocked(now);
            return new UnlockResult(Unlock.UNLOCKED, s.pinAttemptsLeft());
        }
        if (s.wrongPin(now)) {
            securityLog.record(Kind.PIN_LOCKOUT, username, null, address, DeviceSession.MAX_FAILED_PINS
                    + " wrong PINs: device session " + s.id() + " revoked; full login needed");
            return new UnlockResult(Unlock.REVOKED, 0);
        }
        securityLog.record(Kind.PIN_FAILED, username, null, address, "wrong PIN, " + s.pinAttemptsLeft()
                + " attempts left");
        return new UnlockResult(Unlock.WRONG_PIN, s.pinAttemptsLeft());
    }

    /** Six digits, not all alike and not a straight run (000000, 123456, 987654). */
    static void validatePin(String pin) {
        if (pin == null || !pin.matches("[0-9]{6}")) {
            throw new InvalidInputException("device.pin.format", "pin", "The PIN is exactly 6 digits");
        }
        boolean same = pin.chars().distinct().count() == 1;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < pin.length(); i++) {
            up &= pin.charAt(i) == pin.charAt(i - 1) + 1;
            down &= pin.charAt(i) == pin.charAt(i - 1) - 1;
        }
        if (same || up || down) {
            throw new InvalidInputException("device.pin.trivial", "pin",
                    "Choose a PIN that is not all one digit or a straight run");
        }
    }

    private DeviceSessionView view(DeviceSession s, Instant now) {
        Duration idle = settings.idleTimeout();
        return new DeviceSessionView(s.id(), s.account().username(), s.deviceId(), s.startedAt(), s.expiresAt(),
                s.endedAt(), s.stateAt(now, idle).name(), s.hasPin(), idle.toSeconds(), s.pinAttemptsLeft());
    }

    private static NotFoundException gone() {
        return new NotFoundException("device.session.gone", "The device session is gone");
    }

}
