package se.hemtjanst.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.it.Api.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hemtjanst.identity.domain.TotpCodes;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Deployments;
import se.hemtjanst.it.TestData;
import se.hemtjanst.it.Totp;

/**
 * The share of staff time with clients in the city's own unit: on Monday 5 October 2026 Ahmed works a shift from
 * 07:00 to 15:00 (his phone's device session, 480 min, the server's clock moved through the day) and makes two
 * visits of 60 and 45 minutes: 105 / 480 = 21.9 % of his time with clients.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffTimeApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void visitMinutesOverShiftMinutesForTheCitysOwnUnit() {
        Api api = new Api(base);
        String chef = api.token("chef.egenregi");
        JsonObject order = Api.jsonArray(api.get("api/v1/orders", chef).body()).getJsonObject(0);
        long providerId = order.getJsonNumber("providerId").longValue();
        long clientId = order.getJsonNumber("clientId").longValue();
        String staff = api.token("personal.egenregi");
        for (String[] v : new String[][] {{"09:00", "10:00"}, {"11:00", "11:45"}}) {
            TestData.manualVisit(api, staff, clientId, "2026-10-05T" + v[0] + ":00+02:00",
                    "2026-10-05T" + v[1] + ":00+02:00", "PHONE_FAILURE");
        }

        OffsetDateTime shiftStart = OffsetDateTime.parse("2026-10-05T07:00:00+02:00");
        try {
            Instant serverNow = api.moveClock(shiftStart.toString());
            String secret = Totp.demoSecret("personal.egenregi");
            HttpResponse<String> started = api.post("api/v1/device-sessions", "{\"username\":\"personal.egenregi\","
                    + "\"password\":\"" + Api.DEMO_PASSWORD + "\",\"deviceId\":\"it-staff-time\",\"totp\":\""
                    + TotpCodes.code(secret, TotpCodes.stepAt(serverNow)) + "\"}", null);
            assertEquals(201, started.statusCode(), started.body());
            String phone = Api.json(started.body()).getString("token");
            // The phone is used through the day, so the session never idles.
            for (int minutes = 10; minutes <= 480; minutes += 10) {
                api.moveClock(shiftStart.plusMinutes(minutes).toString());
                if (minutes < 480) {
                    assertEquals(200, api.get("api/v1/device-sessions/current", phone).statusCode());
                }
            }
            HttpResponse<String> ended = api.send(api.builder("api/v1/device-sessions/current", phone).DELETE().build());
            assertTrue(ended.statusCode() == 200 || ended.statusCode() == 204, ended.statusCode() + " " + ended.body());
        } finally {
            api.resetClock();
        }

        JsonObject ahmed = Api.jsonArray(api.get("api/v1/reports/follow-up/staff-time?provider=" + providerId
                + "&month=2026-10", chef).body()).stream().map(JsonValue::asJsonObject)
                .filter(r -> "personal.egenregi".equals(r.getString("staff", null))).findFirst().orElseThrow();
        assertEquals("480 105 21.9", ahmed.getJsonNumber("shiftMinutes") + " " + ahmed.getJsonNumber("visitMinutes")
                + " " + ahmed.getJsonNumber("sharePercent").bigDecimalValue());

        assertProblem(api.get("api/v1/reports/follow-up/staff-time?provider=" + providerId + "&month=2026-10",
                api.token("chef.omsorgshuset")), 403);
        assertProblem(api.get("api/v1/reports/follow-up/staff-time?provider=" + providerId + "&month=2026-10", staff), 403);
        long omsorgshuset = Api.jsonArray(api.get("api/v1/orders", api.token("chef.omsorgshuset")).body())
                .getJsonObject(0).getJsonNumber("providerId").longValue();
        assertEquals("report.staffTime.ownOnly", assertProblem(api.get("api/v1/reports/follow-up/staff-time?provider="
                + omsorgshuset + "&month=2026-10", api.token("chef.omsorgshuset")), 409).getString("code"));
    }
}
