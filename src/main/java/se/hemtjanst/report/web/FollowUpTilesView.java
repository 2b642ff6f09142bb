package se.hemtjanst.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import se.hemtjanst.identity.application.CurrentUser;
import se.hemtjanst.report.application.FollowUpService;

/**
 * The follow-up tiles of the dashboard: the assessor's individuppföljning count, and the provider's last month of
 * ordered versus performed time; each links to the follow-up behind it. Computed once per request, only for the
 * roles they concern.
 */
@Named
@RequestScoped
public class FollowUpTilesView {

    @Inject
    FollowUpService followUp;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private Integer individual;
    private FollowUpService.MonthFigures lastMonth;

    public boolean isIndividualShown() {
        return currentUser.isAssessor();
    }

    public int getIndividual() {
        if (individual == null) {
            individual = followUp.individualFollowUpCount();
        }
        return individual;
    }

    public boolean isLastMonthShown() {
        return currentUser.isProviderManager();
    }

    /** "+4,2 %" or "–" for the provider's last whole month. */
    public String getLastMonthDeviation() {
        if (lastMonth == null) {
            FollowUpService.Subject s = followUp.defaultSubject();
            YearMonth m = YearMonth.now(clock).minusMonths(1);
            List<FollowUpService.MonthFigures> months = followUp.months(s.level(), s.id(), m, m);
            lastMonth = months.get(0);
        }
        BigDecimal p = lastMonth.deviationPercent();
        return p == null ? "–" : (p.signum() > 0 ? "+" : "") + String.format(Locale.forLanguageTag("sv-SE"), "%.1f %%", p);
    }
}
