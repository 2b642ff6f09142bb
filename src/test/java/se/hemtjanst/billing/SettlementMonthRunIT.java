package se.hemtjanst.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.it.Api.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Deployments;
import se.hemtjanst.it.InServer;
import se.hemtjanst.it.TestData;

/**
 * The month's settlement of every provider in one job ({@code POST /api/v1/settlements/all}, partitioned in groups of
 * providers), July 2026, with the hand-computed client of {@link SettlementApiIT}: städning twice a month, ramtid
 * 2.17 h; four daytime visits of 60 min, 4.00 h performed; paid up to 110 %: 2.39 h (1 019,25 kr at 427 kr/h); excess 1.61 h
 * (688,75 kr). The provider's own run of the same month gives the same lines, a closed month is left as it is, and a
 * failed provider of the month's run starts again alone. Runs inside the server to put a settlement into the failed
 * state.
 */
@ExtendWith(ArquillianExtension.class)
class SettlementMonthRunIT {

    private static final String MONTH = "2026-07";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTests();
    }

    @Test
    void everyProvidersMonthIsSettledByOneJobWithTheProvidersOwnFigures() throws Exception {
        Api api = Api.inServer();
        String admin = api.newTokenInServer("admin");
        String chef = api.newTokenInServer("chef.tryggahander");
        String soder = api.newTokenInServer("handlaggare.soder");
        String staff = api.newTokenInServer("personal.tryggahander");
        long providerId = TestData.providerOf(api, chef);
        long clientId = TestData.newClient(api, soder, "Juli", "Allas");
        TestData.acknowledgedOrder(api, soder, chef, TestData.order(clientId, providerId, "2026-07-01",
                TestData.CLEANING_TWICE_A_MONTH));
        for (int day = 13; day <= 16; day++) {
            TestData.manualVisit(api, staff, clientId, "2026-07-" + day + "T09:00:00+02:00",
                    "2026-07-" + day + "T10:00:00+02:00", "NO_TAG");
        }

        assertProblem(api.post("api/v1/settlements/all", "{\"month\":\"" + MONTH + "\"}", chef), 403);
        assertProblem(api.post("api/v1/settlements/all", "{\"month\":\"2099-01\"}", admin), 400);
        assertEquals("billing.month.required", assertProblem(api.post("api/v1/settlements/all", "{}", admin), 400)
                .getString("code"));

        JsonObject run = started(api.post("api/v1/settlements/all", "{\"month\":\"" + MONTH + "\"}", admin));
        List<Long> ids = ids(run, "started");
        assertTrue(ids.size() >= 3, "the three demo providers at least: " + run);
        assertEquals(List.of(), ids(run, "skipped"));
        Map<Long, JsonObject> done = calculated(api, admin, ids);
        long own = done.values().stream().filter(s -> s.getJsonNumber("providerId").longValue() == providerId)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject settled = done.get(own);
        assertEquals(settled.getInt("clientsTotal"), settled.getInt("clientsDone"), settled.toString());

        List<String> lines = lines(api, chef, own);
        assertEquals(List.of(clientId + " RAMTID 2.17 4.00 2.39 1.61 1019.25 688.75"),
                lines.stream().filter(l -> l.startsWith(clientId + " ")).toList());
        // The month's completion (one step for every provider's settlement) opens the client's 110 % case, once.
        List<JsonObject> cases = TestData.excessCases(api, chef, clientId);
        assertEquals(1, cases.size(), cases.toString());
        assertEquals("1.61", cases.get(0).getJsonNumber("excessHours").bigDecimalValue().toPlainString());

        // The provider's own run of the month gives the same lines and amount, and replaces them (no line twice).
        HttpResponse<String> alone = api.post("api/v1/settlements", "{\"providerId\":" + providerId
                + ",\"month\":\"" + MONTH + "\"}", admin);
        assertEquals(202, alone.statusCode(), alone.body());
        assertEquals(own, Api.json(alone.body()).getJsonNumber("id").longValue());
        JsonObject again = calculated(api, admin, List.of(own)).get(own);
        assertEquals(settled.getJsonNumber("amount").bigDecimalValue(), again.getJsonNumber("amount").bigDecimalValue());
        assertEquals(lines, lines(api, chef, own));
        assertEquals(1, TestData.excessCases(api, chef, clientId).size(), "the provider's own run replaces the case");

        // A closed month is left as it is; the others run again.
        assertEquals("CLOSED", Api.json(api.post("api/v1/settlements/" + own + "/close", "", admin).body())
                .getString("status"));
        JsonObject second = started(api.post("api/v1/settlements/all", "{\"month\":\"" + MONTH + "\"}", admin));
        assertEquals(List.of(own), ids(second, "skipped"));
        List<Long> rerun = ids(second, "started");
        assertFalse(rerun.contains(own));
        Map<Long, JsonObject> redone = calculated(api, admin, rerun);
        assertEquals(lines, lines(api, chef, own), "a closed settlement never changes");

        // A provider of the month's run that failed starts again alone, from the start, to the same figures.
        long other = rerun.get(0);
        InServer.execute("update settlement set status = 'FAILED' where id = " + other);
        JsonObject restarted = Api.json(api.post("api/v1/settlements/" + other + "/restart", "", admin).body());
        assertEquals(other, restarted.getJsonNumber("id").longValue(), restarted.toString());
        assertEquals(redone.get(other).getJsonNumber("amount").bigDecimalValue(),
                calculated(api, admin, List.of(other)).get(other).getJsonNumber("amount").bigDecimalValue());
    }

    private static JsonObject started(HttpResponse<String> response) {
        assertEquals(202, response.statusCode(), response.body());
        return Api.json(response.body());
    }

    private static List<Long> ids(JsonObject run, String list) {
        return run.getJsonArray(list).stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    /** Waits until none of the settlements runs; all of them CALCULATED. */
    private static Map<Long, JsonObject> calculated(Api api, String admin, List<Long> ids) throws Exception {
        Map<Long, JsonObject> mine = Map.of();
        for (int i = 0; i < 240; i++) {
            mine = Api.jsonArray(api.get("api/v1/settlements?month=" + MONTH, admin).body()).stream()
                    .map(JsonValue::asJsonObject).filter(s -> ids.contains(s.getJsonNumber("id").longValue()))
                    .collect(Collectors.toMap(s -> s.getJsonNumber("id").longValue(), s -> s));
            if (mine.size() == ids.size() && mine.values().stream().noneMatch(s -> s.getString("status")
                    .equals("RUNNING"))) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals(ids.size(), mine.size());
        for (JsonObject s : mine.values()) {
            assertEquals("CALCULATED", s.getString("status"), s.toString());
        }
        return mine;
    }

    private static String decimal(JsonObject o, String name) {
        return o.getJsonNumber(name).bigDecimalValue().toPlainString();
    }

    /** The settlement's lines: client, row, granted, performed, paid and excess hours, amount, excess amount. */
    private static List<String> lines(Api api, String token, long id) {
        return Api.jsonArray(api.get("api/v1/settlements/" + id + "/lines", token).body()).stream()
                .map(JsonValue::asJsonObject)
                .map(l -> l.getJsonNumber("clientId").longValue() + " " + l.getString("row") + " "
                        + decimal(l, "grantedHours") + " " + decimal(l, "performedHours") + " "
                        + decimal(l, "paidHours") + " " + decimal(l, "excessHours") + " "
                        + decimal(l, "amount") + " " + decimal(l, "excessAmount"))
                .sorted().toList();
    }
}
