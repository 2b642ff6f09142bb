package se.hemtjanst.billing.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import se.hemtjanst.billing.domain.BillingCalculator;
import se.hemtjanst.billing.domain.BillingRules;
import se.hemtjanst.billing.domain.ClientSettlement;

/** Settles one client month with the month's rules: the same calculator the screen uses. */
@Named
@Dependent
public class SettlementProcessor implements ItemProcessor {

    /** A settled client month, as the writer receives it. */
    public record Settled(long settlementId, long clientId, ClientSettlement settlement) {
    }

    @Inject
    @BatchProperty
    String month;

    @Inject
    BillingRulesReader rules;

    private BillingRules monthRules;

    @Override
    public Object processItem(Object item) {
        if (monthRules == null) {
            monthRules = rules.forMonth(YearMonth.parse(month));
        }
        SettlementClientReader.Item client = (SettlementClientReader.Item) item;
        return new Settled(client.settlementId(), client.clientId(),
                BillingCalculator.settle(client.month(), monthRules));
    }
}
