package se.hemtjanst.billing.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settles one client's month under the rules governing that month. Stateless; all figures exact.
 *
 * <p>Rows: ramtid (granted frame time and the visits tied to the frame service code), one row per in-frame service
 * that visits were tied to instead of the frame code (performed time shown, never paid, not measured against
 * ramtid), and one row per LOV-billed service outside the frame (granted or visited). Visits of services that are
 * not LOV-billed go to {@link NotBilled}; visits not yet locked are left out and counted. A row appears when it has
 * granted time or visits.
 *
 * <p>Compensation:
 * <ul>
 *   <li>{@link BillingModel#PERFORMED_TIME}: per row (ramtid and each out-of-frame service), compensated =
 *   min(performed, limit % × Beviljad tid LOV); the rest is excess. Performed time of exactly the limit is within
 *   it; one minute more is excess.</li>
 *   <li>{@link BillingModel#ORDERED_TIME}: ramtid compensated = Beviljad tid LOV, whatever was performed, at the
 *   rate of {@link BillingRules#orderedTimeBand()}; out-of-frame services = performed, uncapped, no excess.</li>
 * </ul>
 *
 * <p><b>Bands under the cap.</b> When the cap bites, compensated and excess time are split across the time bands
 * <em>in proportion</em> to the performed minutes of each band: band compensated = band performed × cap /
 * performed. Neither party gains from the order the minutes happened in or from which band has the higher rate, the
 * excess keeps the same band mix as the month, and band compensated + band excess = band performed exactly.
 */
public final class BillingCalculator {

    private BillingCalculator() {
    }

    public static ClientSettlement settle(ClientMonth input, BillingRulebook rulebook) {
        return settle(input, rulebook.forMonth(input.month()));
    }

    public static ClientSettlement settle(ClientMonth input, BillingRules rules) {
        if (!rules.governs(input.month())) {
            throw new IllegalArgumentException("rules from " + rules.validFrom() + " do not govern " + input.month());
        }
        GrantedTime.GrantedMonth granted = input.granted().forMonth(input.month());
        Map<ServiceRow, Accumulator> rows = new LinkedHashMap<>();
        ServiceRow ramtidRow = new ServiceRow(ServiceRow.Kind.RAMTID, rules.frameServiceCode());
        rows.put(ramtidRow, new Accumulator("Ramtid", granted.ramtid()));
        granted.outOfFrame().values().stream().filter(GrantedTime.GrantedService::lovBilled)
                .sorted(Comparator.comparing(GrantedTime.GrantedService::serviceCode))
                .forEach(s -> rows.put(new ServiceRow(ServiceRow.Kind.OUT_OF_FRAME, s.serviceCode()),
                        new Accumulator(s.serviceName(), s.figures())));

        NotBilled notBilled = NotBilled.NONE;
        int unlocked = 0;
        DaytimeMonth days = DaytimeMonth.of(rules.daytimeBand(), input.month());
        // A client's visits are mostly tied to one service: the row of the visit before is kept at hand.
        String lastCode = null;
        boolean lastInFrame = false;
        Accumulator lastAcc = null;
        for (PerformedVisit visit : input.visits()) {
            if (!visit.locked()) {
                unlocked++;
                continue;
            }
            if (!visit.lovBilled()) {
                notBilled = notBilled.plus(visit.minutes());
                continue;
            }
            Accumulator acc;
            if (lastAcc != null && visit.inFrame() == lastInFrame && visit.serviceCode().equals(lastCode)) {
                acc = lastAcc;
            } else {
                acc = rows.computeIfAbsent(rowOf(visit, rules),
                        r -> new Accumulator(visit.serviceName(), GrantedFigures.NONE));
                lastCode = visit.serviceCode();
                lastInFrame = visit.inFrame();
                lastAcc = acc;
            }
            acc.visits++;
            if (visit.declined()) {
                acc.declined++;
                if (rules.declinedVisitsUnpaid()) {
                    continue;
                }
            }
            acc.performed = acc.performed.plus(days.split(visit.start(), visit.end()));
        }

        List<SettlementLine> lines = rows.entrySet().stream()
                .filter(e -> e.getValue().granted.granted().signum() > 0 || e.getValue().visits > 0)
                .map(e -> line(e.getKey(), e.getValue(), rules))
                .sorted(ROW_ORDER)
                .toList();
        return new ClientSettlement(input.clientId(), input.month(), rules.model(), lines, notBilled, unlocked);
    }

    /** Ramtid first, then in-frame services, then services outside the frame; by name within each. */
    static final Comparator<SettlementLine> ROW_ORDER = Comparator
            .comparing((SettlementLine l) -> l.row().kind())
            .thenComparing(SettlementLine::label)
            .thenComparing(l -> l.row().serviceCode());

    static ServiceRow rowOf(PerformedVisit visit, BillingRules rules) {
        if (!visit.inFrame()) {
            return new ServiceRow(ServiceRow.Kind.OUT_OF_FRAME, visit.serviceCode());
        }
        return visit.serviceCode().equals(rules.frameServiceCode())
                ? new ServiceRow(ServiceRow.Kind.RAMTID, rules.frameServiceCode())
                : new ServiceRow(ServiceRow.Kind.IN_FRAME_SERVICE, visit.serviceCode());
    }

    private static SettlementLine line(ServiceRow row, Accumulator acc, BillingRules rules) {
        Map<TimeBand, ExactHours> compensated = new EnumMap<>(TimeBand.class);
        Map<TimeBand, ExactHours> excess = new EnumMap<>(TimeBand.class);
        ExactHours grantedLov = acc.granted.grantedLov();
        boolean capped = rules.model() == BillingModel.PERFORMED_TIME && row.kind() != ServiceRow.Kind.IN_FRAME_SERVICE;
        if (row.kind() == ServiceRow.Kind.IN_FRAME_SERVICE) {
            // tied to the wrong service: shown, not paid as ramtid, and not excess either
        } else if (rules.model() == BillingModel.ORDERED_TIME && row.kind() == ServiceRow.Kind.RAMTID) {
            compensated.put(rules.orderedTimeBand(), grantedLov);
        } else if (!capped) {
            for (TimeBand band : TimeBand.values()) {
                compensated.put(band, ExactHours.ofMinutes(acc.performed.get(band)));
            }
        } else {
            ExactHours performed = ExactHours.ofMinutes(acc.performed.total());
            ExactHours limit = grantedLov.times(rules.limitPercent()).times(1, 100);
            ExactHours within = performed.min(limit);
            for (TimeBand band : TimeBand.values()) {
                ExactHours bandPerformed = ExactHours.ofMinutes(acc.performed.get(band));
                ExactHours bandCompensated = within.equals(performed) ? bandPerformed
                        : bandPerformed.timesRatio(within, performed);
                compensated.put(band, bandCompensated);
                excess.put(band, bandPerformed.minus(bandCompensated));
            }
        }
        Map<TimeBand, BigDecimal> rates = rules.hourlyRates();
        return new SettlementLine(row, acc.label, acc.granted, acc.performed, acc.visits, acc.declined, compensated,
                excess, false, rates);
    }

    private static final class Accumulator {
        final String label;
        final GrantedFigures granted;
        BandMinutes performed = BandMinutes.ZERO;
        int visits;
        int declined;

        Accumulator(String label, GrantedFigures granted) {
            this.label = label;
            this.granted = granted;
        }
    }
}
