package se.hemtjanst.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.billing.domain.Fixtures.d;
import static se.hemtjanst.billing.domain.Fixtures.h;
import static se.hemtjanst.billing.domain.Fixtures.leds;
import static se.hemtjanst.billing.domain.Fixtures.minutes;
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

/** Hand-computed settlements. Rates: daytime 400.00, other time 500.00 SEK/h. */
class BillingCalculatorTest {

    static final YearMonth APRIL = YearMonth.of(2025, 4);
    static final ServiceRow RAMTID = new ServiceRow(ServiceRow.Kind.RAMTID, "RAM");
    static final ServiceRow MORGON = new ServiceRow(ServiceRow.Kind.IN_FRAME_SERVICE, "MORGON");
    static final ServiceRow LEDS = new ServiceRow(ServiceRow.Kind.OUT_OF_FRAME, "LEDS");
    static final BillingRules PERFORMED = rules(BillingModel.PERFORMED_TIME).build();
    static final BillingRules ORDERED = rules(BillingModel.ORDERED_TIME).build();

    /** Eleven one-hour weekday morning visits in April 2025 (Easter avoided): 660 daytime minutes. */
    static List<PerformedVisit> elevenHours() {
        List<PerformedVisit> visits = new ArrayList<>();
        for (String day : List.of("01", "02", "03", "04", "07", "08", "09", "10", "11", "14", "15")) {
            visits.add(ram("2025-04-" + day + "T09:00", 60));
        }
        return visits;
    }

    static ClientSettlement settle(GrantedTime granted, List<PerformedVisit> visits, BillingRules rules) {
        return BillingCalculator.settle(new ClientMonth("c1", APRIL, granted, visits), rules);
    }

    static SettlementLine line(ClientSettlement s, ServiceRow row) {
        return s.line(row).orElseThrow();
    }

    @Test
    void exactlyTheLimitIsWithinIt() {
        // 10 h granted, 110 % = 11 h = 660 min performed: all paid, nothing over
        ClientSettlement s = settle(ramtid("10"), elevenHours(), PERFORMED);
        SettlementLine l = line(s, RAMTID);
        assertEquals(minutes(660), l.compensated());
        assertEquals(ExactHours.ZERO, l.excess());
        assertEquals(new BigDecimal("4400.00"), s.amount());
        assertTrue(s.detectExcess(PERFORMED.deadlinesFor(APRIL)).isEmpty());
    }

    @Test
    void oneMinuteOverTheLimitIsExcessSharedByTheBands() {
        List<PerformedVisit> visits = elevenHours();
        visits.add(ram("2025-04-16T22:00", 1)); // one evening minute
        ClientSettlement s = settle(ramtid("10"), visits, PERFORMED);
        SettlementLine l = line(s, RAMTID);
        assertEquals(new BandMinutes(660, 1), l.performed());
        assertEquals(ExactHours.ofFraction(11, 1), l.compensated());
        assertEquals(minutes(1), l.excess());
        // compensated in proportion: daytime 11 h × 660/661 = 7260/661 h, other 1/60 h × 660/661 = 11/661 h
        assertEquals(ExactHours.ofFraction(7260, 661), l.compensatedByBand().get(TimeBand.DAYTIME));
        assertEquals(ExactHours.ofFraction(11, 661), l.compensatedByBand().get(TimeBand.OTHER_TIME));
        assertEquals(new BigDecimal("4393.34"), l.amount(TimeBand.DAYTIME)); // 4393.3434
        assertEquals(new BigDecimal("8.32"), l.amount(TimeBand.OTHER_TIME)); // 8.3207
        assertEquals(new BigDecimal("4401.66"), s.amount());
        // excess: daytime 11/661 h, other 1/39660 h
        assertEquals(ExactHours.ofFraction(11, 661), l.excessByBand().get(TimeBand.DAYTIME));
        assertEquals(ExactHours.ofFraction(1, 39660), l.excessByBand().get(TimeBand.OTHER_TIME));
        assertEquals(new BigDecimal("6.67"), l.excessAmount()); // 6.66 + 0.01

        List<ExcessCase> cases = s.detectExcess(PERFORMED.deadlinesFor(APRIL));
        assertEquals(1, cases.size());
        assertEquals(minutes(1), cases.get(0).excess());
        assertEquals(RAMTID, cases.get(0).row());
        assertEquals(d("2025-05-12"), cases.get(0).deadlines().explainBy());
        assertEquals(new BigDecimal("11.02"), s.withExcessPaid(RAMTID).line(RAMTID).orElseThrow().paidHours().rounded());
        assertEquals(new BigDecimal("11.00"), l.paidHours().rounded());
    }

