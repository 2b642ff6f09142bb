package se.hemtjanst.messaging.domain;

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
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.order.domain.FrameOrder;
import se.hemtjanst.order.domain.LifeArea;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * One message about a client from one team mailbox to another. Written once; only the receiving team's reading
 * is recorded on it.
 */
@Entity
@Table(name = "team_message")
public class TeamMessage {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 4000;
    /** A changed-needs message must describe the change, not just say that time is too little. */
    public static final int MIN_CHANGED_NEEDS_TEXT = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_message_seq")
    @SequenceGenerator(name = "team_message_seq", sequenceName = "team_message_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_kind")
    private Mailbox.Kind fromKind;

    @Column(name = "from_unit_id")
    private long fromUnitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_kind")
    private Mailbox.Kind toKind;

    @Column(name = "to_unit_id")
    private long toUnitId;

    @Enumerated(EnumType.STRING)
    private MessageKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private FrameOrder order;

    /** Comma-separated {@link LifeArea} names the changed needs concern. */
    @Column(name = "life_areas")
    private String lifeAreas;

    private String subject;
    private String body;

    @Column(name = "sent_by")
    private String sentBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "read_by")
    private String readBy;

    @Column(name = "read_at")
    private Instant readAt;

    protected TeamMessage() {
    }

    /**
     * Writes a message. A changed-needs message and a review request must refer to an order of the client that is
     * in force; a changed-needs message also names the life areas whose needs changed and describes the change.
     */
    public TeamMessage(Client client, Mailbox from, Mailbox to, MessageKind kind, FrameOrder order,
                       Set<LifeArea> lifeAreas, String subject, String body, String sentBy, Instant sentAt) {
        this.client = Objects.requireNonNull(client, "client");
        this.kind = kind == null ? MessageKind.GENERAL : kind;
        this.subject = text(subject, "subject", 1, MAX_SUBJECT, "message.subject.required");
        if (this.kind == MessageKind.GENERAL) {
            this.body = text(body, "body", 1, MAX_BODY, "message.body.required");
        } else {
            if (order == null) {
                throw new InvalidInputException("message.order.required", "orderId",
                        this.kind + " messages must refer to the client's frame order (orderId)");
            }
            if (!order.client().id().equals(client.id()) || !order.status().active()) {
                throw new InvalidInputException("message.order.notActive", "orderId",
                        "Order " + order.id() + " is not an order in force for this client");
            }
            this.body = text(body, "body", MIN_CHANGED_NEEDS_TEXT, MAX_BODY, "message.changedNeeds.text");
        }
        if (this.kind == MessageKind.CHANGED_NEEDS && (lifeAreas == null || lifeAreas.isEmpty())) {
            throw new InvalidInputException("message.changedNeeds.lifeAreas", "lifeAreas",
                    "A changed-needs message names the life areas whose needs changed (lifeAreas)");
        }
        if (from.equals(to)) {
            throw new ConflictException("message.sameMailbox", null, "A message goes to another team's mailbox");
        }
        this.order = order;
        this.lifeAreas = lifeAreas == null || lifeAreas.isEmpty() ? null
                : EnumSet.copyOf(lifeAreas).stream().map(Enum::name).collect(Collectors.joining(","));
        this.fromKind = from.kind();
        this.fromUnitId = from.unitId();
        this.toKind = to.kind();
        this.toUnitId = to.unitId();
        this.sentBy = Objects.requireNonNull(sentBy, "sentBy");
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    }

    private static String text(String text, String field, int min, int max, String key) {
        String t = text == null ? "" : text.strip();
        if (t.length() < min || t.length() > max) {
            throw new InvalidInputException(key, field, field + " must be " + min + "-" + max + " characters", min, max);
        }
        return t;
    }

    /** The receiving team has read it; the first reader is kept. */
    public void markRead(String by, Instant at) {
        if (readAt == null) {
            readBy = Objects.requireNonNull(by, "by");
            readAt = Objects.requireNonNull(at, "at");
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long id() { return id; }
    public Client client() { return client; }
    public Mailbox from() { return new Mailbox(fromKind, fromUnitId); }
    public Mailbox to() { return new Mailbox(toKind, toUnitId); }
    public MessageKind kind() { return kind; }
    public FrameOrder order() { return order; }
    public Set<LifeArea> lifeAreas() {
        return lifeAreas == null ? Set.of() : Arrays.stream(lifeAreas.split(",")).map(LifeArea::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LifeArea.class)));
    }
    public String subject() { return subject; }
    public String body() { return body; }
    public String sentBy() { return sentBy; }
    public Instant sentAt() { return sentAt; }
    public String readBy() { return readBy; }
    public Instant readAt() { return readAt; }
}
