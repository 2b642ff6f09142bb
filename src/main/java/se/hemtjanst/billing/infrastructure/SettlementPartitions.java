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
 * The partitions of the month's settlement of every provider ({@code monthly-settlement-all}): groups of
 * {@link #GROUP} settlements in the order of the job parameter, run as many at a time as the machine has cores (more
 * only wait for the same cores and the same database pages). Not one partition per settlement: the batch runtime
 * starts each partition with a fixed cost (it writes the resolved step to the partition's job log through a new
 * JAXB context and a DOM serializer, and walks its in-memory job repository), a tenth of the month's run at one
 * partition per provider. Groups small enough that the last one leaves the other cores idle only briefly.
 */
@Named
@Dependent
public class SettlementPartitions implements PartitionMapper {

    /** The job parameter that names the run's settlements. */
    public static final String SETTLEMENT_IDS = "settlementIds";

    /** Settlements per partition. */
    static final int GROUP = 8;

    @Inject
    @BatchProperty
    String settlementIds;

    @Override
    public PartitionPlan mapPartitions() {
        List<String> ids = ids(settlementIds);
        int partitions = (ids.size() + GROUP - 1) / GROUP;
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(partitions);
        plan.setThreads(Math.max(1, Math.min(partitions, Runtime.getRuntime().availableProcessors())));
        Properties[] each = new Properties[partitions];
        for (int i = 0; i < partitions; i++) {
            each[i] = new Properties();
            each[i].setProperty(SETTLEMENT_IDS,
                    String.join(",", ids.subList(i * GROUP, Math.min(ids.size(), (i + 1) * GROUP))));
        }
        plan.setPartitionProperties(each);
        return plan;
    }

    /** The settlement ids of the job parameter (comma-separated). */
    public static List<String> ids(String parameter) {
        return parameter == null || parameter.isBlank() ? List.of() : List.of(parameter.split(","));
    }
}
