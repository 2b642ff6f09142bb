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
 * Reads the client months of the settlements, one settlement after the other (one in {@code monthly-settlement},
 * a partition's group in {@code monthly-settlement-all}): each settlement's months all at once, set-based (see
 * {@link BillingInputs}), then one at a time. The checkpoint is the settlement and the position in it, so a restart
 * skips what is done.
 */
@Named
@Dependent
public class SettlementClientReader extends AbstractItemReader {

    /** One client month of a settlement, as the processor receives it. */
    public record Item(long settlementId, long clientId, ClientMonth month) {
    }

    /** Where the reader is: the index of the settlement in the list, and the position in its client months. */
    record Checkpoint(int settlement, int position) implements Serializable {
    }

    @Inject
    @BatchProperty
    String settlementIds;

    @Inject
    BillingInputs inputs;

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    private List<Long> ids;
    private int current;
    private List<Map.Entry<Long, ClientMonth>> items;
    private int position;

    @Override
    public void open(Serializable checkpoint) {
        ids = SettlementPartitions.ids(settlementIds).stream().map(Long::valueOf).toList();
        Checkpoint at = checkpoint == null ? new Checkpoint(0, 0) : (Checkpoint) checkpoint;
        current = at.settlement();
        if (current < ids.size()) {
            begin(at.position());
        }
    }

    /**
     * Reads the current settlement's client months and sets its total, in the transaction of the reader's opening
     * or of the chunk that reaches it. A settlement begun from its start (nothing of it committed yet) first loses
     * every line of an earlier run: a settlement is run again until it is closed, and a closed one has no new run.
     * One restarted from a checkpoint inside it keeps the chunks committed before: the chunk that failed was rolled
     * back with its lines.
     */
    private void begin(int from) {
        Settlement settlement = em.find(Settlement.class, ids.get(current));
        items = new ArrayList<>(inputs.forProvider(settlement.providerId(), settlement.month(), null).entrySet());
        // The total for the progress, known now; set in the database, not through the row's version (see
        // SettlementWriter).
        em.createQuery("update Settlement s set s.clientsTotal = :t where s.id = :id")
                .setHint(Settlement.BIND, "true")
                .setParameter("t", items.size()).setParameter("id", settlement.id()).executeUpdate();
        position = from;
        if (from == 0) {
            em.createQuery("delete from SettlementRow r where r.settlementId = :s").setParameter("s", settlement.id())
                    .executeUpdate();
        }
    }

    @Override
    public Object readItem() {
        while (current < ids.size()) {
            if (position < items.size()) {
                Map.Entry<Long, ClientMonth> next = items.get(position++);
                return new Item(ids.get(current), next.getKey(), next.getValue());
            }
            current++;
            if (current < ids.size()) {
                begin(0);
            }
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return new Checkpoint(current, position);
    }
}
