package se.hemtjanst.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.it.Api.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Deployments;

/**
 * Rule settings are data with validity: ADMIN schedules a new value from a future day, the old value ends the day
 * before, the past never changes, and the calculation support uses whichever value applies on the order's day.
 * Uses dates in 2031 so that no other test's figures change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RuleSettingsApiIT {

    static final String GAIN = "calc.coordinationGainPercent";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static String schedule(String key, String value, String from) {
        return "{\"key\":\"" + key + "\",\"value\":\"" + value + "\",\"validFrom\":\"" + from + "\"}";
    }

    /** Two services in one visit daily; the shorter gets the coordination gain. */
    static String sharedVisit(String day) {
        return "{\"appliesFrom\":\"" + day + "\",\"services\":["
                + "{\"code\":\"MORGON\",\"frequency\":\"PER_DAY\",\"count\":1,\"visitGroup\":\"A\"},"
                + "{\"code\":\"LUNCH\",\"frequency\":\"PER_DAY\",\"count\":1,\"visitGroup\":\"A\"}]}";
    }

    @Test
    void aNewValueAppliesFromItsDayOnAndThePastStaysAsItWas() {
        Api api = new Api(base);
        String admin = api.token("admin");
        String soder = api.token("handlaggare.soder");
        String before = Api.json(api.post("api/v1/orders/calculation", sharedVisit("2031-05-31"), soder).body())
                .getJsonNumber("ramtidHours").bigDecimalValue().toPlainString();

        assertProblem(api.post("api/v1/rule-settings", schedule(GAIN, "20", "2031-06-01"), soder), 403);
        assertEquals("rule.value.range", assertProblem(api.post("api/v1/rule-settings",
                schedule(GAIN, "75", "2031-06-01"), admin), 400).getString("code"));
        assertEquals("rule.value.range", assertProblem(api.post("api/v1/rule-settings",
                schedule(GAIN, "tio", "2031-06-01"), admin), 400).getString("code"));
        assertEquals("rule.validFrom.past", assertProblem(api.post("api/v1/rule-settings",
                schedule(GAIN, "20", "2020-01-01"), admin), 400).getString("code"));
        assertEquals("rule.key.unknown", assertProblem(api.post("api/v1/rule-settings",
                schedule("billing.free", "1", "2031-06-01"), admin), 400).getString("code"));

        HttpResponse<String> created = api.post("api/v1/rule-settings", schedule(GAIN, "20,0", "2031-06-01"), admin);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("20", Api.json(created.body()).getString("value"));
        assertEquals("rule.laterScheduled", assertProblem(api.post("api/v1/rule-settings",
                schedule(GAIN, "15", "2031-05-01"), admin), 409).getString("code"));

        List<JsonObject> gains = Api.jsonArray(api.get("api/v1/rule-settings", admin).body()).stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("key").equals(GAIN)).toList();
        assertEquals("2031-05-31", gains.get(gains.size() - 2).getString("validTo"), "the old value ends the day before");
        JsonObject newest = gains.get(gains.size() - 1);
        assertTrue(!newest.containsKey("validTo") || newest.isNull("validTo"), newest.toString());

        // Morning 30 + lunch 25 min daily in one visit, the shorter one gets the gain:
        // 10 % → (30 + 22.5) × 30.4375 = 1597.97 min = 26.63 h; 20 % → (30 + 20) × 30.4375 = 1521.88 min = 25.36 h.
        assertEquals("26.63", before);
        assertEquals("26.63", Api.json(api.post("api/v1/orders/calculation", sharedVisit("2031-05-31"), soder).body())
                .getJsonNumber("ramtidHours").bigDecimalValue().toPlainString());
        assertEquals("25.36", Api.json(api.post("api/v1/orders/calculation", sharedVisit("2031-06-01"), soder).body())
                .getJsonNumber("ramtidHours").bigDecimalValue().toPlainString());
    }
}
