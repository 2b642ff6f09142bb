package se.hemtjanst.billing.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import se.hemtjanst.billing.infrastructure.ExcessCaseRow;

/**
 * Advances the 110 % deadlines every night: a case not explained by its explanation deadline is recorded as not
 * paid, one explained but not decided by the decision deadline as paid. Also callable at once (tests, support).
 */
@Singleton
public class ExcessDeadlineTimer {

    private static final Logger LOG = Logger.getLogger(ExcessDeadlineTimer.class.getName());

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Inject
    Clock clock;

    @Schedule(hour = "0", minute = "15", persistent = false)
    public void nightly() {
        int settled = advance(LocalDate.now(clock));
        if (settled > 0) {
            LOG.info(settled + " 110 % cases settled by their deadlines");
        }
    }

    public int advance(LocalDate today) {
        int count = 0;
        for (ExcessCaseRow row : em.createQuery("select c from ExcessCaseRow c where c.outcome is null"
                + " and (c.explainBy < :today or c.decideBy < :today)", ExcessCaseRow.class)
                .setParameter("today", today).getResultList()) {
            if (row.settleByDate(today)) {
                count++;
            }
        }
        return count;
    }
}
