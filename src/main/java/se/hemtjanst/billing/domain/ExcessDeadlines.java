package se.hemtjanst.billing.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The two deadlines for time over the limit of a billed month, both in the following month (possibly pushed into
 * the month after by {@link DeadlineShift}): the provider explains on or before {@code explainBy}, the assessor
 * approves or rejects on or before {@code decideBy}. Both days are inclusive.
 */
public record ExcessDeadlines(YearMonth billedMonth, LocalDate explainBy, LocalDate decideBy) {

    public ExcessDeadlines {
        Objects.requireNonNull(billedMonth, "billedMonth");
        Objects.requireNonNull(explainBy, "explainBy");
        Objects.requireNonNull(decideBy, "decideBy");
        if (!decideBy.isAfter(explainBy)) {
            throw new IllegalArgumentException("the decision deadline must come after the explanation deadline");
        }
    }
}
