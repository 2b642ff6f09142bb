package se.hemtjanst.billing.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A visit as billing sees it: the service it was tied to, whether that service counts against ramtid
 * ({@code inFrame}) and whether LOV billing pays for it at all (natthjälp and digital tillsyn are not), arrival
 * and departure (KOM/GICK), whether the client declined it at the door, and whether it is locked for billing
 * (its deviation window has closed).
 *
 * <p>Times are read at minute precision, as receipts print them: seconds are dropped from each instant (KOM 07:12:40
 * counts as 07:12), and duration is real elapsed time between the two, across summer-time changes. A visit
 * belongs to the month (Europe/Stockholm) in which it started, also when it runs past midnight at a month end.
 */
public record PerformedVisit(String serviceCode, String serviceName, boolean inFrame, boolean lovBilled,
                             Instant start, Instant end, boolean declined, boolean locked) {

    public PerformedVisit {
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        start = start.truncatedTo(ChronoUnit.MINUTES);
        end = end.truncatedTo(ChronoUnit.MINUTES);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("visit ends before it starts: " + start + ".." + end);
        }
    }

    /** A locked, not declined visit. */
    public static PerformedVisit of(String serviceCode, String serviceName, boolean inFrame, boolean lovBilled,
                                    ZonedDateTime start, ZonedDateTime end) {
        return new PerformedVisit(serviceCode, serviceName, inFrame, lovBilled, start.toInstant(), end.toInstant(),
                false, true);
    }

    public PerformedVisit asDeclined() {
        return new PerformedVisit(serviceCode, serviceName, inFrame, lovBilled, start, end, true, locked);
    }

    public PerformedVisit asUnlocked() {
        return new PerformedVisit(serviceCode, serviceName, inFrame, lovBilled, start, end, declined, false);
    }

    /** Real elapsed whole minutes. */
    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    public LocalDate startDay() {
        return LocalDate.ofInstant(start, DaytimeBand.ZONE);
    }

    public YearMonth month() {
        return YearMonth.from(startDay());
    }
}
