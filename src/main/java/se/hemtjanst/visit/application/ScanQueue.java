package se.hemtjanst.visit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit for tag scans. Requests that arrive while a transaction of scans is being written wait, and the
 * next one writes all of them together ({@link ScanWriter}): one transaction, one flush and a few set-based
 * lookups instead of one of each per scan, which is what a thousand phones at once need. A scan is still answered
 * only after its transaction has committed, with the same answer as when written alone. Alone (no other request
 * waiting) a scan is written at once, so a quiet server answers as fast as before.
 * <p>
 * The request that finds no writer at work writes; the others wait. When it is done it completes everyone it wrote
 * for and hands the turn to the oldest waiting request, so every request thread does the work of at most one
 * batch beyond its own wait. If a batch fails as a whole (a database error), each of its scans is written again on
 * its own, so one bad scan never costs the others theirs.
 */
@ApplicationScoped
public class ScanQueue {

    private static final Logger LOG = Logger.getLogger(ScanQueue.class.getName());
    /** Scans per transaction at most (a phone's offline queue of up to 500 is never split). */
    static final int MAX_BATCH = 250;

    @Inject
    ScanWriter writer;

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private boolean writing;

    private static final class Pending {
        final List<PreparedScan> scans;
        final Condition turn;
        List<Object> outcomes;
        boolean lead;
        boolean done;

        Pending(List<PreparedScan> scans, Condition turn) {
            this.scans = scans;
            this.turn = turn;
        }
    }

    /**
     * Writes the scans (in order) together with whatever else is waiting; one outcome per scan, in order: a
     * {@link ScanResult}, or the {@link RuntimeException} that refused it.
     */
    public List<Object> submit(List<PreparedScan> scans) {
        if (scans.isEmpty()) {
            return List.of();
        }
        Pending me = new Pending(scans, lock.newCondition());
        List<Pending> batch;
        lock.lock();
        try {
            waiting.add(me);
            if (!writing) {
                writing = true;
                me.lead = true;
            }
            while (!me.lead && !me.done) {
                me.turn.awaitUninterruptibly();
            }
            if (me.done) {
                return me.outcomes;
            }
            batch = take();
        } finally {
            lock.unlock();
        }
        List<PreparedScan> all = new ArrayList<>();
        batch.forEach(p -> all.addAll(p.scans));
        List<Object> outcomes = null;
        try {
            outcomes = write(all);
        } finally {
            lock.lock();
            try {
                int i = 0;
                for (Pending p : batch) {
                    p.outcomes = new ArrayList<>(p.scans.size());
                    for (int k = 0; k < p.scans.size(); k++, i++) {
                        p.outcomes.add(outcomes == null ? new IllegalStateException("The scan was not written")
                                : outcomes.get(i));
                    }
                    p.done = true;
                    p.turn.signal();
                }
                Pending next = waiting.peek();
                if (next == null) {
                    writing = false;
                } else {
                    next.lead = true;
                    next.turn.signal();
                }
            } finally {
                lock.unlock();
            }
        }
        return me.outcomes;
    }

    /** The oldest waiting requests, up to the batch size (at least one); the caller holds the lock. */
    private List<Pending> take() {
        List<Pending> batch = new ArrayList<>();
        int scans = 0;
        while (!waiting.isEmpty() && (batch.isEmpty() || scans + waiting.peek().scans.size() <= MAX_BATCH)) {
            Pending p = waiting.poll();
            batch.add(p);
            scans += p.scans.size();
        }
        return batch;
    }

    private List<Object> write(List<PreparedScan> all) {
        try {
            return writer.write(all);
        } catch (RuntimeException e) {
            if (all.size() == 1) {
                return List.of(new ScanCollisionException(all.get(0).scanId(), e));
            }
            LOG.log(Level.FINE, "A batch of " + all.size() + " scans failed as a whole; writing each on its own", e);
            List<Object> outcomes = new ArrayList<>(all.size());
            for (PreparedScan scan : all) {
                try {
                    outcomes.add(writer.write(List.of(scan)).get(0));
                } catch (RuntimeException alone) {
                    outcomes.add(new ScanCollisionException(scan.scanId(), alone));
                }
            }
            return outcomes;
        }
    }
}
