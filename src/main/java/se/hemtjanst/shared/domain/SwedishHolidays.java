package se.hemtjanst.shared.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Swedish public holidays (allmänna helgdagar, "röda dagar", lag 1989:253) computed for any year, and the
 * working days they leave: correction windows such as "3 days, extended by red days" count working days.
 * Midsommarafton, julafton and nyårsafton are not public holidays by law but are treated as non-working days,
 * as employers and the municipalities' system administration do.
 */
public final class SwedishHolidays {

    private static final Map<Integer, Map<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

    private SwedishHolidays() {
    }

    /** The public holidays of a year, in date order, with their Swedish names. */
    public static Map<LocalDate, String> publicHolidays(int year) {
        return CACHE.computeIfAbsent(year, SwedishHolidays::compute);
    }

    public static boolean isPublicHoliday(LocalDate day) {
        return publicHolidays(day.getYear()).containsKey(day);
    }

    /** Saturday, Sunday, a public holiday, or midsommarafton, julafton or nyårsafton. */
    public static boolean isNonWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || isPublicHoliday(day) || isEve(day);
    }

    /** The day reached after counting {@code days} working days after {@code start} (start itself not counted). */
    public static LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be 0 or more");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (!isNonWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    static boolean isEve(LocalDate day) {
        return day.equals(midsommardagen(day.getYear()).minusDays(1))
                || MonthDay.from(day).equals(MonthDay.of(12, 24))
                || MonthDay.from(day).equals(MonthDay.of(12, 31));
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }

    /** The Saturday from 20 to 26 June. */
    static LocalDate midsommardagen(int year) {
        return LocalDate.of(year, 6, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    /** The Saturday from 31 October to 6 November. */
    static LocalDate allaHelgonsDag(int year) {
        return LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    private static Map<LocalDate, String> compute(int year) {
        LocalDate easter = easterSunday(year);
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "Nyårsdagen");
        days.put(LocalDate.of(year, 1, 6), "Trettondedag jul");
        days.put(easter.minusDays(2), "Långfredagen");
        days.put(easter, "Påskdagen");
        days.put(easter.plusDays(1), "Annandag påsk");
        days.put(LocalDate.of(year, 5, 1), "Första maj");
        days.put(easter.plusDays(39), "Kristi himmelsfärdsdag");
        days.put(easter.plusDays(49), "Pingstdagen");
        days.put(LocalDate.of(year, 6, 6), "Sveriges nationaldag");
        days.put(midsommardagen(year), "Midsommardagen");
        days.put(allaHelgonsDag(year), "Alla helgons dag");
        days.put(LocalDate.of(year, 12, 25), "Juldagen");
        days.put(LocalDate.of(year, 12, 26), "Annandag jul");
        return Collections.unmodifiableMap(days);
    }
}
