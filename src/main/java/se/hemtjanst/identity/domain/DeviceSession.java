package se.hemtjanst.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A staff phone's work shift: started with two factors, bound to one device, at most one shift long. After an idle
 * period the session answers "PIN required" until the staff member's 6-digit PIN unlocks it; the fifth wrong PIN
 * revokes it. Start and end are kept for the reports. Only the SHA-256 of the token and a PBKDF2 hash of the PIN are
 * stored.
 */
@Entity
@Table(name = "device_session")
public class DeviceSession {

    /** Wrong PINs in a row that revoke the session. */
    public static final int MAX_FAILED_PINS = 5;

    public enum State { ACTIVE, PIN_REQUIRED, EXPIRED, ENDED }

    public enum EndReason { LOGOUT, EXPIRED, PIN_LOCKOUT, ACCOUNT_DISABLED, REPLACED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_session_seq")
    @SequenceGenerator(name = "device_session_seq", sequenceName = "device_session_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "device_id")
    private String deviceId;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    @Column(name = "pin_hash")
    private String pinHash;

    @Column(name = "failed_pins")
    private int failedPins;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;

    @Version
    private long version;

    protected DeviceSession() {
    }

    public DeviceSession(Account account, String deviceId, String tokenHash, Instant startedAt, Duration maxLength) {
        this.account = Objects.requireNonNull(account, "account");
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        if (maxLength.isNegative() || maxLength.isZero()) {
            throw new IllegalArgumentException("A shift must have a length");
        }
        this.expiresAt = startedAt.plus(maxLength);
        this.lastActivityAt = startedAt;
    }

    /** The state at a moment: ended (logout, revoked) wins over expired, which wins over idle. */
    public State stateAt(Instant now, Duration idleTimeout) {
        if (endedAt != null || revokedAt != null) {
            return State.ENDED;
        }
        if (!now.isBefore(expiresAt)) {
            return State.EXPIRED;
        }
        if (!now.isBefore(lastActivityAt.plus(idleTimeout))) {
            return State.PIN_REQUIRED;
        }
        return State.ACTIVE;
    }

    /** A request on an active session keeps it awake. */
    public void touch(Instant now) {
        if (now.isAfter(lastActivityAt)) {
            lastActivityAt = now;
        }
    }

    public void setPin(String pinHash) {
        this.pinHash = Objects.requireNonNull(pinHash, "pinHash");
        this.failedPins = 0;
    }

    public boolean hasPin() {
        return pinHash != null;
    }

    public String pinHash() {
        return pinHash;
    }

    /** The PIN was right: awake again, the count of wrong PINs starts over. */
    public void unlocked(Instant now) {
        failedPins = 0;
        lastActivityAt = now;
    }

    /** A wrong PIN; the fifth in a row revokes the session. Returns whether it is now revoked. */
    public boolean wrongPin(Instant now) {
        failedPins++;
        if (failedPins >= MAX_FAILED_PINS) {
            end(now, EndReason.PIN_LOCKOUT);
            return true;
        }
        return false;
    }

    public int pinAttemptsLeft() {
        return Math.max(0, MAX_FAILED_PINS - failedPins);
    }

    /** Ends the shift: logout, lockout, disabled account. An expired shift ended when its time ran out. */
    public void end(Instant now, EndReason reason) {
        if (endedAt != null) {
            return;
        }
        Instant at = now.isAfter(expiresAt) ? expiresAt : now;
        endedAt = at;
        endReason = Objects.requireNonNull(reason, "reason");
        if (reason != EndReason.LOGOUT && reason != EndReason.EXPIRED) {
            revokedAt = now;
        }
    }

    public Long id() { return id; }
    public Account account() { return account; }
    public String deviceId() { return deviceId; }
    public Instant startedAt() { return startedAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant endedAt() { return endedAt; }
    public Instant lastActivityAt() { return lastActivityAt; }
    public Instant revokedAt() { return revokedAt; }
    public EndReason endReason() { return endReason; }
    public int failedPins() { return failedPins; }
}
