package se.hemtjanst.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.billing.domain.Fixtures.d;
import static se.hemtjanst.billing.domain.Fixtures.h;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Granted time prorated by calendar days, worked by hand in the comments. */
class GrantedTimeTest {

    static GrantedFigures ramtid(List<FrameOrderVersion> versions, List<PausePeriod> pauses, String month) {
        return new GrantedTime(versions, pauses).forMonth(YearMonth.parse(month)).ramtid();
    }

    static void assertFigures(String granted, String pause, String grantedLov, GrantedFigures f) {
        assertEquals(new BigDecimal(granted), f.granted().rounded(), "Beviljad tid");
        assertEquals(new BigDecimal(pause), f.pause().rounded(), "Uppehåll");
        assertEquals(new BigDecimal(grantedLov), f.grantedLov().rounded(), "Beviljad tid LOV");
    }

    @Test
    void aWholeMonthGrantsTheRamtid() {
        GrantedFigures f = ramtid(List.of(new FrameOrderVersion(d("2024-06-01"), null, h("12.43"))), List.of(),
                "2025-01");
        assertEquals(ExactHours.ofHours(h("12.43")), f.granted());
        assertFigures("12.43", "0.00", "12.43", f);
    }

    @Test
    void versionsChangingMidMonthEachContributeTheirDays() {
        // March 2025 (31 days): 31 h × 10/31 + 62 h × 21/31 = 10 + 42 = 52 h
        GrantedFigures f = ramtid(List.of(
                new FrameOrderVersion(d("2024-01-01"), d("2025-03-10"), h("31")),
                new FrameOrderVersion(d("2025-03-11"), null, h("62"))), List.of(), "2025-03");
        assertEquals(ExactHours.ofFraction(52, 1), f.granted());
        // Three versions in April (30 days): 30 h × 5/30 + 15 h × 10/30 + 45 h × 15/30 = 5 + 5 + 22.5
        GrantedFigures g = ramtid(List.of(
                new FrameOrderVersion(d("2025-01-01"), d("2025-04-05"), h("30")),
                new FrameOrderVersion(d("2025-04-06"), d("2025-04-15"), h("15")),
                new FrameOrderVersion(d("2025-04-16"), null, h("45"))), List.of(), "2025-04");
        assertEquals(ExactHours.ofHours(h("32.5")), g.granted());
    }

    @Test
    void februaryHas28Or29Days() {
        FrameOrderVersion fromThe15th = new FrameOrderVersion(d("2024-02-15"), null, h("29"));
        // 2024 is a leap year: 15..29 = 15 days of 29 -> 15.00
        assertEquals(ExactHours.ofFraction(15, 1), ramtid(List.of(fromThe15th), List.of(), "2024-02").granted());
        // 2025: 15..28 = 14 days of 28 -> 14.50
        FrameOrderVersion from2025 = new FrameOrderVersion(d("2025-02-15"), null, h("29"));
        assertEquals(ExactHours.ofHours(h("14.5")), ramtid(List.of(from2025), List.of(), "2025-02").granted());
    }

    @Test
    void aVersionEndingOnTheLastDayOf31DayMonthGetsAllDays() {
        GrantedFigures f = ramtid(List.of(new FrameOrderVersion(d("2025-01-01"), d("2025-01-31"), h("10"))),
                List.of(), "2025-01");
        assertEquals(ExactHours.ofFraction(10, 1), f.granted());
        // one day of 31: 10/31 = 0.3226 -> 0.32, kept exact
        GrantedFigures oneDay = ramtid(List.of(new FrameOrderVersion(d("2025-01-31"), null, h("10"))),
                List.of(), "2025-01");
        assertEquals(ExactHours.ofFraction(10, 31), oneDay.granted());
        assertFigures("0.32", "0.00", "0.32", oneDay);
    }

    @Test
    void pausesAcrossMonthBordersAreDeductedProRataInEachMonth() {
        List<FrameOrderVersion> v = List.of(new FrameOrderVersion(d("2025-01-01"), null, h("30")));
        List<PausePeriod> p = List.of(new PausePeriod(d("2025-03-25"), d("2025-04-04")));
        // March: 25..31 = 7 days: 30 × 7/31 = 6.774 h; LOV 30 - 6.774 = 23.2258
        GrantedFigures march = ramtid(v, p, "2025-03");
        assertEquals(ExactHours.ofFraction(210, 31), march.pause());
        assertFigures("30.00", "6.77", "23.23", march);
        // April: 1..4 = 4 days: 30 × 4/30 = 4
        assertFigures("30.00", "4.00", "26.00", ramtid(v, p, "2025-04"));
        // May: untouched
        assertFigures("30.00", "0.00", "30.00", ramtid(v, p, "2025-05"));
    }

    @Test
    void overlappingAndAdjacentPausesCountEachDayOnce() {
        List<FrameOrderVersion> v = List.of(new FrameOrderVersion(d("2025-01-01"), null, h("30")));
        // 1..10 and 5..12 give 12 days, 13..14 touch them: 14 days of 30 -> 14 h
        GrantedFigures f = ramtid(v, List.of(new PausePeriod(d("2025-04-05"), d("2025-04-12")),
                new PausePeriod(d("2025-04-01"), d("2025-04-10")),
                new PausePeriod(d("2025-04-13"), d("2025-04-14"))), "2025-04");
        assertFigures("30.00", "14.00", "16.00", f);
        // a pause covering the whole month leaves nothing
        assertFigures("30.00", "30.00", "0.00",
                ramtid(v, List.of(new PausePeriod(d("2025-03-20"), d("2025-05-02"))), "2025-04"));
    }

