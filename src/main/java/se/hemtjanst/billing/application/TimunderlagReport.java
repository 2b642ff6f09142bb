package se.hemtjanst.billing.application;

import java.time.YearMonth;
import se.hemtjanst.billing.domain.TimunderlagLov;

/**
 * The Timunderlag LOV of one provider (or one client of it) and month, with what it was computed from: how many
 * clients, and how many visits were left out because their correction window is still open (the figures are
 * final only when that is zero).
 */
public record TimunderlagReport(long providerId, String providerName, YearMonth month, int clients,
                                int unlockedVisitsLeftOut, TimunderlagLov report) {

    public boolean isFinal() {
        return unlockedVisitsLeftOut == 0;
    }
}
