package se.hemtjanst.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One saved revision (or the signing) of an implementation plan: an immutable snapshot of the content with who
 * and when, the order version it was written against and whether that was already outdated.
 */
@Entity
@Table(name = "plan_revision")
public class PlanRevision {

    public enum Event { SAVED, SIGNED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_revision_seq")
    @SequenceGenerator(name = "plan_revision_seq", sequenceName = "plan_revision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private ImplementationPlan plan;

    @Column(name = "revision_no")
    private int revisionNo;

    @Enumerated(EnumType.STRING)
    private Event event;

    @Column(name = "order_version_no")
    private int orderVersionNo;

    @Column(name = "needs_review")
    private boolean needsReview;

    @Column(name = "planned_hours")
    private BigDecimal plannedHours;

    @Column(name = "ramtid_hours")
    private BigDecimal ramtidHours;

    @Lob
    @Column(name = "content")
    private String content;

    @Column(name = "saved_by")
    private String savedBy;

    @Column(name = "saved_at")
    private Instant savedAt;

    protected PlanRevision() {
    }

    PlanRevision(ImplementationPlan plan, int revisionNo, Event event, int orderVersionNo, boolean needsReview,
                 BigDecimal plannedHours, BigDecimal ramtidHours, String content, String savedBy, Instant savedAt) {
        this.plan = plan;
        this.revisionNo = revisionNo;
        this.event = event;
        this.orderVersionNo = orderVersionNo;
        this.needsReview = needsReview;
        this.plannedHours = plannedHours;
        this.ramtidHours = ramtidHours;
        this.content = content;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public Long id() { return id; }
    public ImplementationPlan plan() { return plan; }
    public int revisionNo() { return revisionNo; }
    public Event event() { return event; }
    public int orderVersionNo() { return orderVersionNo; }
    public boolean needsReview() { return needsReview; }
    public BigDecimal plannedHours() { return plannedHours; }
    public BigDecimal ramtidHours() { return ramtidHours; }
    public String content() { return content; }
    public String savedBy() { return savedBy; }
    public Instant savedAt() { return savedAt; }
}
