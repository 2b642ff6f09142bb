package se.hemtjanst.billing.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;

/**
 * The partitions of the month's settlement of every provider ({@code monthly-settlement-all}): one per settlement,
 * run as many at a time as the machine has cores (more only wait for the same cores and the same database pages).
 */
@Named
@Dependent
public class SettlementPartitions implements PartitionMapper {

    /** The job parameter that names the run's settlements. */
    public static final String SETTLEMENT_IDS = "settlementIds";

    @Inject
    @BatchProperty
    String settlementIds;

    @Override
    public PartitionPlan mapPartitions() {
        List<String> ids = ids(settlementIds);
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(ids.size());
        plan.setThreads(Math.max(1, Math.min(ids.size(), Runtime.getRuntime().availableProcessors())));
        Properties[] each = new Properties[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            each[i] = new Properties();
            each[i].setProperty("settlementId", ids.get(i));
        }
        plan.setPartitionProperties(each);
        return plan;
    }

    /** The settlement ids of the job parameter (comma-separated). */
    public static List<String> ids(String parameter) {
        return parameter == null || parameter.isBlank() ? List.of() : List.of(parameter.split(","));
    }
}
