package se.hemtjanst.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hemtjanst.order.domain.LifeArea;
import se.hemtjanst.order.domain.OrderedService.FrequencyKind;
import se.hemtjanst.plan.domain.PlanActivity;
import se.hemtjanst.plan.domain.PlanContent;
import se.hemtjanst.plan.domain.PlanGoal;
import se.hemtjanst.plan.infrastructure.PlanDocuments;

/** A revision's snapshot reads back exactly as it was written, and old snapshots with fewer fields stay readable. */
class PlanDocumentsTest {

    @Test
    void aPlanSurvivesTheRoundTrip() {
        PlanContent content = new PlanContent("Fatima Ali", "Hemma hos brukaren, dottern var med",
                LocalDate.of(2027, 3, 1), List.of(
                new PlanActivity("MORGON", "Morgonhjälp", true, FrequencyKind.PER_DAY, 1, Set.of(), "07:30",
                        "Väck försiktigt", "Kaffe \"med\" mjölk", 35),
                new PlanActivity("BADDUSCH", "Bad/dusch", true, FrequencyKind.ON_WEEKDAYS, 1,
                        EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.TUESDAY), null, "Duschstol", null, 50),
                new PlanActivity("LEDSAGNING", "Ledsagning", false, null, 0, null, null, "Vårdcentralen", null, 0)),
                List.of(new PlanGoal(LifeArea.PERSONLIG_VARD, "Klara morgonen", "Klär på sig själv", "Kontaktmannen",
                        LocalDate.of(2027, 2, 1))));
        assertEquals(content, PlanDocuments.fromJson(PlanDocuments.toJson(content)));
    }

    @Test
    void missingFieldsReadAsEmpty() {
        PlanContent read = PlanDocuments.fromJson("{\"activities\":[{\"serviceCode\":\"MORGON\",\"inFrame\":true,"
                + "\"frequency\":\"PER_DAY\",\"count\":1,\"minutes\":30,\"future\":\"ignored\"}]}");
        assertEquals(1, read.activities().size());
        assertEquals(List.of(), read.goals());
        assertEquals(PlanContent.empty(), PlanDocuments.fromJson(null));
    }
}
