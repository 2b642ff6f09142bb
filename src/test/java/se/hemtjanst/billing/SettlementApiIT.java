package se.hemtjanst.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.it.Api.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The monthly settlement as a batch job over HTTP, for Trygga Händer in October 2026 with one hand-computed
 * client: städning twice a month as single-service visits, (60 + 5) × 2 = 130 min = ramtid 2.17 h; four
 * daytime visits of 60 min = 4.00 h performed; paid up to 110 %: 2.387 h = 2.39 h (1 019,25 kr at 427 kr/h);
 * excess 1.613 h = 1.61 h (688,75 kr), which becomes a 110 % case with the November deadlines.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettlementApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aMonthIsSettledByTheBatchJobClosedForGoodAndItsExcessBecomesACase() throws Exception {
        Api api = new Api(base);
        String soder = api.token("handlaggare.soder");
        String chef = api.token("chef.tryggahander");
        String admin = api.token("admin");
        long clientId = Api.json(api.post("api/v1/clients", "{\"personalIdentityNumber\":\""
                + TestData.newPersonalIdentityNumber() + "\",\"firstName\":\"Städa\",\"lastName\":\"Ofta\"}", soder)
                .body()).getJsonNumber("id").longValue();
        long providerId = Api.jsonArray(api.get("api/v1/orders", chef).body()).getJsonObject(0)
                .getJsonNumber("providerId").longValue();
        HttpResponse<String> order = api.post("api/v1/orders", "{\"clientId\":" + clientId + ",\"providerId\":"
                + providerId + ",\"validFrom\":\"2026-10-01\",\"description\":\"Klarar det mesta själv men inte städning.\","
                + "\"purpose\":\"Ett rent hem.\",\"services\":[{\"code\":\"STADNING\",\"frequency\":\"PER_MONTH\","
                + "\"count\":2}]}", soder);
        assertEquals(201, order.statusCode(), order.body());
        long orderId = Api.json(order.body()).getJsonObject("order").getJsonNumber("id").longValue();
        api.post("api/v1/orders/" + orderId + "/send", "", soder);
        assertEquals(200, api.post("api/v1/orders/" + orderId + "/acknowledgement", "", chef).statusCode());
        String staff = api.token("personal.tryggahander");
        for (int day = 12; day <= 15; day++) {
            HttpResponse<String> v = api.post("api/v1/visits/manual", "{\"clientId\":" + clientId
                    + ",\"arrival\":\"2026-10-" + day + "T09:00:00+02:00\",\"departure\":\"2026-10-" + day
                    + "T10:00:00+02:00\",\"reasonCode\":\"NO_TAG\"}", staff);
            assertEquals(201, v.statusCode(), v.body());
        }

        assertProblem(api.post("api/v1/settlements", "{\"providerId\":" + providerId + ",\"month\":\"2026-10\"}", chef), 403);
        assertProblem(api.post("api/v1/settlements", "{\"providerId\":" + providerId + ",\"month\":\"2099-01\"}", admin), 400);
        HttpResponse<String> started = api.post("api/v1/settlements",
                "{\"providerId\":" + providerId + ",\"month\":\"2026-10\"}", admin);
        assertEquals(202, started.statusCode(), started.body());
        long id = Api.json(started.body()).getJsonNumber("id").longValue();
        JsonObject settlement = Api.json(started.body());
        for (int i = 0; i < 120 && settlement.getString("status").equals("RUNNING"); i++) {
            Thread.sleep(500);
            settlement = Api.json(api.get("api/v1/settlements/" + id, admin).body());
        }
        assertEquals("CALCULATED", settlement.getString("status"), settlement.toString());
        assertEquals(100, settlement.getInt("progressPercent"));
        assertEquals(settlement.getInt("clientsTotal"), settlement.getInt("clientsDone"));

        JsonObject line = Api.jsonArray(api.get("api/v1/settlements/" + id + "/lines", chef).body()).stream()
                .map(JsonValue::asJsonObject).filter(l -> l.getJsonNumber("clientId").longValue() == clientId)
                .findFirst().orElseThrow();
        assertEquals(List.of("2.17", "4.00", "2.39", "1.61", "1019.25", "688.75"), List.of(
                line.getJsonNumber("grantedHours").bigDecimalValue().toPlainString(),
                line.getJsonNumber("performedHours").bigDecimalValue().toPlainString(),
                line.getJsonNumber("paidHours").bigDecimalValue().toPlainString(),
                line.getJsonNumber("excessHours").bigDecimalValue().toPlainString(),
                line.getJsonNumber("amount").bigDecimalValue().toPlainString(),
                line.getJsonNumber("excessAmount").bigDecimalValue().toPlainString()));

        // The screen's computation for one client gives the batch's figures.
        JsonObject ramtid = Api.json(api.get("api/v1/reports/timunderlag?month=2026-10&client=" + clientId, chef)
                .body()).getJsonArray("rows").getJsonObject(0);
        assertEquals("4.00", ramtid.getJsonNumber("utfordTid").bigDecimalValue().toPlainString());
        assertEquals("2.39", ramtid.getJsonNumber("ersattningstimmar").bigDecimalValue().toPlainString());

        // The 110 % case, with the deadlines of November (10th and 20th, moved off weekends and holidays).
        JsonObject excess = Api.jsonArray(api.get("api/v1/excess-cases", chef).body()).stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getJsonNumber("clientId").longValue() == clientId)
                .findFirst().orElseThrow();
        assertEquals("1.61", excess.getJsonNumber("excessHours").bigDecimalValue().toPlainString());
        assertEquals("2026-11-10", excess.getString("explainBy"));
        assertEquals("2026-11-20", excess.getString("decideBy"));
        long caseId = excess.getJsonNumber("id").longValue();
        String explanation = "{\"explanation\":\"Brukaren var sjuk och behövde extra städning efter smitta.\"}";
        assertProblem(api.post("api/v1/excess-cases/" + caseId + "/explanation", explanation,
                api.token("chef.omsorgshuset")), 403);
        assertProblem(api.post("api/v1/excess-cases/" + caseId + "/decision", "{\"approve\":true}", soder), 409);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        if (today.isAfter(LocalDate.of(2026, 11, 10))) {
            // Not explained by the deadline: not paid, and no explanation is taken any more.
            assertEquals("LAPSED_UNEXPLAINED", excess.getString("statusToday"));
            assertEquals("NOT_PAID", excess.getString("payment"));
            assertProblem(api.post("api/v1/excess-cases/" + caseId + "/explanation", explanation, chef), 409);
        } else {
            assertEquals(200, api.post("api/v1/excess-cases/" + caseId + "/explanation", explanation, chef).statusCode());
            assertEquals("APPROVED", Api.json(api.post("api/v1/excess-cases/" + caseId + "/decision",
                    "{\"approve\":true,\"note\":\"Styrkt av sjuksköterska.\"}", soder).body()).getString("status"));
        }

        JsonObject closed = Api.json(api.post("api/v1/settlements/" + id + "/close", "", admin).body());
        assertEquals("CLOSED", closed.getString("status"), closed.toString());
        assertEquals("billing.settlement.closed", assertProblem(api.post("api/v1/settlements",
                "{\"providerId\":" + providerId + ",\"month\":\"2026-10\"}", admin), 409).getString("code"));
        assertProblem(api.get("api/v1/settlements/" + id, api.token("chef.omsorgshuset")), 403);
    }
}
