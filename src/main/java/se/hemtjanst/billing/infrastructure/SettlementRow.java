package se.hemtjanst.billing.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import se.hemtjanst.billing.domain.SettlementLine;

/** One client's row (Ramtid, an in-frame service, a service outside the frame) in a settlement, in hours and SEK. */
@Entity
@Table(name = "settlement_line")
public class SettlementRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "settlement_line_seq")
    @SequenceGenerator(name = "settlement_line_seq", sequenceName = "settlement_line_seq", allocationSize = 50)
    private Long id;

    @Column(name = "settlement_id")
    private long settlementId;

    @Column(name = "client_id")
    private long clientId;

    @Column(name = "row_kind")
    private String rowKind;

    @Column(name = "service_code")
    private String serviceCode;

    private String label;

    @Column(name = "granted_hours")
    private BigDecimal grantedHours;

    @Column(name = "pause_hours")
    private BigDecimal pauseHours;

    @Column(name = "granted_lov_hours")
    private BigDecimal grantedLovHours;

    @Column(name = "performed_hours")
    private BigDecimal performedHours;

    @Column(name = "paid_hours")
    private BigDecimal paidHours;

    @Column(name = "excess_hours")
    private BigDecimal excessHours;

    private int visits;

    @Column(name = "declined_visits")
    private int declinedVisits;

    private BigDecimal amount;

    @Column(name = "excess_amount")
    private BigDecimal excessAmount;

    private boolean adjustment;
    private String note;

    protected SettlementRow() {
    }

    public SettlementRow(long settlementId, long clientId, SettlementLine line) {
        this.settlementId = settlementId;
        this.clientId = clientId;
        this.rowKind = line.row().kind().name();
        this.serviceCode = line.row().serviceCode();
        this.label = line.label();
        this.grantedHours = line.granted().granted().rounded();
        this.pauseHours = line.granted().pause().rounded();
        this.grantedLovHours = line.granted().grantedLov().rounded();
        this.performedHours = line.performedHours().rounded();
        this.paidHours = line.paidHours().rounded();
        this.excessHours = line.excess().rounded();
        this.visits = line.visits();
        this.declinedVisits = line.declinedVisits();
        this.amount = line.amount();
        this.excessAmount = line.excessAmount();
    }

    public Long id() { return id; }
    public long settlementId() { return settlementId; }
    public long clientId() { return clientId; }
    public String rowKind() { return rowKind; }
    public String serviceCode() { return serviceCode; }
    public String label() { return label; }
    public BigDecimal grantedHours() { return grantedHours; }
    public BigDecimal pauseHours() { return pauseHours; }
    public BigDecimal grantedLovHours() { return grantedLovHours; }
    public BigDecimal performedHours() { return performedHours; }
    public BigDecimal paidHours() { return paidHours; }
    public BigDecimal excessHours() { return excessHours; }
    public int visits() { return visits; }
    public int declinedVisits() { return declinedVisits; }
    public BigDecimal amount() { return amount; }
    public BigDecimal excessAmount() { return excessAmount; }
    public boolean adjustment() { return adjustment; }
    public String note() { return note; }
}
