package se.hemtjanst.visit.domain;

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
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import se.hemtjanst.client.domain.Client;
import se.hemtjanst.shared.domain.ConflictException;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * An NFC tag mounted in a client's home. The UID identifies it; an NTAG 424 DNA tag also carries its SDM file-read
 * key (stored encrypted, never shown again) and the highest read counter seen, which exposes replays.
 */
@Entity
@Table(name = "nfc_tag")
public class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nfc_tag_seq")
    @SequenceGenerator(name = "nfc_tag_seq", sequenceName = "nfc_tag_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    private String uid;

    @Enumerated(EnumType.STRING)
    private TagKind kind;

    @Enumerated(EnumType.STRING)
    private TagStatus status = TagStatus.ACTIVE;

    /** AES-GCM encrypted K_SDMFileRead (Base64), NTAG 424 only. */
    @Column(name = "file_read_key")
    private String encryptedFileReadKey;

    @Column(name = "highest_counter")
    private Integer highestCounter;

    private String placement;

    @Column(name = "registered_by")
    private String registeredBy;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason")
    private String endReason;

    @Version
    private long version;

    protected Tag() {
    }

    public Tag(Client client, String uid, TagKind kind, String encryptedFileReadKey, String placement, String by,
               Instant at) {
        this.client = Objects.requireNonNull(client, "client");
        this.uid = normalizeUid(uid);
        this.kind = Objects.requireNonNull(kind, "kind");
        if (kind == TagKind.NTAG424 && (encryptedFileReadKey == null || encryptedFileReadKey.isBlank())) {
            throw new InvalidInputException("tag.key.required", "fileReadKey",
                    "An NTAG 424 DNA tag needs its SDM file-read key (32 hex characters)");
        }
        this.encryptedFileReadKey = kind == TagKind.NTAG424 ? encryptedFileReadKey : null;
        this.placement = placement == null || placement.isBlank() ? null : placement.strip();
        this.registeredBy = Objects.requireNonNull(by, "by");
        this.registeredAt = Objects.requireNonNull(at, "at");
    }

    /** A UID is 7 bytes: 14 hex characters, stored upper case. */
    public static String normalizeUid(String uid) {
        String u = uid == null ? "" : uid.strip().replace(":", "").toUpperCase(Locale.ROOT);
        if (!u.matches("[0-9A-F]{14}")) {
            throw new InvalidInputException("tag.uid.invalid", "tagUid",
                    "tagUid must be the tag's 7-byte UID as 14 hex characters, e.g. 04A22B1A3C5D80");
        }
        return u;
    }

    /** Takes the tag out of use for good (lost, copied, replaced, or the client ended); it stays in history. */
    public void end(TagStatus newStatus, String reason, String by, Instant at) {
        if (status != TagStatus.ACTIVE) {
            throw new ConflictException("tag.notActive", null, "Tag " + id + " is already " + status);
        }
        if (newStatus == TagStatus.ACTIVE) {
            throw new IllegalArgumentException("end to REVOKED or DETACHED");
        }
        status = newStatus;
        endReason = reason;
        endedBy = Objects.requireNonNull(by, "by");
        endedAt = Objects.requireNonNull(at, "at");
    }

    /** Records a verified SUN counter; the highest one seen is what replays are measured against. */
    public void sawCounter(int counter) {
        if (highestCounter == null || counter > highestCounter) {
            highestCounter = counter;
        }
    }

    public boolean isActive() { return status == TagStatus.ACTIVE; }
    public Long id() { return id; }
    public Client client() { return client; }
    public String uid() { return uid; }
    public TagKind kind() { return kind; }
    public TagStatus status() { return status; }
    public String encryptedFileReadKey() { return encryptedFileReadKey; }
    public Integer highestCounter() { return highestCounter; }
    public String placement() { return placement; }
    public String registeredBy() { return registeredBy; }
    public Instant registeredAt() { return registeredAt; }
    public String endedBy() { return endedBy; }
    public Instant endedAt() { return endedAt; }
    public String endReason() { return endReason; }
}
