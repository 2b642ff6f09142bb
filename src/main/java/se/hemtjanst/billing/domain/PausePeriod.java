package se.hemtjanst.billing.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Days the client is away (uppehåll), first and last day inclusive; may cross month borders. */
public record PausePeriod(LocalDate firstDay, LocalDate lastDay) {

    public PausePeriod {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("pause ends before it starts: " + firstDay + ".." + lastDay);
        }
    }
}
