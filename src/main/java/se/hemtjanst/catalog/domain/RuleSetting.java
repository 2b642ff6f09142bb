package se.hemtjanst.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import se.hemtjanst.shared.domain.ValidityPeriod;

/**
 * A rule parameter with a validity period, e.g. the coordination gain of the calculation support. Municipalities
 * differ and rules change over time, so rules are data: a change is a new row from a date, never an edit of the
 * past.
 */
@Entity
@Table(name = "rule_setting")
public class RuleSetting {

    /** Calculation support: percent taken off the shorter services of a shared visit. */
    public static final String COORDINATION_GAIN_PERCENT = "calc.coordinationGainPercent";
    /** Calculation support: minutes added to a visit that holds a single service. */
    public static final String SINGLE_SERVICE_EXTRA_MINUTES = "calc.singleServiceExtraMinutes";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rule_setting_seq")
    @SequenceGenerator(name = "rule_setting_seq", sequenceName = "rule_setting_seq", allocationSize = 50)
    private Long id;

    @Column(name = "setting_key")
    private String key;

    @Column(name = "setting_value")
    private String value;

    @Embedded
    private ValidityPeriod validity;

    @Version
    private long version;

    protected RuleSetting() {
    }

    public RuleSetting(String key, String value, ValidityPeriod validity) {
        this.key = Objects.requireNonNull(key, "key");
        this.value = Objects.requireNonNull(value, "value");
        this.validity = Objects.requireNonNull(validity, "validity");
    }

    /** Ends this value the day before a new one takes over. */
    public void endBefore(java.time.LocalDate newFrom) {
        validity = new ValidityPeriod(validity.validFrom(), newFrom.minusDays(1));
    }

    public Long id() { return id; }
    public String key() { return key; }
    public String value() { return value; }
    public ValidityPeriod validity() { return validity; }
}
