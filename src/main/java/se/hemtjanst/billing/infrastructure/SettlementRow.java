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

    /**
     * The difference between what the month is worth now and what was settled so far (the closed lines and any
     * earlier adjustments): a separate line, so the closed settlement itself never changes.
     */
    public static SettlementRow adjustment(SettlementRow now, SettlementRow settled, String note) {
        SettlementRow a = new SettlementRow();
        a.settlementId = now.settlementId;
        a.clientId = now.clientId;
        a.rowKind = now.rowKind;
        a.serviceCode = now.serviceCode;
        a.label = now.label;
        a.grantedHours = now.grantedHours.subtract(settled.grantedHours);
        a.pauseHours = now.pauseHours.subtract(settled.pauseHours);
        a.grantedLovHours = now.grantedLovHours.subtract(settled.grantedLovHours);
        a.performedHours = now.performedHours.subtract(settled.performedHours);
        a.paidHours = now.paidHours.subtract(settled.paidHours);
        a.excessHours = now.excessHours.subtract(settled.excessHours);
        a.visits = now.visits - settled.visits;
        a.declinedVisits = now.declinedVisits - settled.declinedVisits;
        a.amount = now.amount.subtract(settled.amount);
        a.excessAmount = now.excessAmount.subtract(settled.excessAmount);
        a.adjustment = true;
        a.note = note.length() > 500 ? note.substring(0, 500) : note;
        return a;
    }

    /** A zero row of the same client and service row, to add settled lines onto. */
    public static SettlementRow zeroLike(SettlementRow like) {
        SettlementRow z = new SettlementRow();
        z.settlementId = like.settlementId;
        z.clientId = like.clientId;
        z.rowKind = like.rowKind;
        z.serviceCode = like.serviceCode;
        z.label = like.label;
        z.grantedHours = z.pauseHours = z.grantedLovHours = z.performedHours = z.paidHours = z.excessHours =
                BigDecimal.ZERO.setScale(2);
        z.amount = z.excessAmount = BigDecimal.ZERO.setScale(2);
        return z;
    }

    /** This row plus another of the same key (in memory only: for comparing). */
    public SettlementRow plus(SettlementRow o) {
        SettlementRow s = zeroLike(this);
        s.grantedHours = grantedHours.add(o.grantedHours);
        s.pauseHours = pauseHours.add(o.pauseHours);
        s.grantedLovHours = grantedLovHours.add(o.grantedLovHours);
        s.performedHours = performedHours.add(o.performedHours);
        s.paidHours = paidHours.add(o.paidHours);
        s.excessHours = excessHours.add(o.excessHours);
        s.visits = visits + o.visits;
        s.declinedVisits = declinedVisits + o.declinedVisits;
        s.amount = amount.add(o.amount);
        s.excessAmount = excessAmount.add(o.excessAmount);
        return s;
    }

    /** Same figures (hours, visits, amounts) as another row. */
    public boolean sameFigures(SettlementRow o) {
        return grantedHours.compareTo(o.grantedHours) == 0 && pauseHours.compareTo(o.pauseHours) == 0
                && grantedLovHours.compareTo(o.grantedLovHours) == 0
                && performedHours.compareTo(o.performedHours) == 0 && paidHours.compareTo(o.paidHours) == 0
                && excessHours.compareTo(o.excessHours) == 0 && visits == o.visits
                && declinedVisits == o.declinedVisits && amount.compareTo(o.amount) == 0
                && excessAmount.compareTo(o.excessAmount) == 0;
    }

    /** Client, row kind and service code: what a settled row and its adjustments share. */
    public String key() {
        return clientId + "/" + rowKind + "/" + serviceCode;
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
