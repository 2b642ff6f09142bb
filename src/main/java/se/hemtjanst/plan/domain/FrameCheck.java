package se.hemtjanst.plan.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Planned time against ramtid, per month. Both figures are hours rounded once to two decimals (ramtid is stored so),
 * so a plan that does exactly what the order computed is within the frame. Time may be moved freely between
 * services: only the total counts.
 */
public record FrameCheck(BigDecimal plannedHours, BigDecimal ramtidHours) {

    public FrameCheck {
        Objects.requireNonNull(plannedHours, "plannedHours");
        Objects.requireNonNull(ramtidHours, "ramtidHours");
    }

    public static FrameCheck of(PlanContent content, BigDecimal ramtidHours) {
        return new FrameCheck(content.plannedHours(), ramtidHours);
    }

    public boolean within() {
        return plannedHours.compareTo(ramtidHours) <= 0;
    }

    /** Hours above ramtid (zero when within). */
    public BigDecimal excessHours() {
        return within() ? BigDecimal.ZERO.setScale(2) : plannedHours.subtract(ramtidHours);
    }

    /** Hours left within ramtid (zero when above). */
    public BigDecimal remainingHours() {
        return within() ? ramtidHours.subtract(plannedHours) : BigDecimal.ZERO.setScale(2);
    }
}
