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
import java.time.LocalDate;
import java.time.YearMonth;
import se.hemtjanst.billing.domain.ExactHours;
import se.hemtjanst.billing.domain.ExcessCase;
import se.hemtjanst.billing.domain.ExcessDeadlines;
import se.hemtjanst.billing.domain.ExcessStatus;
import se.hemtjanst.billing.domain.ServiceRow;

/**
 * A case of time over the 110 % limit, stored: its figures, deadlines and the steps taken (who and when). The
 * rules of the workflow live in {@link ExcessCase}; this row is restored into one for every step.
 */
@Entity
@Table(name = "excess_case")
public class ExcessCaseRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "excess_case_seq")
    @SequenceGenerator(name = "excess_case_seq", sequenceName = "excess_case_seq", allocationSize = 50)
    private Long id;

    @Column(name = "settlement_id")
    private long settlementId;

    @Column(name = "provider_id")
    private long providerId;

    @Column(name = "client_id")
    private long clientId;

    @Column(name = "billed_month")
    private String billedMonth;

    @Column(name = "row_kind")
    private String rowKind;

    @Column(name = "service_code")
    private String serviceCode;

    @Column(name = "excess_hours")
    private BigDecimal excessHours;

    @Column(name = "excess_amount")
    private BigDecimal excessAmount;

    @Column(name = "explain_by")
    private LocalDate explainBy;

    @Column(name = "decide_by")
    private LocalDate decideBy;

    @Enumerated(EnumType.STRING)
    private ExcessStatus status;

    private String explanation;

    @Column(name = "explained_by")
    private String explainedBy;

    @Column(name = "explained_on")
    private LocalDate explainedOn;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    /** Set once the case is settled for good, by a decision or by a deadline passing (the timer). */
    private String outcome;

    @Version
    private long version;

    protected ExcessCaseRow() {
    }

    public ExcessCaseRow(long settlementId, long providerId, long clientId, YearMonth month, SettlementRow line,
                         ExcessDeadlines deadlines) {
        this.settlementId = settlementId;
        this.providerId = providerId;
        this.clientId = clientId;
        this.billedMonth = month.toString();
        this.rowKind = line.rowKind();
        this.serviceCode = line.serviceCode();
        this.excessHours = line.excessHours();
        this.excessAmount = line.excessAmount();
        this.explainBy = deadlines.explainBy();
        this.decideBy = deadlines.decideBy();
        this.status = ExcessStatus.DETECTED;
    }

    /** The workflow object with this row's state. */
    public ExcessCase toCase() {
        return ExcessCase.restore(String.valueOf(clientId), new ServiceRow(ServiceRow.Kind.valueOf(rowKind), serviceCode),
                ExactHours.ofHours(excessHours), new ExcessDeadlines(YearMonth.parse(billedMonth), explainBy, decideBy),
                status, explanation, explainedOn, decisionNote, decidedOn);
    }

    /** Takes over the state after a step, with who took it. */
    public void apply(ExcessCase c, String by) {
        if (c.recordedStatus() == ExcessStatus.EXPLAINED && status != ExcessStatus.EXPLAINED) {
            explainedBy = by;
        }
        if (c.recordedStatus() == ExcessStatus.APPROVED || c.recordedStatus() == ExcessStatus.REJECTED) {
            decidedBy = by;
            outcome = c.recordedStatus().name();
        }
        status = c.recordedStatus();
        explanation = c.explanation();
        explainedOn = c.explainedOn();
        decisionNote = c.decisionNote();
        decidedOn = c.decidedOn();
    }

    /** The timer records a deadline outcome (not explained in time: not paid; not decided in time: paid). */
    public boolean settleByDate(LocalDate today) {
        if (outcome != null) {
            return false;
        }
        ExcessStatus now = toCase().statusOn(today);
        if (now == ExcessStatus.LAPSED_UNEXPLAINED || now == ExcessStatus.PAID_UNDECIDED) {
            outcome = now.name();
            return true;
        }
        return false;
    }

    public Long id() { return id; }
    public long settlementId() { return settlementId; }
    public long providerId() { return providerId; }
    public long clientId() { return clientId; }
    public YearMonth month() { return YearMonth.parse(billedMonth); }
    public String rowKind() { return rowKind; }
    public String serviceCode() { return serviceCode; }
    public BigDecimal excessHours() { return excessHours; }
    public BigDecimal excessAmount() { return excessAmount; }
    public LocalDate explainBy() { return explainBy; }
    public LocalDate decideBy() { return decideBy; }
    public ExcessStatus status() { return status; }
    public String explanation() { return explanation; }
    public String explainedBy() { return explainedBy; }
    public LocalDate explainedOn() { return explainedOn; }
    public String decisionNote() { return decisionNote; }
    public String decidedBy() { return decidedBy; }
    public LocalDate decidedOn() { return decidedOn; }
    public String outcome() { return outcome; }
}
