package se.hemtjanst.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of the security log: a failed login, a refused request, a throttled attempt, a TOTP reset. Append-only,
 * like the access log; {@code username} is whom it concerns, {@code actor} who did it (for an ADMIN's reset).
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    public enum Kind {
        LOGIN_FAILED, LOGIN_THROTTLED, TOTP_ENROLLED, TOTP_RESET, ACCESS_REFUSED, TOKEN_REJECTED, PIN_FAILED,
        PIN_LOCKOUT, DEVICE_SESSION_STARTED, DEVICE_SESSION_ENDED, ACCOUNT_CREATED, ACCOUNT_DISABLED,
        PERMISSION_REQUESTED, PERMISSION_APPROVED, PERMISSION_REJECTED, PERMISSION_WITHDRAWN, EMPLOYMENT_ENDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String username;

    private String actor;

    @Column(name = "source_ip")
    private String sourceIp;

    private String detail;

    protected SecurityEvent() {
    }

    public SecurityEvent(Instant occurredAt, Kind kind, String username, String actor, String sourceIp,
                         String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.username = cut(username, 60);
        this.actor = cut(actor, 60);
        this.sourceIp = cut(sourceIp, 64);
        this.detail = cut(detail, 300);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public Kind kind() { return kind; }
    public String username() { return username; }
    public String actor() { return actor; }
    public String sourceIp() { return sourceIp; }
    public String detail() { return detail; }
}
