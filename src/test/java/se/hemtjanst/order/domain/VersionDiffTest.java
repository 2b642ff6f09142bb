package se.hemtjanst.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    static OrderedService morning(int perDay) {
        return OrderedService.inFrame("MORGON", "Morgonhjälp", "Personlig omvårdnad", 30,
                OrderedService.FrequencyKind.PER_DAY, perDay, Set.of(), "A");
    }

    static OrderedService shower(Set<DayOfWeek> days) {
        return OrderedService.inFrame("DUSCH", "Bad/dusch", "Personlig omvårdnad", 45,
                OrderedService.FrequencyKind.ON_WEEKDAYS, 1, days, null);
    }

    static OrderedService escort(String hours) {
        return OrderedService.outsideFrame("LEDS", "Ledsagning", "Ledsagning", new BigDecimal(hours));
    }

    static VersionContent content(LocalDate from, String reason, String ramtid, List<OrderedService> services,
                                  List<OrderGoal> goals) {
        return new VersionContent(from, "Behöver hjälp på morgonen.", "Bo kvar hemma.", reason, services, goals,
                new BigDecimal(ramtid), null, null, BigDecimal.TEN, 5);
    }

    @Test
    void identicalVersionsHaveNoDifferences() {
        FrameOrder order = FrameOrderTest.order();
        List<OrderedService> services = List.of(morning(1), escort("4"));
        OrderVersion v1 = order.writeVersion(content(LocalDate.of(2026, 12, 1), null, "17.75", services, List.of()),
                "anna", FrameOrderTest.NOW);
        OrderVersion v2 = order.writeVersion(content(LocalDate.of(2026, 12, 1), "Samma behov, ny bedömning.",
                "17.75", List.of(morning(1), escort("4.00")), List.of()), "anna", FrameOrderTest.NOW);
        assertTrue(VersionDiff.between(v1, v2).isEmpty(), VersionDiff.between(v1, v2).toString());
    }

    @Test
    void servicesAddedRemovedAndChangedAreToldApartFromTextsGoalsAndRamtid() {
        FrameOrder order = FrameOrderTest.order();
        OrderVersion v1 = order.writeVersion(content(LocalDate.of(2026, 12, 1), null, "17.75",
                List.of(morning(1), shower(Set.of(DayOfWeek.MONDAY)), escort("4")),
                List.of(new OrderGoal(LifeArea.PERSONLIG_VARD, "Klarar att klä sig själv."))), "anna", FrameOrderTest.NOW);
        OrderVersion v2 = order.writeVersion(content(LocalDate.of(2027, 1, 15), "Behöver nu hjälp två gånger per dag.",
                "40.25", List.of(morning(2), shower(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY))),
                List.of(new OrderGoal(LifeArea.PERSONLIG_VARD, "Klarar att klä sig med stöd."),
                        new OrderGoal(LifeArea.FORFLYTTNING, "Promenerar till affären."))), "anna", FrameOrderTest.NOW);

        List<VersionDiff.Change> changes = VersionDiff.between(v1, v2);
        assertEquals(List.of(
                "APPLIES_FROM CHANGED: 2026-12-01 -> 2027-01-15",
                "RAMTID CHANGED: 17.75 -> 40.25",
                "SERVICE CHANGED MORGON",
                "SERVICE CHANGED DUSCH",
                "SERVICE REMOVED LEDS",
                "GOAL CHANGED PERSONLIG_VARD: Klarar att klä sig själv. -> Klarar att klä sig med stöd.",
                "GOAL ADDED FORFLYTTNING: null -> Promenerar till affären."),
                changes.stream().map(c -> c.getSubject() == VersionDiff.Subject.SERVICE
                        ? c.getSubject() + " " + c.getKind() + " " + c.getKey() : c.toString()).toList());
        VersionDiff.Change morning = changes.get(2);
        assertEquals(1, ((OrderedService) morning.getBefore()).frequencyCount());
        assertEquals(2, ((OrderedService) morning.getAfter()).frequencyCount());
    }

    @Test
    void reversedDiffTurnsAddedIntoRemoved() {
        FrameOrder order = FrameOrderTest.order();
        OrderVersion v1 = order.writeVersion(content(LocalDate.of(2026, 12, 1), null, "17.75",
                List.of(morning(1)), List.of()), "anna", FrameOrderTest.NOW);
        OrderVersion v2 = order.writeVersion(content(LocalDate.of(2026, 12, 1), "Behöver ledsagning till läkaren.",
                "17.75", List.of(morning(1), escort("2.5")), List.of()), "anna", FrameOrderTest.NOW);
        assertEquals(VersionDiff.Kind.ADDED, VersionDiff.between(v1, v2).get(0).getKind());
        assertEquals(VersionDiff.Kind.REMOVED, VersionDiff.between(v2, v1).get(0).getKind());
    }
}
