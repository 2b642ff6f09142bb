package se.hemtjanst.billing.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The billing of one client for one month: one {@link SettlementLine} per row, what was not LOV-billed, and how
 * many visits were left out because they were not yet locked (still inside their deviation window). A settlement
 * with unlocked visits is preliminary ({@link #isFinal()} is false).
 */
public record ClientSettlement(String clientId, YearMonth month, BillingModel model, List<SettlementLine> lines,
                               NotBilled notBilled, int unlockedVisits) {

    public ClientSettlement {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(model, "model");
        lines = List.copyOf(lines);
        Objects.requireNonNull(notBilled, "notBilled");
    }

    public boolean isFinal() {
        return unlockedVisits == 0;
    }

    public Optional<SettlementLine> line(ServiceRow row) {
        return lines.stream().filter(l -> l.row().equals(row)).findFirst();
    }

    /** SEK for the month's compensated time (excess excluded): the sum of the rounded band lines. */
    public BigDecimal amount() {
        return lines.stream().map(SettlementLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The same settlement with the excess of one row counted as paid (its case ended paid). */
    public ClientSettlement withExcessPaid(ServiceRow row) {
        List<SettlementLine> changed = new ArrayList<>();
        boolean found = false;
        for (SettlementLine l : lines) {
            if (l.row().equals(row)) {
                changed.add(l.withExcessPaid());
                found = true;
            } else {
                changed.add(l);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no row " + row + " in the settlement of " + clientId);
        }
        return new ClientSettlement(clientId, month, model, changed, notBilled, unlockedVisits);
    }

    /** A new {@link ExcessCase} for every row with time over the limit. */
    public List<ExcessCase> detectExcess(ExcessDeadlines deadlines) {
        if (!deadlines.billedMonth().equals(month)) {
            throw new IllegalArgumentException("deadlines for " + deadlines.billedMonth() + ", not " + month);
        }
        return lines.stream().filter(l -> l.excess().signum() > 0)
                .map(l -> ExcessCase.detect(clientId, l.row(), l.excess(), deadlines)).toList();
    }
}
