package se.hemtjanst.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import se.hemtjanst.order.domain.OrderVersion;
import se.hemtjanst.plan.domain.FrameCheck;
import se.hemtjanst.plan.domain.PlanContent;

/**
 * One scale data run as the workers share it: the model, the units already written, the first id of each table's
 * block, and the next chunk of clients to take. Ids are functions of the client number k (a fixed number of ids per
 * client and table), so the data set is the same whichever worker writes which chunk.
 */
final class ScaleJob {

    private static final Logger LOG = Logger.getLogger(ScaleJob.class.getName());

    /** Clients per transaction: small enough that no table gets 5,000 row locks (Derby's lock escalation). */
    static final int CLIENTS_PER_CHUNK = 30;
    static final int MAX_VISITS_PER_CLIENT = 150;
    static final int MAX_SCANS_PER_CLIENT = 2 * MAX_VISITS_PER_CLIENT;

    /** Ids per client of each table taken from its sequence. */
    static final Map<String, Integer> IDS_PER_CLIENT = Map.of("client_seq", 1, "frame_order_seq", 1,
            "order_version_seq", 1, "implementation_plan_seq", 1, "plan_revision_seq", 2, "nfc_tag_seq", 1,
            "visit_seq", MAX_VISITS_PER_CLIENT, "scan_seq", MAX_SCANS_PER_CLIENT);

    record VariantData(OrderVersion version, PlanContent content, String json, FrameCheck frame) {
    }

    final ScaleModel model;
    final LocalDate today;
    final long[] districtIds;
    final long[] providerIds;
    final Map<Integer, VariantData> variants;
    final Map<String, Long> base;
    final AtomicInteger nextChunk = new AtomicInteger();
    final AtomicInteger clientsDone = new AtomicInteger();
    final AtomicLong visits = new AtomicLong();
    final AtomicLong scans = new AtomicLong();
    final long startedNanos;

    ScaleJob(ScaleModel model, LocalDate today, long[] districtIds, long[] providerIds,
             Map<Integer, VariantData> variants, Map<String, Long> base, long startedNanos) {
        this.model = model;
        this.today = today;
        this.districtIds = districtIds;
        this.providerIds = providerIds;
        this.variants = variants;
        this.base = base;
        this.startedNanos = startedNanos;
    }

    /** The id of the n-th row of client k in the table of this sequence. */
    long id(String seq, int k, int n) {
        return base.get(seq) + (long) k * IDS_PER_CLIENT.get(seq) + n;
    }

    /** The first id after every block of this sequence. */
    long end(String seq) {
        return base.get(seq) + (long) model.clients() * IDS_PER_CLIENT.getOrDefault(seq, 0);
    }

    void progressed(int clients, long v, long s) {
        long allVisits = visits.addAndGet(v);
        long allScans = scans.addAndGet(s);
        int done = clientsDone.addAndGet(clients);
        if (done / 1000 != (done - clients) / 1000) {
            long sec = (System.nanoTime() - startedNanos) / 1_000_000_000;
            LOG.info(() -> "Scale data: " + done + " clients, " + allVisits + " visits, " + allScans + " scans after "
                    + sec + " s");
        }
    }
}
