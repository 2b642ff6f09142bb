package se.hemtjanst.billing.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.hemtjanst.billing.domain.ClientMonth;

/**
 * Reads the provider's client months for the settlement: all of them at once, set-based (see
 * {@link BillingInputs}), then one at a time; the checkpoint is the position, so a restart skips what is done.
 */
@Named
@Dependent
public class SettlementClientReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String settlementId;

    @Inject
    BillingInputs inputs;

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    private List<Map.Entry<Long, ClientMonth>> items;
    private int position;

    @Override
    public void open(Serializable checkpoint) {
        Settlement settlement = em.find(Settlement.class, Long.valueOf(settlementId));
        items = new ArrayList<>(inputs.forProvider(settlement.providerId(), settlement.month(), null).entrySet());
        // The total for the progress, known now (open runs in the step's first transaction); set in the database, not
        // through the row's version (see SettlementWriter).
        em.createQuery("update Settlement s set s.clientsTotal = :t where s.id = :id")
                .setHint(Settlement.BIND, "true")
                .setParameter("t", items.size()).setParameter("id", settlement.id()).executeUpdate();
        position = checkpoint == null ? 0 : (Integer) checkpoint;
        if (checkpoint == null) {
            // A run from the start replaces every line of an earlier run (a settlement is run again until it is
            // closed, and a closed one has no new run), in the transaction of the reader's opening, before any chunk. A run
            // restarted from its checkpoint keeps the chunks committed before it: the chunk that failed was rolled
            // back with its lines.
            em.createQuery("delete from SettlementRow r where r.settlementId = :s").setParameter("s", settlement.id())
                    .executeUpdate();
        }
    }

    @Override
    public Object readItem() {
        return position < items.size() ? items.get(position++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
