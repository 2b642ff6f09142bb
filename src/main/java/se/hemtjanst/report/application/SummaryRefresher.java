package se.hemtjanst.report.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.hemtjanst.demo.ScaleDataGenerator;
import se.hemtjanst.billing.infrastructure.GrantedMonths;
import se.hemtjanst.report.infrastructure.VisitMonths;

/**
 * Folds the marks into the monthly summaries every ten seconds, a bounded batch per transaction until none is left:
 * the visit marks (see {@link VisitMonths}) and the order marks, which also keep the window of ordered-time months
 * built (see {@link GrantedMonths}). The reports are exact whether it has run or not; it only keeps them fast. A
 * failed run (a lock timeout while scans write, say) is rolled back whole and simply tried again at the next tick.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SummaryRefresher {

    private static final Logger LOG = Logger.getLogger(SummaryRefresher.class.getName());
    /**
     * Marks folded per transaction. Not more: with 5,000 a fold's transaction took 1.3-2.5 s under the scan
     * benchmark's load and the scans' p99 was 1,169 ms; with 1,000 (0.4-0.6 s a fold) it is 88 ms, at a higher rate
     * (docs/benchmarks.md). It also stays below Derby's lock escalation threshold (5,000 locks on a table).
     */
    private static final int BATCH = 1_000;
    /** At most this many batches per tick, so that one tick never runs for long. */
    private static final int MAX_BATCHES = 20;

    @Inject
    VisitMonths months;

    @Inject
    GrantedMonths granted;

    @Resource
    UserTransaction tx;

    /** The refresher's share of the time at most 1 / (1 + this): it waits four times as long as its last fold took. */
    private static final int PAUSE_FACTOR = 4;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long notBeforeNanos = System.nanoTime();

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void tick() {
        // Under a heavy write load (thousands of scans a second) a fold takes seconds; the reports stay exact without
        // it (they read the marked clients from their visits), so it yields the machine to the writers.
        if (ScaleDataGenerator.generating() || System.nanoTime() - notBeforeNanos < 0
                || !running.compareAndSet(false, true)) {
            return;
        }
        long started = System.nanoTime();
        try {
            for (int i = 0; i < MAX_BATCHES && inTransaction(() -> months.refresh(BATCH)) == BATCH; i++) {
                // a full batch: there may be more
            }
            for (int i = 0; i < MAX_BATCHES && inTransaction(granted::refresh) > 0; i++) {
                // marks folded or a month built: there may be more
            }
        } finally {
            long took = System.nanoTime() - started;
            notBeforeNanos = System.nanoTime() + PAUSE_FACTOR * took;
            running.set(false);
        }
    }

    /**
     * One batch of each summary, each in a transaction of its own; returns what was done (marks folded, ordered-time
     * rows built; 0: both up to date, or failed).
     */
    public int refreshOnce() {
        return inTransaction(() -> months.refresh(BATCH)) + inTransaction(granted::refresh);
    }

    private int inTransaction(java.util.function.IntSupplier step) {
        try {
            tx.begin();
            long started = System.nanoTime();
            int done = step.getAsInt();
            tx.commit();
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (done > BATCH || ms >= 1_000) {
                LOG.info(() -> "Monthly summary: " + done + " changes folded or rows built in " + ms + " ms");
            }
            return done;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Monthly summary not refreshed this time (tried again in ten seconds): " + e, e);
            try {
                if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    tx.rollback();
                }
            } catch (Exception rollback) {
                LOG.log(Level.WARNING, "Rollback of the summary refresh failed", rollback);
            }
            return 0;
        }
    }
}
