package se.hemtjanst.billing.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import se.hemtjanst.shared.domain.SwedishHolidays;

/** Which calendar days are never daytime (dagtid) although they fall on a daytime weekday. */
public enum HolidayTreatment {
    /** Every daytime weekday is daytime, holiday or not. */
    NONE,
    /** Public holidays by law (röda dagar) are other time. */
    PUBLIC_HOLIDAYS,
    /** Public holidays and midsommarafton, julafton and nyårsafton are other time. */
    PUBLIC_HOLIDAYS_AND_EVES;

    boolean excludes(LocalDate day) {
        return switch (this) {
            case NONE -> false;
            case PUBLIC_HOLIDAYS -> SwedishHolidays.isPublicHoliday(day);
            case PUBLIC_HOLIDAYS_AND_EVES -> SwedishHolidays.isPublicHoliday(day) || isEve(day);
        };
    }

    /** Midsommarafton (the Friday from 19 to 25 June), julafton, nyårsafton. */
    static boolean isEve(LocalDate day) {
        boolean midsummerEve = day.getMonth() == Month.JUNE && day.getDayOfWeek() == DayOfWeek.FRIDAY
                && day.getDayOfMonth() >= 19 && day.getDayOfMonth() <= 25;
        boolean christmasOrNewYearsEve = day.getMonth() == Month.DECEMBER
                && (day.getDayOfMonth() == 24 || day.getDayOfMonth() == 31);
        return midsummerEve || christmasOrNewYearsEve;
    }
}
