package se.hemtjanst.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of validity in whole days: from a first day to an optional last day (inclusive); open-ended when
 * the last day is missing. Catalogue entries, rates and rule settings all carry one.
 */
@Embeddable
public class ValidityPeriod {

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected ValidityPeriod() {
    }

    public ValidityPeriod(LocalDate validFrom, LocalDate validTo) {
        if (validFrom == null) {
            throw new InvalidInputException("validity.from.required", "validFrom", "validFrom is required");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new InvalidInputException("validity.to.beforeFrom", "validTo",
                    "validTo (" + validTo + ") must not be before validFrom (" + validFrom + ")");
        }
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public static ValidityPeriod from(LocalDate validFrom) {
        return new ValidityPeriod(validFrom, null);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    /** The last valid day, or null when open-ended. */
    public LocalDate validTo() {
        return validTo;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean overlaps(ValidityPeriod other) {
        boolean thisStartsAfterOtherEnds = other.validTo != null && validFrom.isAfter(other.validTo);
        boolean otherStartsAfterThisEnds = validTo != null && other.validFrom.isAfter(validTo);
        return !thisStartsAfterOtherEnds && !otherStartsAfterThisEnds;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidityPeriod p && validFrom.equals(p.validFrom) && Objects.equals(validTo, p.validTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(validFrom, validTo);
    }

    @Override
    public String toString() {
        return validFrom + ".." + (validTo == null ? "" : validTo);
    }
}
