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
import se.hemtjanst.billing.domain.BillingModel;
import se.hemtjanst.billing.domain.BillingRules;
import se.hemtjanst.billing.domain.ExcessDeadlines;

/**
 * The settlement's last step: the total, the status, and — in the performed-time model — a 110 % case for every
 * line with time over the limit, with the explanation and decision deadlines of the following month.
 */
@Named
@Dependent
public class SettlementCompletion extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String settlementId;

    @Inject
    BillingRulesReader rules;

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    @Override
    @Transactional
    public String process() {
        long id = Long.parseLong(settlementId);
        Settlement settlement = em.find(Settlement.class, id);
        BillingRules monthRules = rules.forMonth(settlement.month());
        BigDecimal total = em.createQuery("select coalesce(sum(r.amount), 0) from SettlementRow r"
                + " where r.settlementId = :s", BigDecimal.class).setParameter("s", id).getSingleResult();
        em.createQuery("delete from ExcessCaseRow c where c.settlementId = :s").setParameter("s", id).executeUpdate();
        if (monthRules.model() == BillingModel.PERFORMED_TIME) {
            ExcessDeadlines deadlines = monthRules.deadlinesFor(settlement.month());
            for (SettlementRow line : em.createQuery("select r from SettlementRow r where r.settlementId = :s"
                    + " and r.excessHours > 0", SettlementRow.class).setParameter("s", id).getResultList()) {
                em.persist(new ExcessCaseRow(id, settlement.providerId(), line.clientId(), settlement.month(), line,
                        deadlines));
            }
        }
        // Through the database, not the row read above: the thread that started the job writes the row's execution id
        // with a bulk update, which in EclipseLink also advances the row's version, and for a small provider that can
        // come after this batchlet's read (see SettlementWriter).
        em.createQuery("update Settlement s set s.status = :calculated, s.amount = :total where s.id = :id")
                .setHint(Settlement.BIND, "true")
                .setParameter("calculated", Settlement.Status.CALCULATED).setParameter("total", total)
                .setParameter("id", id).executeUpdate();
        return "CALCULATED";
    }
}
