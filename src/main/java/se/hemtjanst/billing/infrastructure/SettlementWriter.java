package se.hemtjanst.billing.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import se.hemtjanst.billing.domain.ClientSettlement;
import se.hemtjanst.billing.domain.SettlementLine;

/** Writes a chunk's settlement lines and the progress in the chunk's transaction. */
@Named
@Dependent
public class SettlementWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String settlementId;

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) {
        long id = Long.parseLong(settlementId);
        int unlocked = 0;
        // Nothing to replace: the lines of an earlier run are deleted when the run starts (SettlementClientReader),
        // and a chunk that fails is rolled back with its lines before it is tried again.
        for (Object item : items) {
            Map.Entry<Long, ClientSettlement> entry = (Map.Entry<Long, ClientSettlement>) item;
            for (SettlementLine line : entry.getValue().lines()) {
                em.persist(new SettlementRow(id, entry.getKey(), line));
            }
            unlocked += entry.getValue().unlockedVisits();
        }
        // The progress is added in the database, not through the row's version: the thread that started the job writes
        // the row's execution id with a bulk update, which in EclipseLink also advances the version, so a versioned
        // update of the row read before that write failed - at the chunk's commit, since JDBC batch writing leaves
        // the last statement of a flush for the commit, where the job cannot retry it (1 job of 133 on the benchmark).
        em.createQuery("update Settlement s set s.clientsDone = s.clientsDone + :n,"
                        + " s.unlockedVisits = s.unlockedVisits + :u where s.id = :id")
                .setHint(Settlement.BIND, "true")
                .setParameter("n", items.size()).setParameter("u", unlocked).setParameter("id", id).executeUpdate();
        // The lines are written here rather than at the chunk's commit, so that a lock conflict is thrown by the
        // writer, where the job retries the chunk (retryable-exception-classes).
        em.flush();
    }
}