    @Test
    void theCapIsSharedByTheBandsInProportionToPerformedMinutes() {
        // 3 h granted, limit 3.3 h; performed 2 h daytime (Tuesday) + 2 h other time (Saturday) = 4 h
        // factor 3.3/4 = 0.825: each band 1.65 h compensated, 0.35 h excess
        ClientSettlement s = settle(ramtid("3"), List.of(ram("2025-04-22T09:00", 120), ram("2025-04-26T09:00", 120)),
                PERFORMED);
        SettlementLine l = line(s, RAMTID);
        assertEquals(ExactHours.ofHours(h("1.65")), l.compensatedByBand().get(TimeBand.DAYTIME));
        assertEquals(ExactHours.ofHours(h("1.65")), l.compensatedByBand().get(TimeBand.OTHER_TIME));
        assertEquals(new BigDecimal("660.00"), l.amount(TimeBand.DAYTIME));
        assertEquals(new BigDecimal("825.00"), l.amount(TimeBand.OTHER_TIME));
        assertEquals(new BigDecimal("140.00"), l.excessAmount(TimeBand.DAYTIME));
        assertEquals(new BigDecimal("175.00"), l.excessAmount(TimeBand.OTHER_TIME));
        assertEquals(new BigDecimal("1485.00"), s.amount());
    }

    @Test
    void theLimitIsASetting() {
        BillingRules hundred = rules(BillingModel.PERFORMED_TIME).limitPercent(new BigDecimal("100")).build();
        List<PerformedVisit> visits = new ArrayList<>(elevenHours().subList(0, 10));
        visits.add(ram("2025-04-16T09:00", 1));
        SettlementLine l = line(settle(ramtid("10"), visits, hundred), RAMTID);
        assertEquals(ExactHours.ofFraction(10, 1), l.compensated());
        assertEquals(minutes(1), l.excess());
    }

    @Test
    void declinedVisitsCountAsVisitsButPayNothing() {
        List<PerformedVisit> visits = List.of(ram("2025-04-22T09:00", 30), ram("2025-04-23T09:00", 30),
                ram("2025-04-24T09:00", 30).asDeclined());
        SettlementLine unpaid = line(settle(ramtid("20"), visits, PERFORMED), RAMTID);
        assertEquals(3, unpaid.visits());
        assertEquals(1, unpaid.declinedVisits());
        assertEquals(minutes(60), unpaid.performedHours());
        assertEquals(new BigDecimal("400.00"), unpaid.amount());
        // before 2017 (seed 001) declined visits were paid
        BillingRules paid = rules(BillingModel.PERFORMED_TIME).declinedVisitsUnpaid(false).build();
        SettlementLine paidLine = line(settle(ramtid("20"), visits, paid), RAMTID);
        assertEquals(minutes(90), paidLine.performedHours());
        assertEquals(new BigDecimal("600.00"), paidLine.amount());
    }

    @Test
    void visitsTiedToAnInFrameServiceInsteadOfRamtidAreShownButNotPaid() {
        // seed 002: Morgonhjälp on its own row, Utförd tid but no Ersättn.timmar; it does not count against ramtid
        List<PerformedVisit> visits = List.of(ram("2025-04-22T09:00", 60), morgon("2025-04-23T08:00", 30));
        ClientSettlement s = settle(ramtid("1"), visits, PERFORMED);
        SettlementLine ramtid = line(s, RAMTID);
        assertEquals(minutes(60), ramtid.performedHours());
        assertEquals(ExactHours.ZERO, ramtid.excess()); // 60 min < 66 min: Morgonhjälp's 30 min are not ramtid
        SettlementLine morgon = line(s, MORGON);
        assertEquals("Morgonhjälp", morgon.label());
        assertEquals(minutes(30), morgon.performedHours());
        assertEquals(ExactHours.ZERO, morgon.compensated());
        assertEquals(ExactHours.ZERO, morgon.excess());
        assertEquals(new BigDecimal("0.00"), morgon.amount());
        assertEquals(new BigDecimal("400.00"), s.amount());
        assertEquals(List.of(RAMTID, MORGON), s.lines().stream().map(SettlementLine::row).toList());
        // the same under ordered time
        assertEquals(ExactHours.ZERO, line(settle(ramtid("1"), visits, ORDERED), MORGON).compensated());
    }

    @Test
    void servicesOutsideLovAndUnlockedVisitsAreLeftOut() {
        List<PerformedVisit> visits = List.of(ram("2025-04-22T09:00", 60), natt("2025-04-22T02:00", 120),
                ram("2025-04-29T09:00", 45).asUnlocked());
        ClientSettlement s = settle(ramtid("10"), visits, PERFORMED);
        assertEquals(new NotBilled(1, 120), s.notBilled());
        assertEquals(1, s.unlockedVisits());
        assertFalse(s.isFinal());
        assertEquals(1, s.lines().size());
        assertEquals(1, line(s, RAMTID).visits());
        assertEquals(minutes(60), line(s, RAMTID).performedHours());
        assertTrue(settle(ramtid("10"), List.of(), PERFORMED).isFinal());
    }

