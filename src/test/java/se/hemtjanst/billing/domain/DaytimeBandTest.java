package se.hemtjanst.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.hemtjanst.billing.domain.Fixtures.at;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DaytimeBandTest {

    static final DaytimeBand DEFAULT = DaytimeBand.weekdaysSevenToTwentyTwo();

    static BandMinutes split(DaytimeBand band, String from, String to) {
        return band.split(at(from).toInstant(), at(to).toInstant());
    }

    @Test
    void weekdayEdgesAtSevenAndTwentyTwo() {
        // Tuesday 22 April 2025
        assertEquals(new BandMinutes(30, 30), split(DEFAULT, "2025-04-22T06:30", "2025-04-22T07:30"));
        assertEquals(new BandMinutes(30, 30), split(DEFAULT, "2025-04-22T21:30", "2025-04-22T22:30"));
        assertEquals(new BandMinutes(0, 1), split(DEFAULT, "2025-04-22T22:00", "2025-04-22T22:01"));
        assertEquals(new BandMinutes(1, 0), split(DEFAULT, "2025-04-22T21:59", "2025-04-22T22:00"));
        assertEquals(new BandMinutes(0, 0), split(DEFAULT, "2025-04-22T10:00", "2025-04-22T10:00"));
    }

    @Test
    void weekendsAndPublicHolidaysAreOtherTime() {
        assertEquals(new BandMinutes(0, 60), split(DEFAULT, "2025-04-26T10:00", "2025-04-26T11:00")); // Saturday
        assertEquals(new BandMinutes(0, 60), split(DEFAULT, "2025-04-21T10:00", "2025-04-21T11:00")); // Easter Monday
        DaytimeBand holidaysIgnored = new DaytimeBand(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(7, 0), LocalTime.of(22, 0), HolidayTreatment.NONE);
        assertEquals(new BandMinutes(60, 0), split(holidaysIgnored, "2025-04-21T10:00", "2025-04-21T11:00"));
    }

    @Test
    void midsummerEveIsDaytimeUnlessEvesAreExcluded() {
        // Midsommarafton 20 June 2025 is a Friday, not a public holiday by law
        assertEquals(new BandMinutes(60, 0), split(DEFAULT, "2025-06-20T10:00", "2025-06-20T11:00"));
        DaytimeBand evesExcluded = new DaytimeBand(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(7, 0), LocalTime.of(22, 0), HolidayTreatment.PUBLIC_HOLIDAYS_AND_EVES);
        assertEquals(new BandMinutes(0, 60), split(evesExcluded, "2025-06-20T10:00", "2025-06-20T11:00"));
        assertEquals(new BandMinutes(0, 60), split(evesExcluded, "2025-12-24T10:00", "2025-12-24T11:00"));
        assertEquals(new BandMinutes(0, 60), split(evesExcluded, "2025-12-31T10:00", "2025-12-31T11:00"));
        assertEquals(new BandMinutes(60, 0), split(evesExcluded, "2025-12-30T10:00", "2025-12-30T11:00"));
    }

    @Test
    void aVisitOverMidnightIsSplitByDay() {
        // Friday 21:00 to Saturday 08:00: one daytime hour on Friday, the rest other time
        assertEquals(new BandMinutes(60, 600), split(DEFAULT, "2025-04-25T21:00", "2025-04-26T08:00"));
        // Sunday 23:00 to Monday 07:30
        assertEquals(new BandMinutes(30, 480), split(DEFAULT, "2025-04-27T23:00", "2025-04-28T07:30"));
    }

    @Test
    void springForwardNightIsAnHourShort() {
        // Last Sunday of March 2025: 02:00 becomes 03:00. 01:30-03:30 on the wall clock is 60 real minutes.
        assertEquals(new BandMinutes(0, 60), split(DEFAULT, "2025-03-30T01:30", "2025-03-30T03:30"));
        // A band starting inside the skipped hour starts when the clock shows 03:00
        DaytimeBand sundayEarly = new DaytimeBand(EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(2, 30),
                LocalTime.of(22, 0), HolidayTreatment.NONE);
        assertEquals(new BandMinutes(30, 30), split(sundayEarly, "2025-03-30T01:30", "2025-03-30T03:30"));
    }

    @Test
    void fallBackNightIsAnHourLong() {
        // Last Sunday of October 2025: 03:00 becomes 02:00. 01:30 CEST - 03:30 CET is 180 real minutes.
        assertEquals(new BandMinutes(0, 180), split(DEFAULT, "2025-10-26T01:30", "2025-10-26T03:30"));
        // A band edge at 02:30 is crossed twice: 02:30-03:00 CEST, 02:30-03:30 CET are daytime
        DaytimeBand sundayEarly = new DaytimeBand(EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(2, 30),
                LocalTime.of(22, 0), HolidayTreatment.NONE);
        assertEquals(new BandMinutes(90, 90), split(sundayEarly, "2025-10-26T01:30", "2025-10-26T03:30"));
    }

    @Test
    void bandEndingAtMidnight() {
        DaytimeBand untilMidnight = new DaytimeBand(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(7, 0), LocalTime.MIDNIGHT, HolidayTreatment.NONE);
        assertEquals(new BandMinutes(60, 60), split(untilMidnight, "2025-04-22T23:00", "2025-04-23T01:00"));
        assertEquals(TimeBand.DAYTIME, untilMidnight.bandAt(at("2025-04-22T23:59").toInstant()));
        assertEquals(TimeBand.OTHER_TIME, untilMidnight.bandAt(at("2025-04-23T00:00").toInstant()));
    }

    @Test
    void bandAtReadsTheWallClock() {
        assertEquals(TimeBand.DAYTIME, DEFAULT.bandAt(at("2025-04-22T07:00").toInstant()));
        assertEquals(TimeBand.OTHER_TIME, DEFAULT.bandAt(at("2025-04-22T06:59").toInstant()));
        assertEquals(TimeBand.OTHER_TIME, DEFAULT.bandAt(at("2025-04-22T22:00").toInstant()));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new DaytimeBand(EnumSet.of(DayOfWeek.MONDAY),
                LocalTime.of(22, 0), LocalTime.of(7, 0), HolidayTreatment.NONE));
        assertThrows(IllegalArgumentException.class, () -> new DaytimeBand(EnumSet.of(DayOfWeek.MONDAY),
                LocalTime.of(7, 0, 30), LocalTime.of(22, 0), HolidayTreatment.NONE));
        Instant t = at("2025-04-22T10:00").toInstant();
        assertThrows(IllegalArgumentException.class, () -> DEFAULT.split(t, t.minusSeconds(60)));
        assertThrows(IllegalArgumentException.class, () -> DEFAULT.split(t, t.plusSeconds(61)));
    }
}
