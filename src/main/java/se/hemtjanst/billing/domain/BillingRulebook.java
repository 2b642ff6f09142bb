package se.hemtjanst.billing.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.hemtjanst.shared.domain.ConflictException;

/**
 * All billing rules of a municipality over time, without overlaps. Rules are picked by the billed month, never by
 * the day a visit happened or the day the billing runs: re-running a closed month gives the same result after a
 * rule change, and {@link #change(BillingRules, YearMonth)} refuses a change that would reach into a closed month.
 */
public final class BillingRulebook {

    private final List<BillingRules> rules;

    public BillingRulebook(List<BillingRules> rules) {
        List<BillingRules> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(BillingRules::validFrom));
        for (int i = 1; i < sorted.size(); i++) {
            LocalDate previousEnd = sorted.get(i - 1).validTo();
            if (previousEnd == null || !previousEnd.isBefore(sorted.get(i).validFrom())) {
                throw new IllegalArgumentException("billing rules overlap: " + sorted.get(i - 1).validFrom()
                        + " and " + sorted.get(i).validFrom());
            }
        }
        this.rules = List.copyOf(sorted);
    }

    public List<BillingRules> rules() {
        return rules;
    }

    public Optional<BillingRules> find(YearMonth month) {
        return rules.stream().filter(r -> r.governs(month)).findFirst();
    }

    /** The rules governing the month; a month without rules cannot be billed. */
    public BillingRules forMonth(YearMonth month) {
        return find(month).orElseThrow(() -> new IllegalStateException("no billing rules for " + month));
    }

    /**
     * New rules from {@code next.validFrom()}: the rules in force then are ended on the last day of the month
     * before. Refused with a {@link ConflictException} ({@code billing.rules.closedMonth}) when the change would
     * begin in a month before {@code firstOpenMonth}, i.e. rewrite a closed month, and
     * ({@code billing.rules.laterExists}) when rules starting on or after that month already exist: those must be
     * withdrawn first, deliberately.
     */
    public BillingRulebook change(BillingRules next, YearMonth firstOpenMonth) {
        if (YearMonth.from(next.validFrom()).isBefore(firstOpenMonth)) {
            throw new ConflictException("billing.rules.closedMonth", "validFrom",
                    "Billing rules from " + next.validFrom() + " would change a closed month; the first open month is "
                            + firstOpenMonth, next.validFrom(), firstOpenMonth);
        }
        List<BillingRules> result = new ArrayList<>();
        for (BillingRules existing : rules) {
            if (!existing.validFrom().isBefore(next.validFrom())) {
                throw new ConflictException("billing.rules.laterExists", "validFrom",
                        "Billing rules from " + existing.validFrom() + " already exist", existing.validFrom());
            }
            boolean coversNext = existing.validTo() == null || !existing.validTo().isBefore(next.validFrom());
            result.add(coversNext ? existing.toBuilder().validTo(next.validFrom().minusDays(1)).build() : existing);
        }
        result.add(next);
        return new BillingRulebook(result);
    }
}
