package se.hemtjanst.billing.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a client was granted: the frame-order versions in force around a month (non-overlapping; days no version
 * covers grant nothing) and the client's pauses, which may overlap each other and cross month borders.
 *
 * <p>Granted time of a month, for ramtid and for each service outside the frame alike:
 * <pre>
 *   Beviljad tid     = Σ over versions  hoursPerMonth × (days the version is in force in the month) / days in month
 *   Uppehåll         = Σ over versions  hoursPerMonth × (pause days while the version is in force)  / days in month
 *   Beviljad tid LOV = Beviljad tid − Uppehåll
 * </pre>
 * That is the reading of the Timunderlag LOV report in seed 002: Beviljad tid is what the order grants for the
 * month, Uppehåll the pro-rata reduction for days away, and Beviljad tid LOV what remains to be paid or measured
 * against (12,43 − 0 = 12,43 in the example). A day in two overlapping pauses is one pause day. All figures are
 * exact fractions; nothing is rounded here.
 */
public record GrantedTime(List<FrameOrderVersion> versions, List<PausePeriod> pauses) {

    public GrantedTime {
        versions = List.copyOf(versions);
        pauses = List.copyOf(pauses == null ? List.of() : pauses);
        List<FrameOrderVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(FrameOrderVersion::validFrom));
        for (int i = 1; i < sorted.size(); i++) {
            LocalDate previousEnd = sorted.get(i - 1).validTo();
            if (previousEnd == null || !previousEnd.isBefore(sorted.get(i).validFrom())) {
                throw new IllegalArgumentException("order versions overlap: " + sorted.get(i - 1).validFrom()
                        + " and " + sorted.get(i).validFrom());
            }
        }
    }

    public static GrantedTime none() {
        return new GrantedTime(List.of(), List.of());
    }

    /** The granted figures of the month: ramtid, and every service outside the frame that was in force. */
    public GrantedMonth forMonth(YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        int daysInMonth = month.lengthOfMonth();
        List<PausePeriod> merged = mergedPauses();
        GrantedFigures ramtid = GrantedFigures.NONE;
        Map<String, GrantedService> services = new LinkedHashMap<>();
        List<FrameOrderVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(FrameOrderVersion::validFrom));
        for (FrameOrderVersion version : sorted) {
            LocalDate from = max(version.validFrom(), first);
            LocalDate to = version.validTo() == null ? last : min(version.validTo(), last);
            if (to.isBefore(from)) {
                continue;
            }
            long days = daysInclusive(from, to);
            long pauseDays = 0;
            for (PausePeriod pause : merged) {
                LocalDate pauseFrom = max(pause.firstDay(), from);
                LocalDate pauseTo = min(pause.lastDay(), to);
                if (!pauseTo.isBefore(pauseFrom)) {
                    pauseDays += daysInclusive(pauseFrom, pauseTo);
                }
            }
            ramtid = ramtid.plus(share(ExactHours.ofHours(version.ramtidHoursPerMonth()), days, pauseDays,
                    daysInMonth));
            for (OutOfFrameService s : version.outOfFrameServices()) {
                GrantedFigures figures = share(ExactHours.ofHours(s.hoursPerMonth()), days, pauseDays, daysInMonth);
                GrantedService before = services.get(s.serviceCode());
                services.put(s.serviceCode(), new GrantedService(s.serviceCode(), s.serviceName(), s.lovBilled(),
                        before == null ? figures : before.figures().plus(figures)));
            }
        }
        return new GrantedMonth(month, ramtid, Map.copyOf(services));
    }

    /**
     * Beviljad tid LOV of ramtid alone for the month: the same exact figure as
     * {@code forMonth(month).ramtid().grantedLov()} (Σ hoursPerMonth × (days in force − pause days) / days in month),
     * without the services outside the frame and the intermediate figures, for reports over thousands of clients.
     */
    public ExactHours ramtidLov(YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        int daysInMonth = month.lengthOfMonth();
        List<PausePeriod> merged = pauses.isEmpty() ? List.of() : mergedPauses();
        ExactHours lov = ExactHours.ZERO;
        for (FrameOrderVersion version : versions) {
            LocalDate from = max(version.validFrom(), first);
            LocalDate to = version.validTo() == null ? last : min(version.validTo(), last);
            if (to.isBefore(from)) {
                continue;
            }
            long days = daysInclusive(from, to);
            for (PausePeriod pause : merged) {
                LocalDate pauseFrom = max(pause.firstDay(), from);
                LocalDate pauseTo = min(pause.lastDay(), to);
                if (!pauseTo.isBefore(pauseFrom)) {
                    days -= daysInclusive(pauseFrom, pauseTo);
                }
            }
            ExactHours perMonth = ExactHours.ofHours(version.ramtidHoursPerMonth());
            ExactHours part = days == daysInMonth ? perMonth : perMonth.times(days, daysInMonth);
            lov = lov.isZero() ? part : lov.plus(part);
        }
        return lov;
    }

    private static GrantedFigures share(ExactHours perMonth, long days, long pauseDays, int daysInMonth) {
        return new GrantedFigures(perMonth.times(days, daysInMonth), perMonth.times(pauseDays, daysInMonth));
    }

    /** Pauses sorted and joined where they overlap or touch, so no day is counted twice. */
    private List<PausePeriod> mergedPauses() {
        List<PausePeriod> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(PausePeriod::firstDay));
        List<PausePeriod> merged = new ArrayList<>();
        for (PausePeriod p : sorted) {
            PausePeriod lastMerged = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (lastMerged != null && !p.firstDay().isAfter(lastMerged.lastDay().plusDays(1))) {
                merged.set(merged.size() - 1, new PausePeriod(lastMerged.firstDay(), max(lastMerged.lastDay(), p.lastDay())));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }

    private static long daysInclusive(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A service outside the frame as granted in a month (summed over the versions in force). */
    public record GrantedService(String serviceCode, String serviceName, boolean lovBilled, GrantedFigures figures) {
        public GrantedService {
            Objects.requireNonNull(serviceCode, "serviceCode");
            Objects.requireNonNull(figures, "figures");
        }
    }

    /** The granted figures of one month. */
    public record GrantedMonth(YearMonth month, GrantedFigures ramtid, Map<String, GrantedService> outOfFrame) {
    }
}
