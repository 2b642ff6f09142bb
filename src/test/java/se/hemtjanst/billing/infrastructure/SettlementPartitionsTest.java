package se.hemtjanst.billing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.api.partition.PartitionPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The month run's partitions: every settlement in exactly one group of at most eight, in the job's order. */
class SettlementPartitionsTest {

    private static PartitionPlan plan(String settlementIds) {
        SettlementPartitions mapper = new SettlementPartitions();
        mapper.settlementIds = settlementIds;
        return mapper.mapPartitions();
    }

    @Test
    void theMonthOf133ProvidersIs17GroupsTheLastOfFive() {
        List<String> ids = IntStream.rangeClosed(101, 233).mapToObj(String::valueOf).toList();
        PartitionPlan plan = plan(String.join(",", ids));
        assertEquals(17, plan.getPartitions());
        assertEquals(Math.min(17, Runtime.getRuntime().availableProcessors()), plan.getThreads());
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            all.addAll(SettlementPartitions.ids(
                    plan.getPartitionProperties()[i].getProperty(SettlementPartitions.SETTLEMENT_IDS)));
        }
        assertEquals(ids, all);
        assertEquals("101,102,103,104,105,106,107,108",
                plan.getPartitionProperties()[0].getProperty(SettlementPartitions.SETTLEMENT_IDS));
        assertEquals("229,230,231,232,233",
                plan.getPartitionProperties()[16].getProperty(SettlementPartitions.SETTLEMENT_IDS));
    }

    @Test
    void exactlyEightIsOneGroupAndNineIsTwo() {
        assertEquals(1, plan("1,2,3,4,5,6,7,8").getPartitions());
        PartitionPlan nine = plan("1,2,3,4,5,6,7,8,9");
        assertEquals(2, nine.getPartitions());
        assertEquals("9", nine.getPartitionProperties()[1].getProperty(SettlementPartitions.SETTLEMENT_IDS));
    }

    @Test
    void oneSettlementIsOnePartitionOnOneThread() {
        PartitionPlan plan = plan("42");
        assertEquals(1, plan.getPartitions());
        assertEquals(1, plan.getThreads());
    }
}
