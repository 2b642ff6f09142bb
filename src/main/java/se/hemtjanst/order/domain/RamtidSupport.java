package se.hemtjanst.order.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.hemtjanst.shared.domain.InvalidInputException;

/**
 * The calculation support (beräkningsstöd): ramtid is computed, not typed.
 * <ul>
 *   <li>Occurrences per month of an average month (365.25 / 12 = 30.4375 days): per day n × 30.4375; per week
 *   n × 30.4375 / 7; on chosen weekdays (number of days) × n × 30.4375 / 7; per month n. Ramtid is a standard
 *   monthly figure; billing prorates real calendar months.</li>
 *   <li>Services with the same visit group are done in one visit per occurrence and must share the frequency. In
 *   a visit of several services every service but the longest is reduced by the coordination gain (percent of its
 *   standard time). A visit of a single service gets the single-service extra minutes per occurrence.</li>
 *   <li>Exact decimal arithmetic; rounded once, to hours with two decimals (see {@link RamtidComputation}).</li>
 * </ul>
 */
public final class RamtidSupport {

    static final MathContext MC = MathContext.DECIMAL64;
    public static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");
    static final BigDecimal WEEKS_PER_MONTH = DAYS_PER_MONTH.divide(BigDecimal.valueOf(7), MC);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RamtidSupport() {
    }

    public static RamtidComputation calculate(List<OrderedService> services, CalculationParameters parameters) {
        Map<String, List<OrderedService>> visits = new LinkedHashMap<>();
        int single = 0;
        for (OrderedService s : services) {
            if (!s.inFrame()) {
                continue; // ordered with its own time, not part of ramtid
            }
            String key = s.visitGroup() == null ? "\u0000" + (single++) : s.visitGroup();
            visits.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        List<RamtidComputation.Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, List<OrderedService>> visit : visits.entrySet()) {
            List<OrderedService> members = visit.getValue();
            OrderedService first = members.get(0);
            for (OrderedService s : members) {
                if (!sameFrequency(first, s)) {
                    throw new InvalidInputException("order.visitGroup.frequencyMismatch", "visitGroup",
                            "Services in visit group " + s.visitGroup() + " must share one frequency ("
                                    + first.serviceCode() + " and " + s.serviceCode() + " differ)", s.visitGroup());
                }
            }
            BigDecimal occurrences = occurrencesPerMonth(first);
            OrderedService longest = members.stream()
                    .reduce((a, b) -> b.standardMinutes() > a.standardMinutes() ? b : a).orElseThrow();
            String visitName = visit.getKey().startsWith("\u0000") ? first.serviceCode() : visit.getKey();
            for (OrderedService s : members) {
                BigDecimal gain = members.size() > 1 && s != longest
                        ? BigDecimal.valueOf(s.standardMinutes()).multiply(parameters.coordinationGainPercent())
                                .divide(HUNDRED, MC).negate()
                        : BigDecimal.ZERO;
                int extra = members.size() == 1 ? parameters.singleServiceExtraMinutes() : 0;
                BigDecimal perOccurrence = BigDecimal.valueOf(s.standardMinutes()).add(gain).add(BigDecimal.valueOf(extra));
                BigDecimal perMonth = perOccurrence.multiply(occurrences, MC);
                lines.add(new RamtidComputation.Line(s.serviceCode(), s.serviceName(), visitName, occurrences,
                        s.standardMinutes(), gain, extra, perMonth));
                total = total.add(perMonth, MC);
            }
        }
        return new RamtidComputation(lines, total);
    }

    static BigDecimal occurrencesPerMonth(OrderedService s) {
        return occurrencesPerMonth(s.frequencyKind(), s.frequencyCount(), s.weekdays());
    }

    /**
     * Occurrences in an average month of a frequency, by the convention above. Public so that other figures per
     * month (the implementation plan's planned time) use the very same conversion as ramtid.
     */
    public static BigDecimal occurrencesPerMonth(OrderedService.FrequencyKind kind, int count,
                                                 java.util.Set<java.time.DayOfWeek> weekdays) {
        BigDecimal n = BigDecimal.valueOf(count);
        return switch (kind) {
            case PER_DAY -> n.multiply(DAYS_PER_MONTH, MC);
            case PER_WEEK -> n.multiply(WEEKS_PER_MONTH, MC);
            case ON_WEEKDAYS -> n.multiply(BigDecimal.valueOf(weekdays == null ? 0 : weekdays.size()))
                    .multiply(WEEKS_PER_MONTH, MC);
            case PER_MONTH -> n;
        };
    }

    private static boolean sameFrequency(OrderedService a, OrderedService b) {
        return a.frequencyKind() == b.frequencyKind() && Objects.equals(a.frequencyCount(), b.frequencyCount())
                && a.weekdays().equals(b.weekdays());
    }
}
