package se.hemtjanst.billing.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which minutes are daytime (dagtid), as data: a minute is daytime when its Swedish wall-clock time lies in
 * [{@code from}, {@code to}) on one of the {@code weekdays}, and the date is not excluded as a holiday. Every
 * other minute is {@link TimeBand#OTHER_TIME}. {@code to} may be {@link LocalTime#MIDNIGHT}, meaning the end of
 * the day.
 *
 * <p>Minutes are real elapsed minutes: a visit 01:30-03:30 on the night clocks go forward (last Sunday of March)
 * lasts 60 minutes, on the night they go back (last Sunday of October) 180 minutes. Each minute falls in the
 * band its wall-clock reading says, so a band edge inside the repeated autumn hour is crossed twice.
 */
public record DaytimeBand(Set<DayOfWeek> weekdays, LocalTime from, LocalTime to, HolidayTreatment holidays) {

    /** Swedish time: visit receipts, band edges, month and deadline dates are all read in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    public DaytimeBand {
        Objects.requireNonNull(weekdays, "weekdays");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(holidays, "holidays");
        weekdays = weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        if (from.getSecond() != 0 || from.getNano() != 0 || to.getSecond() != 0 || to.getNano() != 0) {
            throw new IllegalArgumentException("band edges are whole minutes");
        }
        if (!to.equals(LocalTime.MIDNIGHT) && !from.isBefore(to)) {
            throw new IllegalArgumentException("daytime must start before it ends (" + from + "-" + to + ")");
        }
    }

    /** Monday to Friday 07:00-22:00, public holidays (röda dagar) excluded. */
    public static DaytimeBand weekdaysSevenToTwentyTwo() {
        return new DaytimeBand(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 0),
                LocalTime.of(22, 0), HolidayTreatment.PUBLIC_HOLIDAYS);
    }

    /** Whether daytime occurs on this date at all. */
    public boolean isDaytimeDay(LocalDate day) {
        return weekdays.contains(day.getDayOfWeek()) && !holidays.excludes(day);
    }

    public TimeBand bandAt(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, ZONE);
        LocalTime time = local.toLocalTime();
        boolean inHours = !time.isBefore(from) && (to.equals(LocalTime.MIDNIGHT) || time.isBefore(to));
        return inHours && isDaytimeDay(local.toLocalDate()) ? TimeBand.DAYTIME : TimeBand.OTHER_TIME;
    }

    /**
     * Splits [start, end) into daytime and other minutes. Both instants must be whole minutes (see
     * {@link PerformedVisit}). The interval is cut at every change of UTC offset; between two changes wall-clock
     * time runs evenly, so the band windows can be intersected on local date-times.
     */
    public BandMinutes split(Instant start, Instant end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start");
        }
        if (!start.truncatedTo(ChronoUnit.MINUTES).equals(start) || !end.truncatedTo(ChronoUnit.MINUTES).equals(end)) {
            throw new IllegalArgumentException("band split needs whole minutes");
        }
        ZoneRules rules = ZONE.getRules();
        long daytime = 0;
        Instant segmentStart = start;
        while (segmentStart.isBefore(end)) {
            ZoneOffsetTransition next = rules.nextTransition(segmentStart);
            Instant segmentEnd = next == null || !next.getInstant().isBefore(end) ? end : next.getInstant();
            ZoneOffset offset = rules.getOffset(segmentStart);
            daytime += daytimeMinutes(LocalDateTime.ofInstant(segmentStart, offset),
                    LocalDateTime.ofInstant(segmentEnd, offset));
            segmentStart = segmentEnd;
        }
        long total = Duration.between(start, end).toMinutes();
        return new BandMinutes(daytime, total - daytime);
    }

    /** Daytime minutes of a wall-clock interval that has no offset change inside. */
    private long daytimeMinutes(LocalDateTime start, LocalDateTime end) {
        long minutes = 0;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isDaytimeDay(day)) {
                continue;
            }
            LocalDateTime windowStart = day.atTime(from);
            LocalDateTime windowEnd = to.equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay() : day.atTime(to);
            LocalDateTime overlapStart = start.isAfter(windowStart) ? start : windowStart;
            LocalDateTime overlapEnd = end.isBefore(windowEnd) ? end : windowEnd;
            if (overlapStart.isBefore(overlapEnd)) {
                minutes += Duration.between(overlapStart, overlapEnd).toMinutes();
            }
        }
        return minutes;
    }
}
