package se.hemtjanst.order.domain;

import java.math.BigDecimal;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * The rule parameters of the calculation support, as valid on the day an order version applies (rule settings
 * with validity dates): the coordination gain of a shared visit and the extra time of a single-service visit.
 */
public record CalculationParameters(BigDecimal coordinationGainPercent, int singleServiceExtraMinutes) {

    public CalculationParameters {
        if (coordinationGainPercent == null || coordinationGainPercent.signum() < 0
                || coordinationGainPercent.compareTo(BigDecimal.valueOf(50)) > 0) {
            throw new InvalidInputException("rule.gain.range", "coordinationGainPercent",
                    "The coordination gain must be 0-50 %");
        }
        if (singleServiceExtraMinutes < 0 || singleServiceExtraMinutes > 60) {
            throw new InvalidInputException("rule.extra.range", "singleServiceExtraMinutes",
                    "The single-service extra time must be 0-60 minutes");
        }
    }
}
