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

    private static JsonObject excessCase(Api api, String token, long clientId) {
        return TestData.excessCases(api, token, clientId).stream().findFirst()
                .orElseThrow(() -> new AssertionError("No 110 % case for client " + clientId));
    }

    /** Visit ids of the clients made here, by client. */
    private final java.util.Map<Long, Long> firstVisit = new java.util.HashMap<>();

    /** A client of Trygga Händer with städning twice a month, four one-hour visits in October 2026. */
    private long clientWithFourVisits(Api api, String soder, String chef, String staff, long providerId) {
        long clientId = TestData.newClient(api, soder, "Städa", "Ofta");
        TestData.acknowledgedOrder(api, soder, chef, TestData.order(clientId, providerId, "2026-10-01",
                TestData.CLEANING_TWICE_A_MONTH));
        for (int day = 12; day <= 15; day++) {
            long visitId = TestData.manualVisit(api, staff, clientId, "2026-10-" + day + "T09:00:00+02:00",
                    "2026-10-" + day + "T10:00:00+02:00", "NO_TAG");
            firstVisit.putIfAbsent(clientId, visitId);
        }
        return clientId;
    }

    @Test
    void aMonthIsSettledByTheBatchJobClosedForGoodAndItsExcessBecomesACase() throws Exception {
        Api api = new Api(base);
        String soder = api.token("handlaggare.soder");
        String chef = api.token("chef.tryggahander");
        String admin = api.token("admin");
        long providerId = TestData.providerOf(api, chef);
        String staff = api.token("personal.tryggahander");
        long clientId = clientWithFourVisits(api, soder, chef, staff, providerId);
        long second = clientWithFourVisits(api, soder, chef, staff, providerId);
        long third = clientWithFourVisits(api, soder, chef, staff, providerId);

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

        // The 110 % cases, with the deadlines of November (10th and 20th, moved off weekends and holidays).
        JsonObject excess = excessCase(api, chef, clientId);
        assertEquals("1.61", excess.getJsonNumber("excessHours").bigDecimalValue().toPlainString());
        assertEquals("2026-11-10", excess.getString("explainBy"));
        assertEquals("2026-11-20", excess.getString("decideBy"));
        long caseId = excess.getJsonNumber("id").longValue();
        long explainedOnly = excessCase(api, chef, second).getJsonNumber("id").longValue();
        long neverExplained = excessCase(api, chef, third).getJsonNumber("id").longValue();
        String explanation = "{\"explanation\":\"Brukaren var sjuk och behövde extra städning efter smitta.\"}";
        // Tokens before the clock moves: a login on a moved clock would need the TOTP code of the server's time.
        String otherChef = api.token("chef.omsorgshuset");
        try {
            // The workflow on the server's own (moved) clock.
            api.moveClock("2026-11-05T10:00:00+01:00");
            assertProblem(api.post("api/v1/excess-cases/" + caseId + "/explanation", explanation,
                    otherChef), 403);
            assertProblem(api.post("api/v1/excess-cases/" + caseId + "/decision", "{\"approve\":true}", soder), 409);
            assertProblem(api.post("api/v1/excess-cases/" + caseId + "/explanation", "{\"explanation\":\" \"}", chef), 400);
            assertEquals(200, api.post("api/v1/excess-cases/" + caseId + "/explanation", explanation, chef).statusCode());
            assertEquals(200, api.post("api/v1/excess-cases/" + explainedOnly + "/explanation", explanation, chef)
                    .statusCode());
            assertEquals("EXPLAINED", excessCase(api, chef, clientId).getString("statusToday"));

            // After the explanation deadline: the unexplained case is not paid and takes no explanation.
            api.moveClock("2026-11-11T08:00:00+01:00");
            assertEquals(200, api.post("api/v1/excess-cases/deadlines", "", admin).statusCode());
            JsonObject lapsed = excessCase(api, chef, third);
            assertEquals("NOT_PAID", lapsed.getString("payment"), lapsed.toString());
            assertProblem(api.post("api/v1/excess-cases/" + neverExplained + "/explanation", explanation, chef), 409);
            assertProblem(api.post("api/v1/excess-cases/deadlines", "", chef), 403);

            JsonObject approved = Api.json(api.post("api/v1/excess-cases/" + caseId + "/decision",
                    "{\"approve\":true,\"note\":\"Styrkt av sjuksköterska.\"}", soder).body());
            assertEquals("APPROVED", approved.getString("status"), approved.toString());
            assertEquals("PAID", approved.getString("payment"));

            // Explained but not decided by the decision deadline: paid.
            api.moveClock("2026-11-21T08:00:00+01:00");
            api.post("api/v1/excess-cases/deadlines", "", admin);
            assertEquals("PAID", excessCase(api, chef, second).getString("payment"));
            assertProblem(api.post("api/v1/excess-cases/" + explainedOnly + "/decision", "{\"approve\":false,"
                    + "\"note\":\"För sent.\"}", soder), 409);
        } finally {
            api.resetClock();
        }

        JsonObject closed = Api.json(api.post("api/v1/settlements/" + id + "/close", "", admin).body());
        assertEquals("CLOSED", closed.getString("status"), closed.toString());
        assertEquals("billing.settlement.closed", assertProblem(api.post("api/v1/settlements",
                "{\"providerId\":" + providerId + ",\"month\":\"2026-10\"}", admin), 409).getString("code"));
        assertProblem(api.get("api/v1/settlements/" + id, api.token("chef.omsorgshuset")), 403);

        // A correction after closing: the visit is unlocked (audited), shortened by 30 minutes, locked again;
        // the difference is an adjustment line and the closed line stays as it was.
        long visitId = firstVisit.get(clientId);
        assertEquals(200, api.post("api/v1/visits/" + visitId + "/unlock",
                "{\"reason\":\"Utföraren har visat att besöket var kortare.\",\"days\":1}", admin).statusCode());
        HttpResponse<String> corrected = api.put("api/v1/visits/" + visitId + "/correction", "{\"arrival\":"
                + "\"2026-10-12T09:00:00+02:00\",\"departure\":\"2026-10-12T09:30:00+02:00\",\"reason\":"
                + "\"Personalen gick 09.30 enligt brukaren.\"}", chef);
        assertEquals(200, corrected.statusCode(), corrected.body());
        String adjustment = "{\"reason\":\"Besöket 12 oktober rättat efter stängning.\"}";
        assertEquals("billing.settlement.openVisits", assertProblem(api.post("api/v1/settlements/" + id
                + "/adjustments", adjustment, admin), 409).getString("code"));
        try {
            java.time.Instant later = api.moveClock(LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(5)
                    + "T10:00:00+01:00");
            String laterAdmin = api.tokenAt("admin", later);
            assertProblem(api.post("api/v1/settlements/" + id + "/adjustments", adjustment,
                    api.tokenAt("chef.tryggahander", later)), 403);
            assertProblem(api.post("api/v1/settlements/" + id + "/adjustments", "{\"reason\":\"\"}", laterAdmin), 400);
            HttpResponse<String> adjusted = api.post("api/v1/settlements/" + id + "/adjustments", adjustment, laterAdmin);
            assertEquals(201, adjusted.statusCode(), adjusted.body());
            JsonObject delta = Api.jsonArray(adjusted.body()).getJsonObject(0);
            assertEquals(1, Api.jsonArray(adjusted.body()).size(), adjusted.body());
            assertEquals(clientId, delta.getJsonNumber("clientId").longValue());
            assertTrue(delta.getBoolean("adjustment"));
            // 4.00 h → 3.50 h performed; paid stays at the limit 2.39 h; the excess 1.613 h → 1.113 h: −0.50 h and
            // 688,75 → 475,25 kr (1.113 h × 427 kr/h): −213,50 kr.
            assertEquals(List.of("-0.50", "0.00", "-0.50", "0.00", "-213.50"), List.of(
                    delta.getJsonNumber("performedHours").bigDecimalValue().toPlainString(),
                    delta.getJsonNumber("paidHours").bigDecimalValue().toPlainString(),
                    delta.getJsonNumber("excessHours").bigDecimalValue().toPlainString(),
                    delta.getJsonNumber("amount").bigDecimalValue().toPlainString(),
                    delta.getJsonNumber("excessAmount").bigDecimalValue().toPlainString()));
            assertTrue(delta.getString("note").startsWith("Besöket 12 oktober rättat efter stängning."));
            // Nothing new differs: a second run adds nothing.
            HttpResponse<String> again = api.post("api/v1/settlements/" + id + "/adjustments", adjustment, laterAdmin);
            assertEquals(200, again.statusCode(), again.body());
            assertEquals(0, Api.jsonArray(again.body()).size());
        } finally {
            api.resetClock();
        }
        JsonObject original = Api.jsonArray(api.get("api/v1/settlements/" + id + "/lines", chef).body()).stream()
                .map(JsonValue::asJsonObject).filter(l -> l.getJsonNumber("clientId").longValue() == clientId
                        && !l.getBoolean("adjustment")).findFirst().orElseThrow();
        assertEquals("4.00", original.getJsonNumber("performedHours").bigDecimalValue().toPlainString());
        assertEquals("CLOSED", Api.json(api.get("api/v1/settlements/" + id, admin).body()).getString("status"));
    }
}
