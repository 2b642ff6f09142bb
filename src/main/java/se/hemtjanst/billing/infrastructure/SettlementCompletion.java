package se.hemtjanst.billing.infrastructure;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.hemtjanst.billing.domain.BillingModel;
import se.hemtjanst.billing.domain.BillingRules;
import se.hemtjanst.billing.domain.ExcessDeadlines;

/**
 * The settlements' last step, after every client month is written: each settlement's total and status, and — in
 * the performed-time model — a 110 % case for every line with time over the limit, with the explanation and decision
 * deadlines of the following month. One step for all of the job's settlements (one in {@code monthly-settlement},
 * every provider's in {@code monthly-settlement-all}), set-based, in one transaction: as a partition per provider it
 * cost a partition's start for each (the batch runtime writes the resolved step to the job log of every partition),
 * more than the completion itself. It replaces whatever an earlier attempt wrote, so a restarted job runs it again
 * from the start.
 */
@Named
@Dependent
public class SettlementCompletion extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String settlementIds;

    @Inject
    BillingRulesReader rules;

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Override
    @Transactional
    public String process() {
        List<Long> ids = SettlementPartitions.ids(settlementIds).stream().map(Long::valueOf).toList();
        if (ids.isEmpty()) {
            return "CALCULATED";
        }
        Map<Long, Settlement> settlements = new HashMap<>();
        for (Settlement s : em.createQuery("select s from Settlement s where s.id in :ids", Settlement.class)
                .setParameter("ids", ids).getResultList()) {
            settlements.put(s.id(), s);
        }
        Map<Long, BigDecimal> totals = new HashMap<>();
        for (Object[] r : em.createQuery("select r.settlementId, sum(r.amount) from SettlementRow r"
                + " where r.settlementId in :ids group by r.settlementId", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            totals.put((Long) r[0], (BigDecimal) r[1]);
        }
        em.createQuery("delete from ExcessCaseRow c where c.settlementId in :ids").setParameter("ids", ids)
                .executeUpdate();
        Map<YearMonth, BillingRules> monthRules = new HashMap<>();
        List<Long> performedTime = ids.stream().filter(id -> monthRules.computeIfAbsent(settlements.get(id).month(),
                rules::forMonth).model() == BillingModel.PERFORMED_TIME).toList();
        if (!performedTime.isEmpty()) {
            for (SettlementRow line : em.createQuery("select r from SettlementRow r where r.settlementId in :ids"
                    + " and r.excessHours > 0", SettlementRow.class).setParameter("ids", performedTime)
                    .getResultList()) {
                Settlement settlement = settlements.get(line.settlementId());
                ExcessDeadlines deadlines = monthRules.get(settlement.month()).deadlinesFor(settlement.month());
                em.persist(new ExcessCaseRow(settlement.id(), settlement.providerId(), line.clientId(),
                        settlement.month(), line, deadlines));
            }
        }
        // Through the database, not the rows read above: the thread that started the job writes the rows' execution
        // id with a bulk update, which in EclipseLink also advances a row's version, and that can come after this
        // batchlet's read (see SettlementWriter).
        for (Long id : ids) {
            em.createQuery("update Settlement s set s.status = :calculated, s.amount = :total where s.id = :id")
                    .setHint(Settlement.BIND, "true")
                    .setParameter("calculated", Settlement.Status.CALCULATED)
                    .setParameter("total", totals.getOrDefault(id, BigDecimal.ZERO))
                    .setParameter("id", id).executeUpdate();
        }
        return "CALCULATED";
    }
}
