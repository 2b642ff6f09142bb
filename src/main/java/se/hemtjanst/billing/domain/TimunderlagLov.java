package se.hemtjanst.billing.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Timunderlag LOV report of a provider and month (seed 002): per Insatstyp, Beviljad tid, Uppehåll, Beviljad
 * tid LOV, Utförd tid, Ersättn.timmar, Antal besök and Tid per besök, and a total row. Only LOV-billed services
 * appear (natthjälp and digital tillsyn do not).
 *
 * <p>Built from the exact client settlements: rows of the same {@link ServiceRow} are summed exactly over the
 * clients, and each figure is rounded once, at the end (HALF_UP, 2 decimals). The same function serves one client
 * (a list of one) and a whole provider, so a client's figures never depend on who else is in the report; the
 * provider's rounded figure may differ by an öre-hour from the sum of the clients' rounded figures, as a report
 * rounded once must. Tid per besök is Utförd tid / Antal besök (declined visits count as visits);
 * the total row sums the rows and divides likewise. Ersättn.timmar includes excess only where it has been marked
 * paid ({@link ClientSettlement#withExcessPaid}).
 */
public record TimunderlagLov(YearMonth month, List<Row> rows, Row total) {

    public TimunderlagLov {
        Objects.requireNonNull(month, "month");
        rows = List.copyOf(rows);
        Objects.requireNonNull(total, "total");
    }

    public static TimunderlagLov of(YearMonth month, Collection<ClientSettlement> settlements) {
        Map<ServiceRow, Row> byRow = new LinkedHashMap<>();
        for (ClientSettlement settlement : settlements) {
            if (!settlement.month().equals(month)) {
                throw new IllegalArgumentException("settlement of " + settlement.month() + " in a report of " + month);
            }
            for (SettlementLine line : settlement.lines()) {
                Row one = Row.of(line);
                byRow.merge(line.row(), one, Row::plus);
            }
        }
        List<Row> rows = new ArrayList<>(byRow.values());
        rows.sort(Comparator.comparing((Row r) -> r.row().kind()).thenComparing(Row::serviceType)
                .thenComparing(r -> r.row().serviceCode()));
        Row total = rows.stream().reduce(Row.empty("Totalt"), Row::plus);
        return new TimunderlagLov(month, rows, new Row(null, "Totalt", total.granted(), total.pause(),
                total.performed(), total.compensated(), total.visits(), total.amount()));
    }

    /**
     * One row, exact. {@code row} is null for the total row. {@code amount} is the sum of the clients' rounded
     * amount lines (SEK, excess excluded) — amounts are rounded per line, hours per report.
     */
    public record Row(ServiceRow row, String serviceType, ExactHours granted, ExactHours pause, ExactHours performed,
                      ExactHours compensated, int visits, BigDecimal amount) {

        static Row of(SettlementLine line) {
            return new Row(line.row(), line.label(), line.granted().granted(), line.granted().pause(),
                    line.performedHours(), line.paidHours(), line.visits(), line.amount());
        }

        static Row empty(String serviceType) {
            return new Row(null, serviceType, ExactHours.ZERO, ExactHours.ZERO, ExactHours.ZERO, ExactHours.ZERO, 0,
                    BigDecimal.ZERO.setScale(2));
        }

        Row plus(Row other) {
            return new Row(row, serviceType, granted.plus(other.granted), pause.plus(other.pause),
                    performed.plus(other.performed), compensated.plus(other.compensated), visits + other.visits,
                    amount.add(other.amount));
        }

        public ExactHours grantedLov() {
            return granted.minus(pause);
        }

        public ExactHours timePerVisit() {
            return performed.per(visits);
        }

        /** The row as printed: hours HALF_UP to 2 decimals. */
        public Figures figures() {
            return new Figures(serviceType, granted.rounded(), pause.rounded(), grantedLov().rounded(),
                    performed.rounded(), compensated.rounded(), visits, timePerVisit().rounded());
        }
    }

    /**
     * The printed columns. Zero hours are 0.00 here; the seed's report leaves such cells empty, which is a matter
     * for the screen.
     */
    public record Figures(String insatstyp, BigDecimal beviljadTid, BigDecimal uppehall, BigDecimal beviljadTidLov,
                          BigDecimal utfordTid, BigDecimal ersattningstimmar, int antalBesok,
                          BigDecimal tidPerBesok) {
    }
}