    @Test
    void aPauseOverAVersionChangeIsDeductedAtEachVersionsRamtid() {
        // April: v1 30 h to the 15th, v2 60 h from the 16th, pause 11..20
        // granted 30 × 15/30 + 60 × 15/30 = 45; pause 30 × 5/30 + 60 × 5/30 = 15; LOV 30
        GrantedFigures f = ramtid(List.of(
                new FrameOrderVersion(d("2025-01-01"), d("2025-04-15"), h("30")),
                new FrameOrderVersion(d("2025-04-16"), null, h("60"))),
                List.of(new PausePeriod(d("2025-04-11"), d("2025-04-20"))), "2025-04");
        assertFigures("45.00", "15.00", "30.00", f);
    }

    @Test
    void daysWithoutAVersionGrantNothing() {
        // April: 30 h on 1..10, nothing 11..20, 30 h on 21..30 -> 20 h; a pause on the gap deducts nothing
        GrantedFigures f = ramtid(List.of(
                new FrameOrderVersion(d("2025-01-01"), d("2025-04-10"), h("30")),
                new FrameOrderVersion(d("2025-04-21"), null, h("30"))),
                List.of(new PausePeriod(d("2025-04-11"), d("2025-04-20"))), "2025-04");
        assertFigures("20.00", "0.00", "20.00", f);
        assertFigures("0.00", "0.00", "0.00", ramtid(List.of(
                new FrameOrderVersion(d("2025-05-01"), null, h("30"))), List.of(), "2025-04"));
    }

    @Test
    void servicesOutsideTheFrameAreProratedPerVersionLikeRamtid() {
        // April: v1 (1..15) LEDS 3 h; v2 (16..30) LEDS 6 h and AVL 2 h; pause 26..30
        GrantedTime g = new GrantedTime(List.of(
                new FrameOrderVersion(d("2025-01-01"), d("2025-04-15"), h("30"),
                        List.of(new OutOfFrameService("LEDS", "Ledsagning", h("3"), true))),
                new FrameOrderVersion(d("2025-04-16"), null, h("30"),
                        List.of(new OutOfFrameService("LEDS", "Ledsagning", h("6"), true),
                                new OutOfFrameService("AVL", "Avlösning", h("2"), true),
                                new OutOfFrameService("NATT", "Natthjälp", h("9"), false)))),
                List.of(new PausePeriod(d("2025-04-26"), d("2025-04-30"))));
        GrantedTime.GrantedMonth april = g.forMonth(YearMonth.of(2025, 4));
        // LEDS: 3 × 15/30 + 6 × 15/30 = 4.5; pause 6 × 5/30 = 1
        assertFigures("4.50", "1.00", "3.50", april.outOfFrame().get("LEDS").figures());
        // AVL: 2 × 15/30 = 1; pause 2 × 5/30 = 0.3333
        assertFigures("1.00", "0.33", "0.67", april.outOfFrame().get("AVL").figures());
        assertTrue(!april.outOfFrame().get("NATT").lovBilled());
        assertFigures("30.00", "5.00", "25.00", april.ramtid());
    }

    @Test
    void overlappingVersionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GrantedTime(List.of(
                new FrameOrderVersion(d("2025-01-01"), d("2025-04-15"), h("30")),
                new FrameOrderVersion(d("2025-04-15"), null, h("60"))), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new GrantedTime(List.of(
                new FrameOrderVersion(d("2025-01-01"), null, h("30")),
                new FrameOrderVersion(d("2025-04-15"), null, h("60"))), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new PausePeriod(d("2025-04-15"), d("2025-04-14")));
        assertThrows(IllegalArgumentException.class,
                () -> new FrameOrderVersion(d("2025-01-01"), null, h("-1")));
    }

    @Test
    void theLeanRamtidFigureIsTheFullCalculationsBeviljadTidLovForRandomOrders() {
        // ramtidLov is what the follow-up reports use for thousands of clients; it must be the very same fraction
        // as the settlement's figures, for versions changing mid-month, pauses overlapping and crossing borders.
        java.util.Random random = new java.util.Random(20261201L);
        for (int i = 0; i < 2_000; i++) {
            java.time.LocalDate start = java.time.LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
            List<FrameOrderVersion> versions = new java.util.ArrayList<>();
            java.time.LocalDate from = start;
            int count = 1 + random.nextInt(3);
            for (int v = 0; v < count; v++) {
                boolean lastOne = v == count - 1;
                java.time.LocalDate to = lastOne && random.nextBoolean() ? null : from.plusDays(random.nextInt(90));
                versions.add(new FrameOrderVersion(from, to, BigDecimal.valueOf(random.nextInt(20_000), 2)));
                if (to == null) {
                    break;
                }
                from = to.plusDays(1 + random.nextInt(3));
            }
            List<PausePeriod> pauses = new java.util.ArrayList<>();
            for (int p = random.nextInt(4); p > 0; p--) {
                java.time.LocalDate first = start.plusDays(random.nextInt(200));
                pauses.add(new PausePeriod(first, first.plusDays(random.nextInt(40))));
            }
            GrantedTime granted = new GrantedTime(versions, pauses);
            for (YearMonth m = YearMonth.from(start).minusMonths(1); m.isBefore(YearMonth.from(start).plusMonths(8));
                    m = m.plusMonths(1)) {
                ExactHours full = granted.forMonth(m).ramtid().grantedLov();
                assertEquals(0, full.compareTo(granted.ramtidLov(m)), versions + " " + pauses + " " + m);
                assertEquals(full.rounded(), granted.ramtidLov(m).rounded());
            }
        }
        assertEquals(new BigDecimal("12.43"), new GrantedTime(List.of(new FrameOrderVersion(d("2024-06-01"), null,
                h("12.43"))), List.of()).ramtidLov(YearMonth.of(2024, 7)).rounded());
    }
}
