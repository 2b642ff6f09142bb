package se.hemtjanst.order.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * One version of a frame order: the description of the client and needs, the purpose, goals per life area, the
 * granted services and the ramtid they give (computed, or overridden with a written reason). Immutable once
 * written: a change of needs makes the next version, with the reason for the change.
 */
@Entity
@Table(name = "order_version")
public class OrderVersion {

    public static final int MIN_REASON_LENGTH = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_version_seq")
    @SequenceGenerator(name = "order_version_seq", sequenceName = "order_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private FrameOrder order;

    @Column(name = "version_no")
    private int versionNo;

    @Column(name = "applies_from")
    private LocalDate appliesFrom;

    private String description;
    private String purpose;

    @Column(name = "change_reason")
    private String changeReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_service_line", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "line_no")
    private List<OrderedService> services = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_goal", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "goal_no")
    private List<OrderGoal> goals = new ArrayList<>();

    @Column(name = "computed_hours")
    private BigDecimal computedHours;

    @Column(name = "override_hours")
    private BigDecimal overrideHours;

    @Column(name = "override_reason")
    private String overrideReason;

    @Column(name = "gain_percent")
    private BigDecimal gainPercent;

    @Column(name = "single_extra_minutes")
    private int singleExtraMinutes;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected OrderVersion() {
    }

    OrderVersion(FrameOrder order, int versionNo, VersionContent content, String createdBy, Instant createdAt) {
        this.order = Objects.requireNonNull(order, "order");
        this.versionNo = versionNo;
        if (versionNo > 1 && (content.changeReason() == null
                || content.changeReason().strip().length() < MIN_REASON_LENGTH)) {
            throw new InvalidInputException("order.changeReason.required", "changeReason",
                    "A new version needs the reason for the change (changed needs), at least " + MIN_REASON_LENGTH
                            + " characters", MIN_REASON_LENGTH);
        }
        this.appliesFrom = content.appliesFrom();
        this.description = content.description();
        this.purpose = content.purpose();
        this.changeReason = content.changeReason() == null ? null : content.changeReason().strip();
        this.services = new ArrayList<>(content.services());
        this.goals = new ArrayList<>(content.goals());
        this.computedHours = content.computedHours();
        this.overrideHours = content.overrideHours();
        this.overrideReason = content.overrideReason();
        this.gainPercent = content.gainPercent();
        this.singleExtraMinutes = content.singleExtraMinutes();
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The ramtid in force for this version: the override when there is one, else the computed figure. */
    public BigDecimal ramtidHours() {
        return overrideHours != null ? overrideHours : computedHours;
    }

    public Long id() { return id; }
    public FrameOrder order() { return order; }
    public int versionNo() { return versionNo; }
    public LocalDate appliesFrom() { return appliesFrom; }
    public String description() { return description; }
    public String purpose() { return purpose; }
    public String changeReason() { return changeReason; }
    public List<OrderedService> services() { return List.copyOf(services); }
    public List<OrderGoal> goals() { return List.copyOf(goals); }
    public BigDecimal computedHours() { return computedHours; }
    public BigDecimal overrideHours() { return overrideHours; }
    public String overrideReason() { return overrideReason; }
    public BigDecimal gainPercent() { return gainPercent; }
    public int singleExtraMinutes() { return singleExtraMinutes; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
