package se.hemtjanst.billing.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import se.hemtjanst.billing.domain.BillingModel;
import se.hemtjanst.shared.domain.ConflictException;

/**
 * A provider's monthly settlement: RUNNING while the batch job writes its lines (with the progress), CALCULATED
 * when done, CLOSED for good. A closed settlement never changes; a correction after it is an adjustment line.
 */
@Entity
@Table(name = "settlement")
public class Settlement {

    public enum Status { RUNNING, CALCULATED, FAILED, CLOSED }

    /**
     * The hint for this row's bulk updates: bound parameters. EclipseLink writes a bulk update of a versioned row with
     * literals on Derby (the version's increment makes it "dynamic SQL"), so each run's ids and figures were a new
     * statement that Derby compiled into a class of its own and the JIT compiled again: 400 of them a month's run.
     */
    public static final String BIND = "eclipselink.jdbc.bind-parameters";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "settlement_seq")
    @SequenceGenerator(name = "settlement_seq", sequenceName = "settlement_seq", allocationSize = 50)
    private Long id;

    @Column(name = "provider_id")
    private long providerId;

    @Column(name = "billed_month")
    private String billedMonth;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private BillingModel model;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "clients_total")
    private int clientsTotal;

    @Column(name = "clients_done")
    private int clientsDone;

    private BigDecimal amount;

    @Column(name = "unlocked_visits")
    private int unlockedVisits;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Settlement() {
    }

    public Settlement(long providerId, YearMonth month, String by, Instant at) {
        this.providerId = providerId;
        this.billedMonth = month.toString();
        restart(by, at);
    }

    /** A new run (first or again): only while not closed. */
    public final void restart(String by, Instant at) {
        if (status == Status.CLOSED) {
            throw new ConflictException("billing.settlement.closed", null, "The settlement of " + billedMonth
                    + " is closed; corrections are adjustment lines");
        }
        if (status == Status.RUNNING) {
            throw new ConflictException("billing.settlement.running", null, "The settlement of " + billedMonth
                    + " is already running");
        }
        status = Status.RUNNING;
        clientsDone = 0;
        clientsTotal = 0;
        amount = null;
        unlockedVisits = 0;
        startedBy = Objects.requireNonNull(by, "by");
        startedAt = Objects.requireNonNull(at, "at");
        jobExecutionId = null;
    }

    /** The billing model of the month, fixed when the run is prepared (before its job starts). */
    public void ruledBy(BillingModel model) {
        this.model = model;
    }

    public void failed() {
        status = Status.FAILED;
    }

    public void close(String by, Instant at) {
        if (status != Status.CALCULATED) {
            throw new ConflictException("billing.settlement.notCalculated", null,
                    "Only a calculated settlement can be closed; this one is " + status);
        }
        if (unlockedVisits > 0) {
            throw new ConflictException("billing.settlement.openVisits", null, unlockedVisits
                    + " visits of the month are still open for correction; close when they are locked", unlockedVisits);
        }
        status = Status.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    public Long id() { return id; }
    public long providerId() { return providerId; }
    public YearMonth month() { return YearMonth.parse(billedMonth); }
    public Status status() { return status; }
    public BillingModel model() { return model; }
    public Long jobExecutionId() { return jobExecutionId; }
    public int clientsTotal() { return clientsTotal; }
    public int clientsDone() { return clientsDone; }
    public BigDecimal amount() { return amount; }
    public int unlockedVisits() { return unlockedVisits; }
    public String startedBy() { return startedBy; }
    public Instant startedAt() { return startedAt; }
    public String closedBy() { return closedBy; }
    public Instant closedAt() { return closedAt; }
}
