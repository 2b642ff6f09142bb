package se.hemtjanst.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.UnprocessableException;

/**
 * The implementation plan (genomförandeplan) of one frame order, written by the provider with the client. It is
 * usable as soon as it is started, even unfinished; every save is a new revision (kept as {@link PlanRevision});
 * it is written against one version of the order, and a newer order version means it needs review. The current
 * content is kept as a document (JSON) next to the columns the follow-up queries need.
 */
@Entity
@Table(name = "implementation_plan")
public class ImplementationPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "implementation_plan_seq")
    @SequenceGenerator(name = "implementation_plan_seq", sequenceName = "implementation_plan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "client_id")
    private Long clientId;

    @Column(name = "provider_id")
    private Long providerId;

    /** The order version the current revision was written (or reviewed) against. */
    @Column(name = "order_version_no")
    private int orderVersionNo;

    @Column(name = "revision_no")
    private int revisionNo;

    @Lob
    @Column(name = "content")
    private String content;

    @Column(name = "planned_hours")
    private BigDecimal plannedHours;

    @Column(name = "sign_deadline")
    private LocalDate signDeadline;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "revised_at")
    private Instant revisedAt;

    @Column(name = "revised_by")
    private String revisedBy;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "signed_contact_person")
    private String signedContactPerson;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "signed_revision_no")
    private Integer signedRevisionNo;

    @Version
    private long version;

    protected ImplementationPlan() {
    }

    /** Starts the plan of an order; the signing deadline follows from the order's first day. */
    public ImplementationPlan(long orderId, long clientId, long providerId, LocalDate orderStart, String by,
                              Instant at) {
        this.orderId = orderId;
        this.clientId = clientId;
        this.providerId = providerId;
        this.signDeadline = SigningDeadline.of(Objects.requireNonNull(orderStart, "orderStart"));
        this.startedBy = Objects.requireNonNull(by, "by");
        this.startedAt = Objects.requireNonNull(at, "at");
        this.plannedHours = BigDecimal.ZERO.setScale(2);
    }

    /** Refuses a change based on an older state of the plan than the stored one. */
    public void checkVersion(Long expectedVersion) {
        if (expectedVersion == null || expectedVersion != version) {
            throw new ConflictException("plan.changedByOther", null, "Implementation plan " + id + " was changed by "
                    + (revisedBy == null ? "someone else" : revisedBy) + " meanwhile (version " + version
                    + ", yours " + expectedVersion + "); reload it and apply your change again");
        }
    }

    /**
     * Saves a revision. {@code writtenAgainst} is the order version the author worked from; when the order has a
     * newer version ({@code currentOrderVersionNo}), the revision is flagged as needing review against it.
     */
    public PlanRevision revise(PlanContent newContent, String json, int writtenAgainst, int currentOrderVersionNo,
                               BigDecimal ramtidHours, String by, Instant at) {
        if (writtenAgainst < 1 || writtenAgainst > currentOrderVersionNo) {
            throw new InvalidInputException("plan.orderVersion.unknown", "orderVersionNo",
                    "The order has no version " + writtenAgainst, writtenAgainst);
        }
        if (writtenAgainst < orderVersionNo) {
            throw new ConflictException("plan.orderVersion.older", "orderVersionNo", "The plan is already written "
                    + "against order version " + orderVersionNo + "; write against that one or a newer",
                    orderVersionNo);
        }
        revisionNo++;
        orderVersionNo = writtenAgainst;
        content = Objects.requireNonNull(json, "json");
        plannedHours = newContent.plannedHours();
        revisedBy = by;
        revisedAt = at;
        return new PlanRevision(this, revisionNo, PlanRevision.Event.SAVED, orderVersionNo,
                orderVersionNo < currentOrderVersionNo, plannedHours, ramtidHours, json, by, at);
    }

    /**
     * The client and the contact person sign the current revision. A signed plan is within ramtid, written against
     * the order as it is now, names the contact person and says how the client took part.
     */
    public PlanRevision sign(PlanContent current, FrameCheck frame, int currentOrderVersionNo, LocalDate on,
                             boolean clientSigned, String contactPerson, LocalDate today, String by, Instant at) {
        if (revisionNo == 0) {
            throw new ConflictException("plan.sign.empty", null, "Save the plan before signing it");
        }
        if (!frame.within()) {
            throw new UnprocessableException("plan.aboveRamtid", null, "Planned time " + frame.plannedHours()
                    + " h per month is " + frame.excessHours() + " h above ramtid " + frame.ramtidHours()
                    + " h; move time between services or ask the assessor for a new order", frame.excessHours(),
                    frame.ramtidHours());
        }
        if (needsReview(currentOrderVersionNo)) {
            throw new ConflictException("plan.sign.needsReview", null, "The order has a newer version ("
                    + currentOrderVersionNo + "); review the plan against it before signing", currentOrderVersionNo);
        }
        if (!clientSigned) {
            throw new InvalidInputException("plan.sign.client", "clientSigned",
                    "The client signs the plan together with the contact person");
        }
        if (contactPerson == null || contactPerson.isBlank() || contactPerson.length() > 200) {
            throw new InvalidInputException("plan.sign.contactPerson", "signedContactPerson",
                    "The contact person who signs is required (at most 200 characters)");
        }
        if (current.clientParticipation() == null) {
            throw new InvalidInputException("plan.sign.participation", "clientParticipation",
                    "Describe how the client took part before signing");
        }
        if (current.activities().isEmpty()) {
            throw new InvalidInputException("plan.sign.activities", "activities",
                    "A signed plan says how the ordered services are done");
        }
        if (on == null || on.isAfter(today) || on.isBefore(LocalDate.ofInstant(startedAt, java.time.ZoneId.of("Europe/Stockholm")))) {
            throw new InvalidInputException("plan.sign.date", "signedOn",
                    "The signing date is required, not in the future and not before the plan was started");
        }
        signedOn = on;
        signedContactPerson = contactPerson.strip();
        signedAt = at;
        signedBy = by;
        signedRevisionNo = revisionNo;
        return new PlanRevision(this, revisionNo, PlanRevision.Event.SIGNED, orderVersionNo, false, plannedHours,
                frame.ramtidHours(), content, by, at);
    }

    /** The order has a newer version than the one the plan was written against. */
    public boolean needsReview(int currentOrderVersionNo) {
        return orderVersionNo < currentOrderVersionNo;
    }

    public DeadlineStatus deadlineStatus(LocalDate today) {
        return SigningDeadline.status(signDeadline, signedOn, today);
    }

    /** Revised since it was signed: the changes are not yet signed by the client. */
    public boolean changedSinceSigning() {
        return signedRevisionNo != null && signedRevisionNo < revisionNo;
    }

    public Long id() { return id; }
    public Long orderId() { return orderId; }
    public Long clientId() { return clientId; }
    public Long providerId() { return providerId; }
    public int orderVersionNo() { return orderVersionNo; }
    public int revisionNo() { return revisionNo; }
    public String content() { return content; }
    public BigDecimal plannedHours() { return plannedHours; }
    public LocalDate signDeadline() { return signDeadline; }
    public Instant startedAt() { return startedAt; }
    public String startedBy() { return startedBy; }
    public Instant revisedAt() { return revisedAt; }
    public String revisedBy() { return revisedBy; }
    public LocalDate signedOn() { return signedOn; }
    public String signedContactPerson() { return signedContactPerson; }
    public Instant signedAt() { return signedAt; }
    public String signedBy() { return signedBy; }
    public Integer signedRevisionNo() { return signedRevisionNo; }
    public long version() { return version; }
}