    @Test
    void outOfFrameServicesAreCappedUnderPerformedTimeAndPaidAsPerformedUnderOrderedTime() {
        GrantedTime granted = new GrantedTime(List.of(new FrameOrderVersion(d("2025-01-01"), null, h("10"),
                List.of(new OutOfFrameService("LEDS", "Ledsagning", h("4"), true)))), List.of());
        List<PerformedVisit> visits = List.of(leds("2025-04-22T09:00", 150), leds("2025-04-23T09:00", 150));
        // performed time: LEDS 5 h against 4 h granted: 4.4 h paid, 0.6 h excess; ramtid has no visits
        ClientSettlement p = settle(granted, visits, PERFORMED);
        assertEquals(ExactHours.ofHours(h("4.4")), line(p, LEDS).compensated());
        assertEquals(ExactHours.ofHours(h("0.6")), line(p, LEDS).excess());
        assertEquals(new BigDecimal("1760.00"), line(p, LEDS).amount());
        assertEquals(new BigDecimal("240.00"), line(p, LEDS).excessAmount());
        assertEquals(ExactHours.ZERO, line(p, RAMTID).compensated());
        assertEquals(List.of(RAMTID, LEDS), p.lines().stream().map(SettlementLine::row).toList());
        // ordered time: ramtid 10 h paid without a visit, LEDS 5 h as performed, nothing over any limit
        ClientSettlement o = settle(granted, visits, ORDERED);
        assertEquals(ExactHours.ofFraction(10, 1), line(o, RAMTID).compensated());
        assertEquals(ExactHours.ofFraction(5, 1), line(o, LEDS).compensated());
        assertEquals(ExactHours.ZERO, line(o, LEDS).excess());
        assertEquals(new BigDecimal("6000.00"), o.amount());
    }

    @Test
    void anOutOfFrameServiceWithoutGrantedTimeIsAllExcess() {
        ClientSettlement s = settle(ramtid("10"), List.of(leds("2025-04-22T09:00", 90)), PERFORMED);
        assertEquals(ExactHours.ZERO, line(s, LEDS).compensated());
        assertEquals(minutes(90), line(s, LEDS).excess());
        assertEquals(ExactHours.ZERO, line(s, LEDS).granted().granted());
    }

    @Test
    void orderedTimePaysGrantedRamtidAfterPausesWhateverWasPerformed() {
        GrantedTime granted = new GrantedTime(List.of(new FrameOrderVersion(d("2025-01-01"), null, h("30"))),
                List.of(new PausePeriod(d("2025-03-25"), d("2025-04-04"))));
        ClientSettlement s = settle(granted, elevenHours(), ORDERED);
        // 30 h − 30 × 4/30 = 26 h at the daytime rate
        assertEquals(ExactHours.ofFraction(26, 1), line(s, RAMTID).compensated());
        assertEquals(new BigDecimal("10400.00"), s.amount());
        assertEquals(minutes(660), line(s, RAMTID).performedHours());
        // the band paying ordered time is a setting
        BillingRules otherRate = rules(BillingModel.ORDERED_TIME).orderedTimeBand(TimeBand.OTHER_TIME).build();
        assertEquals(new BigDecimal("13000.00"), settle(granted, List.of(), otherRate).amount());
    }

    @Test
    void performedTimeIsMeasuredAgainstGrantedTimeAfterPauses() {
        // 10 h, pause 1..15 April: LOV 5 h, limit 5.5 h = 330 min; 6 h performed on 16..30 -> 30 min excess
        GrantedTime granted = new GrantedTime(List.of(new FrameOrderVersion(d("2025-01-01"), null, h("10"))),
                List.of(new PausePeriod(d("2025-04-01"), d("2025-04-15"))));
        ClientSettlement s = settle(granted, List.of(ram("2025-04-16T09:00", 180), ram("2025-04-17T09:00", 180)),
                PERFORMED);
        assertEquals(ExactHours.ofHours(h("5.5")), line(s, RAMTID).compensated());
        assertEquals(minutes(30), line(s, RAMTID).excess());
    }

    @Test
    void aClientStartingMidMonthIsMeasuredAgainstThePartialMonth() {
        // order from Wednesday 16 April: 30 h × 15/30 = 15 h granted, limit 16.5 h; 17 h performed -> 0.5 h excess
        GrantedTime granted = new GrantedTime(List.of(new FrameOrderVersion(d("2025-04-16"), null, h("30"))),
                List.of());
        List<PerformedVisit> visits = new ArrayList<>();
        for (String day : List.of("16", "17", "22", "23", "24", "25", "28", "29")) {
            visits.add(ram("2025-04-" + day + "T09:00", 120));
        }
        visits.add(ram("2025-04-30T09:00", 60));
        SettlementLine l = line(settle(granted, visits, PERFORMED), RAMTID);
        assertEquals(ExactHours.ofFraction(15, 1), l.granted().granted());
        assertEquals(ExactHours.ofHours(h("16.5")), l.compensated());
        assertEquals(minutes(30), l.excess());
        assertEquals(new BigDecimal("6600.00"), l.amount());
        assertEquals(new BigDecimal("200.00"), l.excessAmount());
    }

