package se.hemtjanst.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.hemtjanst.billing.domain.Fixtures.at;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DaytimeMonthTest {

    static final DaytimeBand DEFAULT = DaytimeBand.weekdaysSevenToTwentyTwo();
    /** Every day, from 08:00 to the end of the day, holidays included. */
    static final DaytimeBand TO_MIDNIGHT = new DaytimeBand(EnumSet.allOf(DayOfWeek.class), LocalTime.of(8, 0),
            LocalTime.MIDNIGHT, HolidayTreatment.NONE);
    static final DaytimeBand EVES_EXCLUDED = new DaytimeBand(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(7, 0), LocalTime.of(22, 0), HolidayTreatment.PUBLIC_HOLIDAYS_AND_EVES);

    static BandMinutes split(DaytimeBand band, String month, String from, String to) {
        return DaytimeMonth.of(band, YearMonth.parse(month)).split(at(from).toInstant(), at(to).toInstant());
    }

    @Test
    void exactFiguresOnOrdinaryDaysEdgesAndHolidays() {
        // Tuesday 3 November 2026
        assertEquals(new BandMinutes(30, 30), split(DEFAULT, "2026-11", "2026-11-03T06:30", "2026-11-03T07:30"));
        assertEquals(new BandMinutes(1, 0), split(DEFAULT, "2026-11", "2026-11-03T21:59", "2026-11-03T22:00"));
        assertEquals(new BandMinutes(0, 1), split(DEFAULT, "2026-11", "2026-11-03T22:00", "2026-11-03T22:01"));
        assertEquals(new BandMinutes(0, 0), split(DEFAULT, "2026-11", "2026-11-03T10:00", "2026-11-03T10:00"));
        // Saturday 31 October 2026 is Alla helgons dag; Saturday 7 November an ordinary Saturday
        assertEquals(new BandMinutes(0, 60), split(DEFAULT, "2026-11", "2026-11-07T10:00", "2026-11-07T11:00"));
        // Christmas Eve 2026 is a Thursday: daytime by law, other time when eves are excluded
        assertEquals(new BandMinutes(60, 0), split(DEFAULT, "2026-12", "2026-12-24T10:00", "2026-12-24T11:00"));
        assertEquals(new BandMinutes(0, 60), split(EVES_EXCLUDED, "2026-12", "2026-12-24T10:00", "2026-12-24T11:00"));
        // Ends at the end of the day: the band to midnight counts the last minute
        assertEquals(new BandMinutes(60, 0), split(TO_MIDNIGHT, "2026-11", "2026-11-03T23:00", "2026-11-04T00:00"));
        // The last day of the month, over midnight into the next month
        assertEquals(new BandMinutes(60, 150), split(DEFAULT, "2026-11", "2026-11-30T21:00", "2026-12-01T00:30"));
    }

    @Test
    void daylightSavingNightsCountRealMinutes() {
        // 29 March 2026: 01:30-03:30 lasts one real hour; 25 October 2026: three
        assertEquals(new BandMinutes(0, 60), split(DEFAULT, "2026-03", "2026-03-29T01:30", "2026-03-29T03:30"));
        assertEquals(new BandMinutes(0, 180), split(DEFAULT, "2026-10", "2026-10-25T01:30", "2026-10-25T03:30"));
        // Monday 26 October, the day after: an ordinary day again
        assertEquals(new BandMinutes(60, 0), split(DEFAULT, "2026-10", "2026-10-26T10:00", "2026-10-26T11:00"));
    }

    @Test
    void everyVisitOfAMonthSplitsAsTheBandItself() {
        Random random = new Random(424242);
        for (DaytimeBand band : List.of(DEFAULT, TO_MIDNIGHT, EVES_EXCLUDED)) {
            for (YearMonth month : List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 10), YearMonth.of(2026, 11),
                    YearMonth.of(2026, 12), YearMonth.of(2027, 2))) {
                DaytimeMonth days = DaytimeMonth.of(band, month);
                long first = month.atDay(1).atStartOfDay(DaytimeBand.ZONE).toEpochSecond() / 60;
                long last = month.plusMonths(1).atDay(1).atStartOfDay(DaytimeBand.ZONE).toEpochSecond() / 60;
                for (int i = 0; i < 20_000; i++) {
                    // starts anywhere in the month, lasts 0 minutes to 24 hours, mostly short
                    long start = first + (long) (random.nextDouble() * (last - first));
                    long length = i % 10 == 0 ? random.nextInt(24 * 60 + 1) : random.nextInt(121);
                    Instant from = Instant.ofEpochSecond(start * 60);
                    Instant to = Instant.ofEpochSecond((start + length) * 60);
                    assertEquals(band.split(from, to), days.split(from, to), band + " " + from + ".." + to);
                }
            }
        }
    }

    @Test
    void outsideTheMonthAndBadInputAreTheBandsOwnAnswer() {
        DaytimeMonth november = DaytimeMonth.of(DEFAULT, YearMonth.of(2026, 11));
        Instant octoberDay = at("2026-10-27T10:00").toInstant();
        assertEquals(new BandMinutes(60, 0), november.split(octoberDay, octoberDay.plusSeconds(3600)));
        Instant start = at("2026-11-03T10:00").toInstant();
        assertThrows(IllegalArgumentException.class, () -> november.split(start, start.minusSeconds(60)));
        assertThrows(IllegalArgumentException.class,
                () -> november.split(start.plusSeconds(30), start.plusSeconds(90)));
        assertSame(november, DaytimeMonth.of(DEFAULT, YearMonth.of(2026, 11)));
    }
}
