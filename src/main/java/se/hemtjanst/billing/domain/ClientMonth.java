package se.hemtjanst.billing.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Everything billing needs of one client and one month, independent of any entity: what was granted and the
 * visits that started in the month (with the client's chosen provider).
 */
public record ClientMonth(String clientId, YearMonth month, GrantedTime granted, List<PerformedVisit> visits) {

    public ClientMonth {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(granted, "granted");
        visits = List.copyOf(visits);
        // By the month's bounds in Stockholm time, once, rather than each visit's own date (a million visits a month).
        java.time.Instant from = month.atDay(1).atStartOfDay(DaytimeBand.ZONE).toInstant();
        java.time.Instant to = month.plusMonths(1).atDay(1).atStartOfDay(DaytimeBand.ZONE).toInstant();
        for (PerformedVisit v : visits) {
            if (v.start().isBefore(from) || !v.start().isBefore(to)) {
                throw new IllegalArgumentException("visit starting " + v.startDay() + " is not in " + month);
            }
        }
    }
}
