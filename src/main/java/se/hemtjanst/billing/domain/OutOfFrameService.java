package se.hemtjanst.billing.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A service ordered outside the frame with its own hours per month (avlösning, ledsagning, egenvård,
 * matdistribution, vak; natthjälp and digital tillsyn too, but those are not LOV-billed).
 */
public record OutOfFrameService(String serviceCode, String serviceName, BigDecimal hoursPerMonth, boolean lovBilled) {

    public OutOfFrameService {
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(hoursPerMonth, "hoursPerMonth");
        if (hoursPerMonth.signum() < 0) {
            throw new IllegalArgumentException("hours per month must not be negative");
        }
    }
}
