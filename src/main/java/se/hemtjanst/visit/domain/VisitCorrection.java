package se.hemtjanst.visit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One audited change of a visit: what it was, what it became, who and why. The original stays readable. */
@Entity
@Table(name = "visit_correction")
public class VisitCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_correction_seq")
    @SequenceGenerator(name = "visit_correction_seq", sequenceName = "visit_correction_seq", allocationSize = 50)
    private Long id;

    @Column(name = "visit_id")
    private long visitId;

    private String action;

    @Column(name = "before_value")
    private String before;

    @Column(name = "after_value")
    private String after;

    private String reason;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected VisitCorrection() {
    }

    public VisitCorrection(long visitId, String action, String before, String after, String reason, String by,
                           Instant at) {
        this.visitId = visitId;
        this.action = Objects.requireNonNull(action, "action");
        this.before = before;
        this.after = after;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public Long id() { return id; }
    public long visitId() { return visitId; }
    public String action() { return action; }
    public String before() { return before; }
    public String after() { return after; }
    public String reason() { return reason; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
}
