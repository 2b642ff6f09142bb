package se.hemtjanst.plan.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.hemtjanst.order.domain.LifeArea;
import se.hemtjanst.order.domain.OrderedService.FrequencyKind;
import se.hemtjanst.plan.domain.PlanActivity;
import se.hemtjanst.plan.domain.PlanContent;
import se.hemtjanst.plan.domain.PlanGoal;

/**
 * The plan's content as a JSON document (the current content and every revision's snapshot). Written field by
 * field with JSON-P, so the stored form is stable whatever the Java names become; unknown fields are ignored when
 * read, so old snapshots stay readable.
 */
public final class PlanDocuments {

    private PlanDocuments() {
    }

    public static String toJson(PlanContent c) {
        JsonArrayBuilder activities = Json.createArrayBuilder();
        for (PlanActivity a : c.activities()) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("serviceCode", a.serviceCode())
                    .add("inFrame", a.inFrame())
                    .add("count", a.count())
                    .add("minutes", a.minutes());
            put(o, "serviceName", a.serviceName());
            put(o, "frequency", a.frequency() == null ? null : a.frequency().name());
            JsonArrayBuilder days = Json.createArrayBuilder();
            a.weekdays().stream().sorted().forEach(d -> days.add(d.name()));
            o.add("weekdays", days);
            put(o, "timeOfDay", a.timeOfDay());
            put(o, "how", a.how());
            put(o, "wishes", a.wishes());
            activities.add(o);
        }
        JsonArrayBuilder goals = Json.createArrayBuilder();
        for (PlanGoal g : c.goals()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("lifeArea", g.lifeArea().name()).add("goal", g.goal());
            put(o, "activity", g.activity());
            put(o, "responsible", g.responsible());
            put(o, "followUpOn", g.followUpOn() == null ? null : g.followUpOn().toString());
            goals.add(o);
        }
        JsonObjectBuilder root = Json.createObjectBuilder();
        put(root, "contactPerson", c.contactPerson());
        put(root, "clientParticipation", c.clientParticipation());
        put(root, "followUpOn", c.followUpOn() == null ? null : c.followUpOn().toString());
        return root.add("activities", activities).add("goals", goals).build().toString();
    }

    public static PlanContent fromJson(String json) {
        if (json == null || json.isBlank()) {
            return PlanContent.empty();
        }
        JsonObject root;
        try (var reader = Json.createReader(new StringReader(json))) {
            root = reader.readObject();
        }
        List<PlanActivity> activities = new ArrayList<>();
        for (JsonValue v : root.getJsonArray("activities") == null ? List.<JsonValue>of() : root.getJsonArray("activities")) {
            JsonObject a = v.asJsonObject();
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            if (a.getJsonArray("weekdays") != null) {
                a.getJsonArray("weekdays").getValuesAs(jakarta.json.JsonString.class)
                        .forEach(s -> days.add(DayOfWeek.valueOf(s.getString())));
            }
            String frequency = text(a, "frequency");
            activities.add(new PlanActivity(a.getString("serviceCode"), text(a, "serviceName"),
                    a.getBoolean("inFrame", false), frequency == null ? null : FrequencyKind.valueOf(frequency),
                    a.getInt("count", 0), days, text(a, "timeOfDay"), text(a, "how"), text(a, "wishes"),
                    a.getInt("minutes", 0)));
        }
        List<PlanGoal> goals = new ArrayList<>();
        for (JsonValue v : root.getJsonArray("goals") == null ? List.<JsonValue>of() : root.getJsonArray("goals")) {
            JsonObject g = v.asJsonObject();
            goals.add(new PlanGoal(LifeArea.valueOf(g.getString("lifeArea")), g.getString("goal"), text(g, "activity"),
                    text(g, "responsible"), date(g, "followUpOn")));
        }
        return new PlanContent(text(root, "contactPerson"), text(root, "clientParticipation"),
                date(root, "followUpOn"), activities, goals);
    }

    private static void put(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }

    private static String text(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? o.getString(name) : null;
    }

    private static LocalDate date(JsonObject o, String name) {
        String s = text(o, name);
        return s == null ? null : LocalDate.parse(s);
    }
}