    @Test
    void aVisitBelongsToTheMonthItStartedIn() {
        // Friday 31 January 2025 23:30 to 00:30: 60 minutes of other time, all in January
        PerformedVisit overMidnight = ram("2025-01-31T23:30", 60);
        ClientSettlement january = BillingCalculator.settle(new ClientMonth("c1", YearMonth.of(2025, 1),
                ramtid("10"), List.of(overMidnight)), PERFORMED);
        assertEquals(new BandMinutes(0, 60), line(january, RAMTID).performed());
        assertEquals(new BigDecimal("500.00"), january.amount());
        assertThrows(IllegalArgumentException.class, () -> new ClientMonth("c1", YearMonth.of(2025, 2),
                ramtid("10"), List.of(overMidnight)));
        // The month's edges in Stockholm time (23:00 and 00:00 UTC): midnight starts the next month.
        PerformedVisit atMidnight = ram("2025-02-01T00:00", 30);
        PerformedVisit lastMinute = ram("2025-01-31T23:59", 30);
        assertEquals(1, new ClientMonth("c1", YearMonth.of(2025, 2), ramtid("10"), List.of(atMidnight)).visits().size());
        assertEquals(1, new ClientMonth("c1", YearMonth.of(2025, 1), ramtid("10"), List.of(lastMinute)).visits().size());
        assertThrows(IllegalArgumentException.class, () -> new ClientMonth("c1", YearMonth.of(2025, 1),
                ramtid("10"), List.of(atMidnight)));
        assertThrows(IllegalArgumentException.class, () -> new ClientMonth("c1", YearMonth.of(2025, 2),
                ramtid("10"), List.of(lastMinute)));
    }

    @Test
    void summerTimeNightsAreRealMinutes() {
        ClientSettlement march = BillingCalculator.settle(new ClientMonth("c1", YearMonth.of(2025, 3),
                ramtid("10"), List.of(PerformedVisit.of("RAM", "RAM-tid", true, true, Fixtures.at("2025-03-30T01:30"),
                        Fixtures.at("2025-03-30T03:30")))), PERFORMED);
        assertEquals(new BandMinutes(0, 60), line(march, RAMTID).performed());
        PerformedVisit october = PerformedVisit.of("RAM", "RAM-tid", true, true, Fixtures.at("2025-10-26T01:30"),
                Fixtures.at("2025-10-26T03:30"));
        assertEquals(180, october.minutes());
        ClientSettlement oct = BillingCalculator.settle(new ClientMonth("c1", YearMonth.of(2025, 10),
                ramtid("10"), List.of(october)), PERFORMED);
        assertEquals(new BigDecimal("1500.00"), oct.amount()); // 3 h other time
    }

    @Test
    void secondsAreDroppedFromEachReceiptTime() {
        PerformedVisit v = new PerformedVisit("RAM", "RAM-tid", true, true,
                Fixtures.at("2025-04-22T07:12:40").toInstant(), Fixtures.at("2025-04-22T07:27:05").toInstant(),
                false, true);
        assertEquals(15, v.minutes());
    }

    @Test
    void rowsWithoutGrantedTimeOrVisitsAreLeftOut() {
        assertTrue(settle(ramtid("0"), List.of(), PERFORMED).lines().isEmpty());
        assertTrue(settle(GrantedTime.none(), List.of(), PERFORMED).lines().isEmpty());
        // a client with visits but no order: everything is excess
        ClientSettlement noOrder = settle(GrantedTime.none(), List.of(ram("2025-04-22T09:00", 30)), PERFORMED);
        assertEquals(minutes(30), line(noOrder, RAMTID).excess());
    }

    @Test
    void theFrameServiceCodeIsASetting() {
        BillingRules ramtidCode = rules(BillingModel.PERFORMED_TIME).frameServiceCode("RAMTID").build();
        ClientSettlement s = settle(ramtid("10"), List.of(ram("2025-04-22T09:00", 30)), ramtidCode);
        // with another frame code, a visit tied to "RAM" is an in-frame service of its own: not paid
        assertEquals(ExactHours.ZERO, line(s, new ServiceRow(ServiceRow.Kind.IN_FRAME_SERVICE, "RAM")).compensated());
        assertEquals(ExactHours.ZERO, line(s, new ServiceRow(ServiceRow.Kind.RAMTID, "RAMTID")).performedHours());
    }
}
