package se.hemtjanst.order.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The calculation support's result, line by line so the assessor sees how ramtid came about. Minutes are exact
 * (BigDecimal); ramtid is rounded once, to hours with two decimals.
 */
public record RamtidComputation(List<Line> lines, BigDecimal totalMinutesPerMonth) {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    public RamtidComputation {
        lines = List.copyOf(lines);
    }

    /** One granted in-frame service: per occurrence its standard time, gain (negative) and extra, per month. */
    public record Line(String serviceCode, String serviceName, String visit, BigDecimal occurrencesPerMonth,
                       int standardMinutes, BigDecimal gainMinutes, int extraMinutes, BigDecimal minutesPerMonth) {

        /** E.g. "Morgonhjälp: (30 + 5) min × 30,44 tillfällen/mån = 1065,31 min". */
        public String explanation() {
            StringBuilder perOccurrence = new StringBuilder().append(standardMinutes);
            if (gainMinutes.signum() != 0) {
                perOccurrence.append(" − ").append(decimal(gainMinutes.negate())).append(" samordningsvinst");
            }
            if (extraMinutes != 0) {
                perOccurrence.append(" + ").append(extraMinutes).append(" enskilt besök");
            }
            boolean plain = gainMinutes.signum() == 0 && extraMinutes == 0;
            return serviceName + ": " + (plain ? perOccurrence : "(" + perOccurrence + ")") + " min × "
                    + decimal(occurrencesPerMonth) + " tillfällen/mån = " + decimal(minutesPerMonth) + " min";
        }
    }

    /** Ramtid in hours per month, two decimals, rounded half up once. */
    public BigDecimal ramtidHours() {
        return totalMinutesPerMonth.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    static String decimal(BigDecimal value) {
        return String.format(SWEDISH, "%.2f", value.setScale(2, RoundingMode.HALF_UP));
    }
}
