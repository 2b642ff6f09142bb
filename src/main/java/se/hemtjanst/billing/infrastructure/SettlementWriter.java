package se.hemtjanst.billing.infrastructure;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hemtjanst.billing.domain.SettlementLine;

/**
 * Writes a chunk's settlement lines and the progress of each settlement in the chunk (a chunk of a partition's group
 * may end one settlement and begin the next) in the chunk's transaction.
 */
@Named
@Dependent
public class SettlementWriter extends AbstractItemWriter {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Override
    public void writeItems(List<Object> items) {
        Map<Long, int[]> progress = new LinkedHashMap<>();
        // Nothing to replace: the lines of an earlier run are deleted when the settlement is begun
        // (SettlementClientReader), and a chunk that fails is rolled back with its lines before it is tried again.
        for (Object item : items) {
            SettlementProcessor.Settled settled = (SettlementProcessor.Settled) item;
            for (SettlementLine line : settled.settlement().lines()) {
                em.persist(new SettlementRow(settled.settlementId(), settled.clientId(), line));
            }
            int[] counts = progress.computeIfAbsent(settled.settlementId(), k -> new int[2]);
            counts[0]++;
            counts[1] += settled.settlement().unlockedVisits();
        }
        // The progress is added in the database, not through the row's version: the thread that started the job writes
        // the row's execution id with a bulk update, which in EclipseLink also advances the version, so a versioned
        // update of the row read before that write failed - at the chunk's commit, since JDBC batch writing leaves
        // the last statement of a flush for the commit, where the job cannot retry it (1 job of 133 on the benchmark).
        progress.forEach((id, counts) -> em.createQuery("update Settlement s set s.clientsDone = s.clientsDone + :n,"
                        + " s.unlockedVisits = s.unlockedVisits + :u where s.id = :id")
                .setHint(Settlement.BIND, "true")
                .setParameter("n", counts[0]).setParameter("u", counts[1]).setParameter("id", id).executeUpdate());
        // The lines are written here rather than at the chunk's commit, so that a lock conflict is thrown by the
        // writer, where the job retries the chunk (retryable-exception-classes).
        em.flush();
    }
}
