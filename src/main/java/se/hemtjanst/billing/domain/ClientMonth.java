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
        for (PerformedVisit v : visits) {
            if (!v.month().equals(month)) {
                throw new IllegalArgumentException("visit starting " + v.startDay() + " is not in " + month);
            }
        }
    }
}
