package se.hemtjanst.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.it.Api.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
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
 * Ordered versus performed over HTTP on a hand-computed client of Trygga Händer on Södermalm: städning twice a
 * month from 2026-09-01 (ramtid 2.17 h); three one-hour visits in September (3.00 h, +38.2 %), one in October
 * (1.00 h, −53.9 %). The assessor and the provider see the same figures; the district's month is the sum of its
 * clients; the month opens the client, the client the visits; with the clock in November the client is on the
 * assessor's individuppföljning (two months in a row beyond ±10 %). Everyone else gets 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FollowUpApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static String figures(JsonObject m) {
        return m.getString("month") + " " + m.getJsonNumber("ordered").bigDecimalValue().toPlainString() + " "
                + m.getJsonNumber("performed").bigDecimalValue().toPlainString() + " "
                + (!m.containsKey("deviationPercent") || m.isNull("deviationPercent") ? "-" : m.getJsonNumber("deviationPercent").bigDecimalValue().toPlainString());
    }

    @Test
    void bothSidesSeeTheSameFiguresAndTheDrillDownAddsUp() {
        Api api = new Api(base);
        String soder = api.token("handlaggare.soder");
        String chef = api.token("chef.tryggahander");
        long clientId = TestData.newClient(api, soder, "Följs", "Upp");
        long providerId = TestData.providerOf(api, chef);
        long orderId = TestData.acknowledgedOrder(api, soder, chef, TestData.order(clientId, providerId, "2026-09-01",
                TestData.CLEANING_TWICE_A_MONTH));
        String staff = api.token("personal.tryggahander");
        for (String day : List.of("2026-09-07", "2026-09-14", "2026-09-21", "2026-10-05")) {
            TestData.manualVisit(api, staff, clientId, day + "T09:00:00+02:00", day + "T10:00:00+02:00", "NO_TAG");
        }

        String clientReport = "api/v1/reports/follow-up?level=CLIENT&id=" + clientId + "&from=2026-08&to=2026-10";
        JsonObject assessorView = Api.json(api.get(clientReport, soder).body());
        List<String> expected = List.of("2026-08 0.00 0.00 -", "2026-09 2.17 3.00 38.2", "2026-10 2.17 1.00 -53.9");
        assertEquals(expected, assessorView.getJsonArray("months").stream().map(JsonValue::asJsonObject)
                .map(FollowUpApiIT::figures).toList());
        assertEquals("Följs Upp", assessorView.getString("name"));
        JsonObject providerView = Api.json(api.get(clientReport, chef).body());
        assertEquals(assessorView.getJsonArray("months"), providerView.getJsonArray("months"),
                "the assessor and the provider see the same figures");

        // The district's September is the sum of its clients, and our client is among them with its figures.
        JsonObject me = Api.json(api.get("api/v1/reports/follow-up?level=CLIENT&id=" + clientId
                + "&from=2026-09&to=2026-09", soder).body());
        long districtId = Api.jsonArray(api.get("api/v1/reports/follow-up/subjects", soder).body()).stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getString("level").equals("DISTRICT")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        JsonObject september = Api.json(api.get("api/v1/reports/follow-up?level=DISTRICT&id=" + districtId
                + "&from=2026-09&to=2026-09", soder).body()).getJsonArray("months").getJsonObject(0);
        JsonArray clients = Api.jsonArray(api.get("api/v1/reports/follow-up/clients?level=DISTRICT&id=" + districtId
                + "&month=2026-09", soder).body());
        assertEquals(september.getJsonNumber("ordered").bigDecimalValue(), sum(clients, "ordered"));
        assertEquals(september.getJsonNumber("performed").bigDecimalValue(), sum(clients, "performed"));
        assertEquals(september.getInt("clients"), clients.size());
        JsonObject row = clients.stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("clientId").longValue() == clientId).findFirst().orElseThrow();
        assertEquals("2.17 3.00 38.2", row.getJsonNumber("ordered").bigDecimalValue() + " "
                + row.getJsonNumber("performed").bigDecimalValue() + " "
                + row.getJsonNumber("deviationPercent").bigDecimalValue());
        assertTrue(me.getJsonArray("months").getJsonObject(0).getInt("visits") == 3);
        JsonArray visits = Api.jsonArray(api.get("api/v1/reports/follow-up/visits?clientId=" + clientId
                + "&month=2026-09", chef).body());
        assertEquals(List.of(60, 60, 60), visits.stream().map(v -> v.asJsonObject().getInt("minutes")).toList());
        assertTrue(visits.getJsonObject(0).getBoolean("manual"));

        // The provider's figures: its own provider only.
        assertEquals(200, api.get("api/v1/reports/follow-up?level=PROVIDER&id=" + providerId
                + "&from=2026-09&to=2026-10", chef).statusCode());

        // The forbidden cases.
        assertProblem(api.get(clientReport, api.token("chef.omsorgshuset")), 403);
        assertProblem(api.get(clientReport, api.token("handlaggare.kungsholmen")), 403);
        assertProblem(api.get(clientReport, staff), 403);
        assertProblem(api.get("api/v1/reports/follow-up?level=PROVIDER&id=" + providerId + "&from=2026-09&to=2026-10",
                api.token("chef.omsorgshuset")), 403);
        assertProblem(api.get("api/v1/reports/follow-up?level=DISTRICT&id=" + districtId + "&from=2026-09&to=2026-10",
                api.token("handlaggare.kungsholmen")), 403);
        assertProblem(api.get("api/v1/reports/follow-up?level=MUNICIPALITY&from=2026-09&to=2026-10", chef), 403);
        assertProblem(api.get("api/v1/reports/follow-up/clients?level=MUNICIPALITY&month=2026-09", soder), 403);
        assertProblem(api.get("api/v1/reports/follow-up/visits?clientId=" + clientId + "&month=2026-09",
                api.token("chef.omsorgshuset")), 403);
        assertProblem(api.get("api/v1/reports/follow-up?level=CLIENT&id=" + clientId + "&from=2026-10&to=2026-09",
                soder), 400);
        assertProblem(api.get("api/v1/reports/follow-up?level=PLANET&from=2026-09&to=2026-10", soder), 400);
        assertEquals(200, api.get("api/v1/reports/follow-up?level=MUNICIPALITY&from=2026-09&to=2026-10",
                soder).statusCode(), "the municipality's totals are shared with assessors");

        // Individuppföljning in November: September +38.2 %, October −53.9 % — two months in a row.
        String admin = api.token("admin");
        // Tokens before the clock moves: a login on a moved clock would need the TOTP code of the server's time.
        String kungsholmen = api.token("handlaggare.kungsholmen");
        String otherChef = api.token("chef.omsorgshuset");
        try {
            api.moveClock("2026-11-16T09:00:00+01:00");
            JsonObject listed = Api.jsonArray(api.get("api/v1/reports/follow-up/individual", soder).body()).stream()
                    .map(JsonValue::asJsonObject).filter(c -> c.getJsonNumber("clientId").longValue() == clientId)
                    .findFirst().orElseThrow(() -> new AssertionError("the client is not on the list"));
            assertEquals(List.of("2026-09 2.17 3.00 38.2", "2026-10 2.17 1.00 -53.9"), listed.getJsonArray("months")
                    .stream().map(JsonValue::asJsonObject).map(FollowUpApiIT::figures).toList());
            assertProblem(api.get("api/v1/reports/follow-up/individual", chef), 403);

            // The order is still writable after the reports read it (read-only queries share the cache).
            HttpResponse<String> pause = api.post("api/v1/orders/" + orderId + "/pauses",
                    "{\"firstDay\":\"2026-12-20\",\"lastDay\":\"2026-12-27\",\"reason\":\"Julfirande hos dottern\"}",
                    soder);
            assertEquals(201, pause.statusCode(), pause.body());

            // The provider asks for a review on the same grounds: a message to the district referring to the order.
            String review = "{\"clientId\":" + clientId + ",\"note\":\"Städningen tar längre tid sedan flytten.\"}";
            assertProblem(api.post("api/v1/reports/follow-up/review-requests", review, soder), 403);
            assertProblem(api.post("api/v1/reports/follow-up/review-requests", review, otherChef),
                    403);
            HttpResponse<String> requested = api.post("api/v1/reports/follow-up/review-requests", review, chef);
            assertEquals(201, requested.statusCode(), requested.body());
            JsonObject sent = Api.json(requested.body());
            assertEquals(orderId, sent.getJsonNumber("orderId").longValue());
            assertTrue(sent.getString("body").contains("2026-09: beställt 2,17 h, utfört 3,00 h (+38,2 %)"),
                    sent.getString("body"));
            assertTrue(Api.jsonArray(api.get("api/v1/clients/" + clientId + "/messages", soder).body()).stream()
                    .map(JsonValue::asJsonObject).anyMatch(m -> m.getString("kind").equals("REVIEW_REQUEST")),
                    "the assessor's mailbox has it");
            assertEquals(0, Api.jsonArray(api.get("api/v1/reports/follow-up/individual",
                    kungsholmen).body()).stream().map(JsonValue::asJsonObject)
                    .filter(c -> c.getJsonNumber("clientId").longValue() == clientId).count());
        } finally {
            api.resetClock();
        }
    }

    private static BigDecimal sum(JsonArray rows, String field) {
        return rows.stream().map(r -> r.asJsonObject().getJsonNumber(field).bigDecimalValue())
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
    }
}
