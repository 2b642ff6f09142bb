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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import se.hemtjanst.billing.domain.BillingModel;
import se.hemtjanst.billing.domain.BillingRules;
import se.hemtjanst.billing.domain.DaytimeBand;
import se.hemtjanst.billing.domain.HolidayTreatment;
import se.hemtjanst.billing.domain.TimeBand;

/** The stored form of {@link BillingRules}: one row per period of whole months. */
@Entity
@Table(name = "billing_rules")
public class BillingRulesRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "billing_rules_seq")
    @SequenceGenerator(name = "billing_rules_seq", sequenceName = "billing_rules_seq", allocationSize = 50)
    private Long id;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    private BillingModel model;

    @Column(name = "limit_percent")
    private BigDecimal limitPercent;

    @Column(name = "daytime_rate")
    private BigDecimal daytimeRate;

    @Column(name = "other_rate")
    private BigDecimal otherRate;

    @Column(name = "explanation_day")
    private int explanationDay;

    @Column(name = "decision_day")
    private int decisionDay;

    @Column(name = "declined_unpaid")
    private boolean declinedUnpaid;

    @Enumerated(EnumType.STRING)
    @Column(name = "ordered_time_band")
    private TimeBand orderedTimeBand;

    @Enumerated(EnumType.STRING)
    @Column(name = "holiday_treatment")
    private HolidayTreatment holidayTreatment;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected BillingRulesRow() {
    }

    public BillingRulesRow(BillingRules rules, String by, Instant at) {
        validFrom = rules.validFrom();
        validTo = rules.validTo();
        model = rules.model();
        limitPercent = rules.limitPercent();
        daytimeRate = rules.rate(TimeBand.DAYTIME);
        otherRate = rules.rate(TimeBand.OTHER_TIME);
        explanationDay = rules.explanationDay();
        decisionDay = rules.decisionDay();
        declinedUnpaid = rules.declinedVisitsUnpaid();
        orderedTimeBand = rules.orderedTimeBand();
        holidayTreatment = rules.daytimeBand().holidays();
        createdBy = by;
        createdAt = at;
    }

    public BillingRules toRules() {
        return BillingRules.builder(validFrom).validTo(validTo).model(model).limitPercent(limitPercent)
                .rates(daytimeRate, otherRate)
                .daytimeBand(new DaytimeBand(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 0),
                        LocalTime.of(22, 0), holidayTreatment))
                .deadlineDays(explanationDay, decisionDay).declinedVisitsUnpaid(declinedUnpaid)
                .orderedTimeBand(orderedTimeBand).build();
    }

    /** Ends this period with the month before a new one. */
    public void endBefore(LocalDate newFrom) {
        validTo = newFrom.minusDays(1);
    }

    public Long id() { return id; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
