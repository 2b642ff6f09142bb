package se.hemtjanst.report.application;

import jakarta.enterprise.context.RequestScoped;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import se.hemtjanst.billing.application.GrantedHoursService;

/**
 * The ordered time (Beviljad tid LOV per client and month) and performed time already computed in this request. A
 * follow-up page asks for the same unit twice: its months (six) and its individuppföljning list (the last two whole
 * months, within them); for the municipality each is 16,000 orders prorated month by month and a summary read per
 * month, so the second asks this memo instead.
 * Only for the request: the next request computes afresh, so a change of an order shows at once.
 */
@RequestScoped
public class FollowUpMemo {

    private record Key(GrantedHoursService.Scope scope, Long unit) {
    }

    private record Entry(YearMonth from, YearMonth to, Map<YearMonth, Map<Long, BigDecimal>> ordered) {
        boolean covers(YearMonth f, YearMonth t) {
            return !f.isBefore(from) && !t.isAfter(to);
        }
    }

    private record MonthKey(se.hemtjanst.report.infrastructure.VisitMonths.Unit unit, Long id, YearMonth month,
                            java.util.Set<String> services) {
    }

    private final Map<Key, Entry> entries = new HashMap<>();
    private final Map<MonthKey, Map<Long, long[]>> performed = new HashMap<>();

    /** Performed minutes and visits per client of a unit's month, read once per request (see the class comment). */
    public Map<Long, long[]> performed(se.hemtjanst.report.infrastructure.VisitMonths.Unit unit, Long id,
                                       YearMonth month, java.util.Set<String> services,
                                       Supplier<Map<Long, long[]>> read) {
        return performed.computeIfAbsent(new MonthKey(unit, id, month, java.util.Set.copyOf(services)),
                k -> Objects.requireNonNull(read.get()));
    }

    /**
     * The ordered time of the unit for the months from {@code from} to {@code to}: computed by {@code compute}, or
     * taken from an earlier call of this request that covered those months. The result may then hold more months
     * than asked for (it is read by month).
     */
    public Map<YearMonth, Map<Long, BigDecimal>> ordered(GrantedHoursService.Scope scope, Long unit, YearMonth from,
                                                         YearMonth to, Supplier<Map<YearMonth, Map<Long, BigDecimal>>> compute) {
        Key key = new Key(scope, unit);
        Entry e = entries.get(key);
        if (e != null && e.covers(from, to)) {
            return e.ordered();
        }
        Map<YearMonth, Map<Long, BigDecimal>> result = Objects.requireNonNull(compute.get());
        entries.put(key, new Entry(from, to, result));
        return result;
    }
}
