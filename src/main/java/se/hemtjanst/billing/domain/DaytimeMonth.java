package se.hemtjanst.billing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link DaytimeBand} laid out over the days of one month, so that the month's visits are split without working
 * out each visit's wall-clock date, weekday and holiday again: a million visits at Stockholm scale. A visit that
 * starts and ends within one day on which the clocks do not change is split by the day's start and the band's
 * window; any other visit (past midnight, on a daylight-saving night, outside the month) by
 * {@link DaytimeBand#split}, so the figures are always the band's own.
 */
public final class DaytimeMonth {

    private static final int SECONDS_PER_DAY = 86_400;
    private static final int CACHED = 64;
    private static final Map<Key, DaytimeMonth> CACHE = new ConcurrentHashMap<>();

    private final DaytimeBand band;
    /** Epoch second of each day's local midnight, and of the day after the month. */
    private final long[] dayStart;
    /** Whether the UTC offset stays the same for the whole day. */
    private final boolean[] evenDay;
    private final boolean[] daytimeDay;
    private final long fromMinute;
    private final long toMinute;

    private record Key(DaytimeBand band, YearMonth month) {
    }

    private DaytimeMonth(DaytimeBand band, YearMonth month) {
        this.band = band;
        int days = month.lengthOfMonth();
        dayStart = new long[days + 1];
        evenDay = new boolean[days];
        daytimeDay = new boolean[days];
        ZoneRules rules = DaytimeBand.ZONE.getRules();
        for (int d = 0; d <= days; d++) {
            dayStart[d] = month.atDay(1).plusDays(d).atStartOfDay(DaytimeBand.ZONE).toEpochSecond();
        }
        for (int d = 0; d < days; d++) {
            LocalDate day = month.atDay(d + 1);
            ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(dayStart[d]));
            evenDay[d] = dayStart[d + 1] - dayStart[d] == SECONDS_PER_DAY
                    && (next == null || next.getInstant().getEpochSecond() >= dayStart[d + 1]);
            daytimeDay[d] = band.isDaytimeDay(day);
        }
        fromMinute = band.from().toSecondOfDay() / 60;
        toMinute = band.to().equals(LocalTime.MIDNIGHT) ? 24 * 60 : band.to().toSecondOfDay() / 60;
    }

    /** The band over the month; built once and kept (a few months' layouts at most). */
    public static DaytimeMonth of(DaytimeBand band, YearMonth month) {
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(month, "month");
        Key key = new Key(band, month);
        DaytimeMonth known = CACHE.get(key);
        if (known != null) {
            return known;
        }
        if (CACHE.size() >= CACHED) {
            CACHE.clear();
        }
        DaytimeMonth built = new DaytimeMonth(band, month);
        CACHE.putIfAbsent(key, built);
        return built;
    }

    public DaytimeBand band() {
        return band;
    }

    /** Exactly {@link DaytimeBand#split(Instant, Instant)}. */
    public BandMinutes split(Instant start, Instant end) {
        long s = start.getEpochSecond();
        long e = end.getEpochSecond();
        int days = evenDay.length;
        if (start.getNano() != 0 || end.getNano() != 0 || s % 60 != 0 || e % 60 != 0 || e < s
                || s < dayStart[0] || s >= dayStart[days]) {
            return band.split(start, end);
        }
        int d = (int) Math.min(days - 1, (s - dayStart[0]) / SECONDS_PER_DAY);
        while (s < dayStart[d]) {
            d--;
        }
        while (s >= dayStart[d + 1]) {
            d++;
        }
        if (!evenDay[d] || e > dayStart[d + 1]) {
            return band.split(start, end);
        }
        long total = (e - s) / 60;
        if (!daytimeDay[d]) {
            return new BandMinutes(0, total);
        }
        long startMinute = (s - dayStart[d]) / 60;
        long endMinute = (e - dayStart[d]) / 60;
        long daytime = Math.max(0, Math.min(endMinute, toMinute) - Math.max(startMinute, fromMinute));
        return new BandMinutes(daytime, total - daytime);
    }
}
