package se.hemtjanst.billing.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.Map;
import se.hemtjanst.billing.domain.BillingCalculator;
import se.hemtjanst.billing.domain.BillingRules;
import se.hemtjanst.billing.domain.ClientMonth;

/** Settles one client month with the month's rules: the same calculator the screen uses. */
@Named
@Dependent
public class SettlementProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String month;

    @Inject
    BillingRulesReader rules;

    private BillingRules monthRules;

    @Override
    @SuppressWarnings("unchecked")
    public Object processItem(Object item) {
        if (monthRules == null) {
            monthRules = rules.forMonth(YearMonth.parse(month));
        }
        Map.Entry<Long, ClientMonth> entry = (Map.Entry<Long, ClientMonth>) item;
        return Map.entry(entry.getKey(), BillingCalculator.settle(entry.getValue(), monthRules));
    }
}
