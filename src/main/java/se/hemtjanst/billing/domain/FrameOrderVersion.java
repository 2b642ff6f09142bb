package se.hemtjanst.billing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one version of a frame order grants while it is in force: ramtid (hours per month for the services inside
 * the frame) and the services outside the frame with their own hours per month. {@code validTo} is the last day
 * (inclusive) or null while the version is current.
 */
public record FrameOrderVersion(LocalDate validFrom, LocalDate validTo, BigDecimal ramtidHoursPerMonth,
                                List<OutOfFrameService> outOfFrameServices) {

    public FrameOrderVersion {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(ramtidHoursPerMonth, "ramtidHoursPerMonth");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("version ends before it starts: " + validFrom + ".." + validTo);
        }
        if (ramtidHoursPerMonth.signum() < 0) {
            throw new IllegalArgumentException("ramtid must not be negative");
        }
        outOfFrameServices = List.copyOf(outOfFrameServices == null ? List.of() : outOfFrameServices);
        Set<String> codes = new HashSet<>();
        for (OutOfFrameService s : outOfFrameServices) {
            if (!codes.add(s.serviceCode())) {
                throw new IllegalArgumentException("service " + s.serviceCode() + " twice in one version");
            }
        }
    }

    public FrameOrderVersion(LocalDate validFrom, LocalDate validTo, BigDecimal ramtidHoursPerMonth) {
        this(validFrom, validTo, ramtidHoursPerMonth, List.of());
    }

    boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
