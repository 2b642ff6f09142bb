package se.hemtjanst.billing.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a client's monthly settlement, exact. Performed time is payable performed time (declined visits
 * contribute 0 minutes when the rules say so, but count as visits). Compensated time is what the month pays
 * without further ado: under the performed-time model performed time up to the limit, under the ordered-time
 * model the granted ramtid; excess is performed time over the limit, paid only when its {@link ExcessCase} ends
 * paid ({@link #withExcessPaid()}).
 *
 * <p>Amounts: each band is one amount line, hours × the band's rate, rounded HALF_UP to öre once; within-limit
 * and excess time are separate lines because they are paid in different months.
 *
 * @param granted            Beviljad tid, Uppehåll, Beviljad tid LOV
 * @param performed          Utförd tid by time band, in whole minutes
 * @param visits             Antal besök (declined visits included)
 * @param declinedVisits     of which declined
 * @param compensatedByBand  compensated hours per band (within the limit, or granted under ordered time)
 * @param excessByBand       hours over the limit per band (performed-time model only)
 * @param excessPaid         whether the excess is counted as paid (Ersättn.timmar includes it)
 * @param rates              the hourly rates of the billed month's rules
 */
public record SettlementLine(ServiceRow row, String label, GrantedFigures granted, BandMinutes performed, int visits,
                             int declinedVisits, Map<TimeBand, ExactHours> compensatedByBand,
                             Map<TimeBand, ExactHours> excessByBand, boolean excessPaid,
                             Map<TimeBand, BigDecimal> rates) {

    public SettlementLine {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(granted, "granted");
        Objects.requireNonNull(performed, "performed");
        compensatedByBand = complete(compensatedByBand);
        excessByBand = complete(excessByBand);
        rates = Map.copyOf(rates);
    }

    private static Map<TimeBand, ExactHours> complete(Map<TimeBand, ExactHours> byBand) {
        Map<TimeBand, ExactHours> all = new EnumMap<>(TimeBand.class);
        for (TimeBand band : TimeBand.values()) {
            all.put(band, byBand.getOrDefault(band, ExactHours.ZERO));
        }
        return Map.copyOf(all);
    }

    public ExactHours performedHours() {
        return ExactHours.ofMinutes(performed.total());
    }

    /** Compensated hours without excess. */
    public ExactHours compensated() {
        return compensatedByBand.get(TimeBand.DAYTIME).plus(compensatedByBand.get(TimeBand.OTHER_TIME));
    }

    public ExactHours excess() {
        return excessByBand.get(TimeBand.DAYTIME).plus(excessByBand.get(TimeBand.OTHER_TIME));
    }

    /** Ersättn.timmar: compensated hours, plus the excess once it is paid. */
    public ExactHours paidHours() {
        return excessPaid ? compensated().plus(excess()) : compensated();
    }

    /** SEK for the compensated hours of a band: one line, rounded once. */
    public BigDecimal amount(TimeBand band) {
        return compensatedByBand.get(band).amountAt(rates.get(band));
    }

    /** SEK for the compensated hours: the sum of the band lines. */
    public BigDecimal amount() {
        return amount(TimeBand.DAYTIME).add(amount(TimeBand.OTHER_TIME));
    }

    /** SEK the excess of a band is worth if paid: one line, rounded once. */
    public BigDecimal excessAmount(TimeBand band) {
        return excessByBand.get(band).amountAt(rates.get(band));
    }

    public BigDecimal excessAmount() {
        return excessAmount(TimeBand.DAYTIME).add(excessAmount(TimeBand.OTHER_TIME));
    }

    public SettlementLine withExcessPaid() {
        return new SettlementLine(row, label, granted, performed, visits, declinedVisits, compensatedByBand,
                excessByBand, true, rates);
    }
}
