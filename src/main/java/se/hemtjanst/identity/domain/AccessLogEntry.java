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
 * One row of the access log (loggkontroll under socialtjänst secrecy): who did what with which client's data,
 * when and from which unit. Append-only: no setters, never updated or deleted by the application.
 */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

    public enum Channel { WEB, API }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_log_seq")
    @SequenceGenerator(name = "access_log_seq", sequenceName = "access_log_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String username;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "client_id")
    private Long clientId;

    @Enumerated(EnumType.STRING)
    private AccessAction action;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String detail;

    protected AccessLogEntry() {
    }

    public AccessLogEntry(Instant occurredAt, String username, String unitName, Long clientId, AccessAction action,
                          Channel channel, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.username = Objects.requireNonNull(username, "username");
        this.unitName = unitName;
        this.clientId = clientId;
        this.action = Objects.requireNonNull(action, "action");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public String username() { return username; }
    public String unitName() { return unitName; }
    public Long clientId() { return clientId; }
    public AccessAction action() { return action; }
    public Channel channel() { return channel; }
    public String detail() { return detail; }
}
