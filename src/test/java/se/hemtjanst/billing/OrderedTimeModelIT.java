package se.hemtjanst.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import se.hemtjanst.it.TestData;

/**
 * The ordered-time model end to end: in August 2026 (the server's clock moved there) system administration
 * schedules ordered time for September only and performed time again from October. A client of Trygga Händer
 * with städning twice a month (ramtid (60 + 5) × 2 = 130 min, decided as 2.17 h a month) and one visit of 30
 * minutes is paid the ordered 2.17 h: 2.17 × 427 kr = 926.59 kr, no 110 % case — the same figures for the one
 * client on the Timunderlag and in the provider's batch settlement.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderedTimeModelIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static String rules(String from, String model) {
        return "{\"fromMonth\":\"" + from + "\",\"model\":\"" + model + "\",\"limitPercent\":110,"
                + "\"daytimeRate\":427.00,\"otherRate\":496.00,\"explanationDay\":10,\"decisionDay\":20,"
                + "\"declinedVisitsUnpaid\":true}";
    }

    @Test
    void orderedTimeIsPaidAsGrantedTheSameOnScreenAndInTheBatch() throws Exception {
        Api api = new Api(base);
        String admin = api.token("admin");
        assertEquals("billing.rules.closedMonth", assertProblem(api.post("api/v1/billing-rules",
                rules("2026-09", "ORDERED_TIME"), admin), 409).getString("code"), "September has begun long ago");
        try {
            api.moveClock("2026-08-15T10:00:00+02:00");
            HttpResponse<String> september = api.post("api/v1/billing-rules", rules("2026-09", "ORDERED_TIME"), admin);
            assertEquals(201, september.statusCode(), september.body());
            HttpResponse<String> october = api.post("api/v1/billing-rules", rules("2026-10", "PERFORMED_TIME"), admin);
            assertEquals(201, october.statusCode(), october.body());
        } finally {
            api.resetClock();
        }

        String soder = api.token("handlaggare.soder");
        String chef = api.token("chef.tryggahander");
        long clientId = TestData.newClient(api, soder, "Beställd", "Tid");
        long providerId = TestData.providerOf(api, chef);
        long orderId = TestData.acknowledgedOrder(api, soder, chef, TestData.order(clientId, providerId, "2026-09-01",
                TestData.CLEANING_TWICE_A_MONTH));
        TestData.manualVisit(api, api.token("personal.tryggahander"), clientId, "2026-09-14T09:00:00+02:00",
                "2026-09-14T09:30:00+02:00", "NO_TAG");

        // One client, as the screen computes it.
        JsonObject screen = Api.json(api.get("api/v1/reports/timunderlag?month=2026-09&client=" + clientId, chef)
                .body()).getJsonArray("rows").getJsonObject(0);
        assertEquals(List.of("2.17", "0.50", "2.17"), List.of(
                screen.getJsonNumber("beviljadTidLov").bigDecimalValue().toPlainString(),
                screen.getJsonNumber("utfordTid").bigDecimalValue().toPlainString(),
                screen.getJsonNumber("ersattningstimmar").bigDecimalValue().toPlainString()));

        // The whole provider, as the batch job computes it.
        HttpResponse<String> started = api.post("api/v1/settlements",
                "{\"providerId\":" + providerId + ",\"month\":\"2026-09\"}", admin);
        assertEquals(202, started.statusCode(), started.body());
        long id = Api.json(started.body()).getJsonNumber("id").longValue();
        JsonObject settlement = Api.json(started.body());
        for (int i = 0; i < 120 && settlement.getString("status").equals("RUNNING"); i++) {
            Thread.sleep(500);
            settlement = Api.json(api.get("api/v1/settlements/" + id, admin).body());
        }
        assertEquals("CALCULATED", settlement.getString("status"), settlement.toString());
        assertEquals("ORDERED_TIME", settlement.getString("model"));
        JsonObject line = Api.jsonArray(api.get("api/v1/settlements/" + id + "/lines", chef).body()).stream()
                .map(JsonValue::asJsonObject).filter(l -> l.getJsonNumber("clientId").longValue() == clientId)
                .findFirst().orElseThrow();
        assertEquals(List.of("2.17", "0.50", "2.17", "0.00", "926.59", "0.00"), List.of(
                line.getJsonNumber("grantedLovHours").bigDecimalValue().toPlainString(),
                line.getJsonNumber("performedHours").bigDecimalValue().toPlainString(),
                line.getJsonNumber("paidHours").bigDecimalValue().toPlainString(),
                line.getJsonNumber("excessHours").bigDecimalValue().toPlainString(),
                line.getJsonNumber("amount").bigDecimalValue().toPlainString(),
                line.getJsonNumber("excessAmount").bigDecimalValue().toPlainString()));
        assertEquals(screen.getJsonNumber("ersattningstimmar").bigDecimalValue(),
                line.getJsonNumber("paidHours").bigDecimalValue());
        assertEquals(0, Api.jsonArray(api.get("api/v1/excess-cases", chef).body()).stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getJsonNumber("clientId").longValue() == clientId).count());
    }
}
