package se.hemtjanst.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.hemtjanst.billing.domain.Fixtures.d;
import static se.hemtjanst.billing.domain.Fixtures.h;
import static se.hemtjanst.billing.domain.Fixtures.leds;
import static se.hemtjanst.billing.domain.Fixtures.morgon;
import static se.hemtjanst.billing.domain.Fixtures.natt;
import static se.hemtjanst.billing.domain.Fixtures.ram;
import static se.hemtjanst.billing.domain.Fixtures.ramtid;
import static se.hemtjanst.billing.domain.Fixtures.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimunderlagLovTest {

    static final YearMonth NOVEMBER_2022 = YearMonth.of(2022, 11);

    static TimunderlagLov.Figures figures(String insatstyp, String granted, String pause, String grantedLov,
                                          String performed, String compensated, int visits, String perVisit) {
        return new TimunderlagLov.Figures(insatstyp, new BigDecimal(granted), new BigDecimal(pause),
                new BigDecimal(grantedLov), new BigDecimal(performed), new BigDecimal(compensated), visits,
                new BigDecimal(perVisit));
    }

    /**
     * The seed's example (Norrköping, ordered time): ramtid 12,43 h; 32 visits tied to RAM-tid, 8,13 h
     * (488 min: 24 × 15 + 8 × 16); one visit wrongly tied to Morgonhjälp, 0,15 h (9 min).
     */
    static ClientMonth seedExample() {
        List<PerformedVisit> visits = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String day = String.format("2022-11-%02d", 1 + i / 2);
            visits.add(ram(day + (i % 2 == 0 ? "T08:00" : "T17:00"), i < 24 ? 15 : 16));
        }
        visits.add(morgon("2022-11-21T08:30", 9));
        return new ClientMonth("c1", NOVEMBER_2022, ramtid("12.43"), visits);
    }

    @Test
    void reproducesTheSeedExample() {
        ClientSettlement s = BillingCalculator.settle(seedExample(), rules(BillingModel.ORDERED_TIME).build());
        TimunderlagLov report = TimunderlagLov.of(NOVEMBER_2022, List.of(s));
        assertEquals(List.of(
                        figures("Ramtid", "12.43", "0.00", "12.43", "8.13", "12.43", 32, "0.25"),
                        figures("Morgonhjälp", "0.00", "0.00", "0.00", "0.15", "0.00", 1, "0.15")),
                report.rows().stream().map(TimunderlagLov.Row::figures).toList());
        assertEquals(figures("Totalt", "12.43", "0.00", "12.43", "8.28", "12.43", 33, "0.25"),
                report.total().figures());
        assertEquals(new BigDecimal("4972.00"), report.total().amount()); // 12.43 × 400.00
    }

    @Test
    void theSeedExampleUnderPerformedTimePaysWhatWasPerformed() {
        ClientSettlement s = BillingCalculator.settle(seedExample(), rules(BillingModel.PERFORMED_TIME).build());
        TimunderlagLov report = TimunderlagLov.of(NOVEMBER_2022, List.of(s));
        assertEquals(figures("Ramtid", "12.43", "0.00", "12.43", "8.13", "8.13", 32, "0.25"),
                report.rows().get(0).figures());
        assertEquals(figures("Totalt", "12.43", "0.00", "12.43", "8.28", "8.13", 33, "0.25"),
                report.total().figures());
    }

    @Test
    void aProviderReportSumsExactlyAndRoundsOnce() {
        // three clients, each granted 10 h for one day of 30: 1/3 h each -> 0,33 alone, 1,00 together (not 0,99)
        BillingRules r = rules(BillingModel.PERFORMED_TIME).build();
        List<ClientSettlement> clients = new ArrayList<>();
        for (String id : List.of("a", "b", "c")) {
            GrantedTime g = new GrantedTime(List.of(new FrameOrderVersion(d("2022-11-30"), null, h("10"))), List.of());
            clients.add(BillingCalculator.settle(new ClientMonth(id, NOVEMBER_2022, g,
                    List.of(ram("2022-11-30T10:00", 20))), r));
        }
        for (ClientSettlement c : clients) {
            TimunderlagLov alone = TimunderlagLov.of(NOVEMBER_2022, List.of(c));
            assertEquals(figures("Ramtid", "0.33", "0.00", "0.33", "0.33", "0.33", 1, "0.33"),
                    alone.rows().get(0).figures());
            // the one-client report shows the client's own settlement, rounded
            SettlementLine line = c.lines().get(0);
            assertEquals(line.granted().granted().rounded(), alone.rows().get(0).figures().beviljadTid());
            assertEquals(new BigDecimal("133.33"), alone.total().amount()); // 20 min × 400
        }
        TimunderlagLov provider = TimunderlagLov.of(NOVEMBER_2022, clients);
        assertEquals(figures("Ramtid", "1.00", "0.00", "1.00", "1.00", "1.00", 3, "0.33"),
                provider.rows().get(0).figures());
        assertEquals(new BigDecimal("399.99"), provider.total().amount()); // three rounded amount lines
        // order of clients does not matter
        assertEquals(provider, TimunderlagLov.of(NOVEMBER_2022, List.of(clients.get(2), clients.get(0), clients.get(1))));
    }

    @Test
    void rowsForServicesOutsideTheFrameAndNoneForServicesOutsideLov() {
        GrantedTime granted = new GrantedTime(List.of(new FrameOrderVersion(d("2022-01-01"), null, h("20"),
                List.of(new OutOfFrameService("LEDS", "Ledsagning", h("6"), true),
                        new OutOfFrameService("NATT", "Natthjälp", h("30"), false)))),
                List.of(new PausePeriod(d("2022-11-26"), d("2022-12-10"))));
        ClientSettlement s = BillingCalculator.settle(new ClientMonth("c1", NOVEMBER_2022, granted, List.of(
                ram("2022-11-01T09:00", 60), ram("2022-11-02T09:00", 45).asDeclined(), leds("2022-11-03T13:00", 120),
                natt("2022-11-04T03:00", 30), morgon("2022-11-07T07:30", 20))), rules(BillingModel.PERFORMED_TIME).build());
        TimunderlagLov report = TimunderlagLov.of(NOVEMBER_2022, List.of(s));
        // pause 26..30 Nov: ramtid 20 × 5/30 = 3,33; LEDS 6 × 5/30 = 1,00
        assertEquals(List.of(
                        figures("Ramtid", "20.00", "3.33", "16.67", "1.00", "1.00", 2, "0.50"),
                        figures("Morgonhjälp", "0.00", "0.00", "0.00", "0.33", "0.00", 1, "0.33"),
                        figures("Ledsagning", "6.00", "1.00", "5.00", "2.00", "2.00", 1, "2.00")),
                report.rows().stream().map(TimunderlagLov.Row::figures).toList());
        // total: 3 h 20 min over 4 visits = 0,8333 -> 0,83
        assertEquals(figures("Totalt", "26.00", "4.33", "21.67", "3.33", "3.00", 4, "0.83"),
                report.total().figures());
    }

    @Test
    void paidExcessCountsAsCompensatedHours() {
        BillingRules r = rules(BillingModel.PERFORMED_TIME).build();
        ClientSettlement s = BillingCalculator.settle(new ClientMonth("c1", NOVEMBER_2022, ramtid("1"),
                List.of(ram("2022-11-01T09:00", 90))), r);
        ServiceRow row = new ServiceRow(ServiceRow.Kind.RAMTID, "RAM");
        assertEquals(new BigDecimal("1.10"),
                TimunderlagLov.of(NOVEMBER_2022, List.of(s)).total().figures().ersattningstimmar());
        assertEquals(new BigDecimal("1.50"),
                TimunderlagLov.of(NOVEMBER_2022, List.of(s.withExcessPaid(row))).total().figures().ersattningstimmar());
    }

    @Test
    void anEmptyReportHasAZeroTotalAndSettlementsOfOtherMonthsAreRefused() {
        TimunderlagLov empty = TimunderlagLov.of(NOVEMBER_2022, List.of());
        assertEquals(figures("Totalt", "0.00", "0.00", "0.00", "0.00", "0.00", 0, "0.00"), empty.total().figures());
        ClientSettlement december = BillingCalculator.settle(new ClientMonth("c1", YearMonth.of(2022, 12),
                ramtid("1"), List.of()), rules(BillingModel.PERFORMED_TIME).build());
        assertThrows(IllegalArgumentException.class, () -> TimunderlagLov.of(NOVEMBER_2022, List.of(december)));
    }
}
