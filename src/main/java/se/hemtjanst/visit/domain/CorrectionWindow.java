package se.hemtjanst.visit.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import se.hemtjanst.shared.domain.SwedishHolidays;

/**
 * How long the provider may correct a visit: a number of days after the visit day (3 in Stockholm, a rule
 * setting), where röda dagar — Sundays and public holidays, Easter and midsummer included — do not count and so
 * extend the window. The visit is locked for billing after the last day.
 */
public final class CorrectionWindow {

    private CorrectionWindow() {
    }

    /** The last day on which a visit of {@code visitDay} may still be corrected. */
    public static LocalDate lastDay(LocalDate visitDay, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate day = visitDay;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (!isRedDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** A röd dag: a Sunday or a public holiday. */
    public static boolean isRedDay(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SUNDAY || SwedishHolidays.isPublicHoliday(day);
    }

    /** Whole days left to correct, counted from today (0 on the last day, negative after it). */
    public static long daysLeft(LocalDate today, LocalDate lastDay) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, lastDay);
    }
}
