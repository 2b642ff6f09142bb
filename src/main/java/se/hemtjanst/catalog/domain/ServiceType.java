package se.hemtjanst.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import se.hemtjanst.shared.domain.InvalidInputException;
import se.hemtjanst.shared.domain.ValidityPeriod;

/**
 * A service in the catalogue (insats): code, name, main area, whether it counts against ramtid (in the frame)
 * or is ordered with its own time, whether LOV billing pays for it, its standard minutes per occurrence (the
 * basis of the calculation support) and its validity. One code may have several rows with non-overlapping
 * validity, so a changed standard time never rewrites history.
 */
@Entity
@Table(name = "service_type")
public class ServiceType {

    /** The in-frame visit code that visits are tied to by default ("RAM-tid"). */
    public static final String FRAME_VISIT_CODE = "RAM";

    public static final int MAX_STANDARD_MINUTES = 24 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_type_seq")
    @SequenceGenerator(name = "service_type_seq", sequenceName = "service_type_seq", allocationSize = 50)
    private Long id;

    private String code;
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "main_area_id")
    private MainArea mainArea;

    @Column(name = "in_frame")
    private boolean inFrame;

    @Column(name = "lov_billed")
    private boolean lovBilled;

    @Column(name = "standard_minutes")
    private Integer standardMinutes;

    @Embedded
    private ValidityPeriod validity;

    @Version
    private long version;

    protected ServiceType() {
    }

    public ServiceType(String code, String name, MainArea mainArea, boolean inFrame, boolean lovBilled,
                       Integer standardMinutes, ValidityPeriod validity) {
        this.code = validCode(code);
        change(name, mainArea, inFrame, lovBilled, standardMinutes, validity);
    }

    /** Changes everything but the code, which identifies the service across its validity rows. */
    public final void change(String name, MainArea mainArea, boolean inFrame, boolean lovBilled,
                             Integer standardMinutes, ValidityPeriod validity) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidInputException("catalog.name.invalid", "name", "name is required, at most 100 characters");
        }
        if (standardMinutes != null && (standardMinutes < 1 || standardMinutes > MAX_STANDARD_MINUTES)) {
            throw new InvalidInputException("catalog.standardMinutes.range", "standardMinutes",
                    "standardMinutes must be between 1 and " + MAX_STANDARD_MINUTES, 1, MAX_STANDARD_MINUTES);
        }
        this.name = name.strip();
        this.mainArea = Objects.requireNonNull(mainArea, "mainArea");
        this.inFrame = inFrame;
        this.lovBilled = lovBilled;
        this.standardMinutes = standardMinutes;
        this.validity = Objects.requireNonNull(validity, "validity");
    }

    static String validCode(String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!normalized.matches("[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9-]{0,19}")) {
            throw new InvalidInputException("catalog.code.invalid", "code",
                    "code must be 1-20 characters: letters, digits or '-'");
        }
        return normalized;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public MainArea mainArea() {
        return mainArea;
    }

    /** Counts against ramtid (RAM-tid) rather than being ordered with its own time. */
    public boolean inFrame() {
        return inFrame;
    }

    /** Paid under LOV billing (natthjälp and digital tillsyn are not). */
    public boolean lovBilled() {
        return lovBilled;
    }

    /** Standard minutes per occurrence, or null for services ordered with their own time. */
    public Integer standardMinutes() {
        return standardMinutes;
    }

    public ValidityPeriod validity() {
        return validity;
    }

    public long version() {
        return version;
    }
}
