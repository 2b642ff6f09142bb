package se.hemtjanst.order.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.organization.domain.Provider;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.ValidityPeriod;

/**
 * The head of a frame order (rambeställning): which provider serves which client, for which period, and where
 * the order is in its life. An active order (sent or acknowledged) is what lets the provider's people reach the
 * client. Versions with the granted services and ramtid hang off this head.
 */
@Entity
@Table(name = "frame_order")
public class FrameOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frame_order_seq")
    @SequenceGenerator(name = "frame_order_seq", sequenceName = "frame_order_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @Enumerated(EnumType.STRING)
    private OrderStatus status = OrderStatus.DRAFT;

    @Embedded
    private ValidityPeriod validity;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    /** The last day the order is in force when it was ended; before its start means it never applied. */
    @Column(name = "ended_on")
    private java.time.LocalDate endedOn;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "end_reason")
    private String endReason;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("versionNo")
    private List<OrderVersion> versions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "order_pause", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "pause_no")
    private List<Pause> pauses = new ArrayList<>();

    @Version
    private long version;

    protected FrameOrder() {
    }

    public FrameOrder(Client client, Provider provider, ValidityPeriod validity, String createdBy, Instant createdAt) {
        this.client = Objects.requireNonNull(client, "client");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.validity = Objects.requireNonNull(validity, "validity");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Writes the next version. Before the order is sent the first version may be replaced freely as a draft; after
     * that every change is a new version with its reason, and the old versions stay.
     */
    public OrderVersion writeVersion(VersionContent content, String by, Instant at) {
        if (status == OrderStatus.ENDED) {
            throw new ConflictException("order.status.ended", null, "Order " + id + " has ended; write a new order");
        }
        if (content.appliesFrom().isBefore(validity.validFrom())) {
            throw new se.hemtjanst.shared.domain.InvalidInputException("order.appliesFrom.beforeOrder", "appliesFrom",
                    "A version cannot apply before the order starts (" + validity.validFrom() + ")");
        }
        OrderVersion next = new OrderVersion(this, versions.size() + 1, content, by, at);
        versions.add(next);
        if (status == OrderStatus.ACKNOWLEDGED) {
            // The provider must acknowledge the changed order again.
            status = OrderStatus.SENT;
            acknowledgedAt = null;
            acknowledgedBy = null;
        }
        return next;
    }

    public void addPause(Pause pause) {
        if (pause.firstDay().isBefore(validity.validFrom())
                || (validity.validTo() != null && pause.lastDay().isAfter(validity.validTo()))) {
            throw new se.hemtjanst.shared.domain.InvalidInputException("order.pause.outsideOrder", "firstDay",
                    "A pause must lie within the order's validity " + validity);
        }
        pauses.add(pause);
    }

    public OrderVersion currentVersion() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    public List<OrderVersion> versions() { return List.copyOf(versions); }
    public List<Pause> pauses() { return List.copyOf(pauses); }

    public void send() {
        if (versions.isEmpty()) {
            throw new ConflictException("order.versions.empty", null, "Write the order's content before sending it");
        }
        if (status != OrderStatus.DRAFT) {
            throw new ConflictException("order.status.notDraft", null,
                    "Only a draft can be sent; order " + id + " is " + status);
        }
        status = OrderStatus.SENT;
    }

    /** The provider confirms receipt; only a sent order can be acknowledged, and only once. */
    public void acknowledge(String by, Instant at) {
        if (status != OrderStatus.SENT) {
            throw new ConflictException("order.status.notSent", null,
                    "Only a sent order can be acknowledged; order " + id + " is " + status);
        }
        status = OrderStatus.ACKNOWLEDGED;
        acknowledgedBy = Objects.requireNonNull(by, "by");
        acknowledgedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Ends the order after its last day: the provider no longer reaches the client through it, billing stops after
     * that day, and the versions stay readable. A draft is ended too (it can no longer be sent).
     */
    public void end(java.time.LocalDate lastDay, String reason, String by, Instant at) {
        if (status == OrderStatus.ENDED) {
            throw new ConflictException("order.status.ended", null, "Order " + id + " has already ended");
        }
        Objects.requireNonNull(lastDay, "lastDay");
        status = OrderStatus.ENDED;
        endedOn = lastDay;
        endedAt = Objects.requireNonNull(at, "at");
        endedBy = Objects.requireNonNull(by, "by");
        endReason = reason;
        if (!lastDay.isBefore(validity.validFrom()) && (validity.validTo() == null || lastDay.isBefore(validity.validTo()))) {
            validity = new ValidityPeriod(validity.validFrom(), lastDay);
        }
    }

    public java.time.LocalDate endedOn() { return endedOn; }
    public Instant endedAt() { return endedAt; }
    public String endedBy() { return endedBy; }
    public String endReason() { return endReason; }

    public Long id() { return id; }
    public Client client() { return client; }
    public Provider provider() { return provider; }
    public OrderStatus status() { return status; }
    public ValidityPeriod validity() { return validity; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public String acknowledgedBy() { return acknowledgedBy; }
}
