package se.hemtjanst.billing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import se.hemtjanst.billing.domain.BillingRulebook;
import se.hemtjanst.billing.domain.BillingRules;
import se.hemtjanst.shared.domain.NotFoundException;

/** The stored billing rules as a rulebook (for the batch job, which runs without a caller's roles). */
@ApplicationScoped
public class BillingRulesReader {

    @PersistenceContext(unitName = "hemtjanst")
    EntityManager em;

    public BillingRulebook rulebook() {
        return new BillingRulebook(em.createQuery("select r from BillingRulesRow r order by r.validFrom",
                BillingRulesRow.class).getResultList().stream().map(BillingRulesRow::toRules).toList());
    }

    public BillingRules forMonth(YearMonth month) {
        return rulebook().find(month).orElseThrow(() -> new NotFoundException("billing.rules.missing",
                "No billing rules govern " + month + "; system administration must enter them", month));
    }
}
