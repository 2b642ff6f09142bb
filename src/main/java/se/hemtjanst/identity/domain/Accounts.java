package se.hemtjanst.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Repository of accounts, their API tokens, device sessions and used TOTP steps. */
public interface Accounts {

    Optional<Account> byUsername(String username);

    Account add(Account account);

    ApiToken addToken(ApiToken token);

    Optional<ApiToken> tokenByHash(String tokenHash);

    long count();

    DeviceSession addDeviceSession(DeviceSession session);

    Optional<DeviceSession> deviceSessionByHash(String tokenHash);

    Optional<DeviceSession> deviceSession(long id);

    /** Sessions of the account not yet ended (to end them when the account is disabled or the device starts anew). */
    List<DeviceSession> openDeviceSessions(Account account);

    /** Ends a session without touching its version (concurrent requests of one phone must not collide). */
    void endDeviceSession(long id, Instant at, DeviceSession.EndReason reason);

    /** Records activity without touching the version, for the same reason. */
    void touchDeviceSession(long id, Instant at);

    /** The session locked for update (PIN checks are serialized, so five wrong PINs are five). */
    Optional<DeviceSession> deviceSessionForUpdate(long id);

    List<ApiToken> liveTokens(Account account, Instant now);

    /** Records a used TOTP step; false when it was already used for this purpose (a replay). */
    boolean useTotpStep(TotpUse use);

    void forgetTotpStepsBefore(Long accountId, long step);

    /** The providers of these accounts, in one query (a batch of scans from many phones). */
    java.util.Map<String, StaffUnit> staffUnits(java.util.Collection<String> usernames);
}
