package se.hemtjanst.visit.application;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import se.hemtjanst.visit.domain.Visit;
import se.hemtjanst.visit.domain.Visits;

/**
 * Locks visits for billing once their correction window has passed: every night after midnight, and whenever
 * billing asks ({@link #lockDue()}), so a month is never settled with a visit still open for correction.
 */
@Singleton
@RunAs("ADMIN")
public class VisitLocking {

    private static final Logger LOG = Logger.getLogger(VisitLocking.class.getName());
    private static final int BATCH = 5000;

    @Inject
    Visits visits;

    @Inject
    Clock clock;

    @Schedule(hour = "0", minute = "5", persistent = false)
    public void nightly() {
        int locked = lockDue();
        if (locked > 0) {
            LOG.info("Locked " + locked + " visits whose correction window had passed");
        }
    }

    public int lockDue() {
        LocalDate today = LocalDate.now(clock);
        int count = 0;
        for (Visit v : visits.dueForLock(today, BATCH)) {
            if (v.lockIfDue(today)) {
                count++;
            }
        }
        return count;
    }
}
