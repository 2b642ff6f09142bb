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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import se.hemtjanst.client.domain.Client;

/**
 * One tap as the phone sent it, keyed by the phone's scanId: a retry with the same body finds this row and gets
 * the original answer; it is never a second event. Keeps device time and its skew from the server's clock.
 */
@Entity
@Table(name = "scan")
public class Scan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scan_seq")
    @SequenceGenerator(name = "scan_seq", sequenceName = "scan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "scan_id")
    private String scanId;

    @Column(name = "body_hash")
    private String bodyHash;

    private String staff;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tag_id")
    private Tag tag;

    @Enumerated(EnumType.STRING)
    @Column(name = "scan_type")
    private ScanType type;

    @Column(name = "device_time")
    private Instant deviceTime;

    @Column(name = "device_offset_minutes")
    private int deviceOffsetMinutes;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "service_code")
    private String serviceCode;

    private boolean declined;

    @Column(name = "queued_offline")
    private boolean queuedOffline;

    @Column(name = "sun_counter")
    private Integer sunCounter;

    @Column(name = "skew_seconds")
    private long skewSeconds;

    @Enumerated(EnumType.STRING)
    private ScanOutcome outcome;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_id")
    private Visit visit;

    /** The answer given when the scan was accepted, returned as it was to every retry. */
    private String answer;

    protected Scan() {
    }

    public Scan(String scanId, String bodyHash, String staff, Tag tag, ScanType type, OffsetDateTime deviceTime,
                Instant receivedAt, String serviceCode, boolean declined, boolean queuedOffline, Integer sunCounter) {
        this.scanId = Objects.requireNonNull(scanId, "scanId");
        this.bodyHash = Objects.requireNonNull(bodyHash, "bodyHash");
        this.staff = Objects.requireNonNull(staff, "staff");
        this.tag = Objects.requireNonNull(tag, "tag");
        this.client = tag.client();
        this.type = Objects.requireNonNull(type, "type");
        this.deviceTime = deviceTime.toInstant();
        this.deviceOffsetMinutes = deviceTime.getOffset().getTotalSeconds() / 60;
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.serviceCode = Objects.requireNonNull(serviceCode, "serviceCode");
        this.declined = declined;
        this.queuedOffline = queuedOffline;
        this.sunCounter = sunCounter;
        this.skewSeconds = java.time.Duration.between(receivedAt, this.deviceTime).getSeconds();
    }

    public void recordOutcome(ScanOutcome outcome, Visit visit) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.visit = visit;
    }

    public void rememberAnswer(String json) {
        this.answer = json;
    }

    public String answer() { return answer; }
    public Long id() { return id; }
    public String scanId() { return scanId; }
    public String bodyHash() { return bodyHash; }
    public String staff() { return staff; }
    public Client client() { return client; }
    public Tag tag() { return tag; }
    public ScanType type() { return type; }
    public Instant deviceTime() { return deviceTime; }
    public OffsetDateTime deviceTimeWithOffset() {
        return deviceTime.atOffset(ZoneOffset.ofTotalSeconds(deviceOffsetMinutes * 60));
    }
    public Instant receivedAt() { return receivedAt; }
    public String serviceCode() { return serviceCode; }
    public boolean declined() { return declined; }
    public boolean queuedOffline() { return queuedOffline; }
    public Integer sunCounter() { return sunCounter; }
    public long skewSeconds() { return skewSeconds; }
    public ScanOutcome outcome() { return outcome; }
    public Visit visit() { return visit; }
}
