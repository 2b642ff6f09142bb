package se.hemtjanst.visit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The client has declined a tag in the home: visits to the client are registered manually, and shown so. */
@Entity
@Table(name = "tag_decline")
public class TagDecline {

    @Id
    @Column(name = "client_id")
    private Long clientId;

    private String reason;

    @Column(name = "declined_by")
    private String declinedBy;

    @Column(name = "declined_at")
    private Instant declinedAt;

    protected TagDecline() {
    }

    public TagDecline(long clientId, String reason, String by, Instant at) {
        this.clientId = clientId;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.declinedBy = Objects.requireNonNull(by, "by");
        this.declinedAt = Objects.requireNonNull(at, "at");
    }

    public Long clientId() { return clientId; }
    public String reason() { return reason; }
    public String declinedBy() { return declinedBy; }
    public Instant declinedAt() { return declinedAt; }
}
