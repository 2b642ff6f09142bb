package se.hemtjanst.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.it.Api.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Deployments;

/**
 * The phones' scan contract over HTTP: idempotent by scanId, the refusals with their statuses, pairing into visits,
 * NTAG 424 DNA messages with the public test vector V6 (the IT server uses its meta-read key), replays, the offline
 * batch. Each test uses its own client of Omsorgshuset so the visits of one never pair with another's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScanApiIT {

    static final String V6_UID = "04996C6A926980";
    static final String V6_FILE_KEY = "B45775776CB224C75BCDE7CA3704E933";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;
    String chef;

    @BeforeEach
    void client() {
        api = new Api(base);
        chef = api.token("chef.omsorgshuset");
    }

    long omsorgshusetClient(int index) {
        return Api.json(api.get("api/v1/clients?size=100", chef).body()).getJsonArray("items").getJsonObject(index)
                .getJsonNumber("id").longValue();
    }

    static String randomUid() {
        StringBuilder b = new StringBuilder("04");
        for (int i = 0; i < 12; i++) {
            b.append("0123456789ABCDEF".charAt(ThreadLocalRandom.current().nextInt(16)));
        }
        return b.toString();
    }

    String plainTag(long clientId) {
        String uid = randomUid();
        HttpResponse<String> r = api.post("api/v1/clients/" + clientId + "/tags",
                "{\"uid\":\"" + uid + "\",\"kind\":\"PLAIN_UID\",\"placement\":\"Innanför ytterdörren\"}", chef);
        assertEquals(201, r.statusCode(), r.body());
        return uid;
    }

    static String now(long plusSeconds) {
        return OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).plusSeconds(plusSeconds)
                .toString();
    }

    static String scan(String scanId, String type, String tagField, String deviceTime, String extra) {
        return "{\"scanId\":\"" + scanId + "\",\"type\":\"" + type + "\"," + tagField + ",\"deviceTime\":\""
                + deviceTime + "\"" + (extra == null ? "" : "," + extra) + "}";
    }

    static String uid(String uid) {
        return "\"tagUid\":\"" + uid + "\"";
    }

    @Test
    void arrivalAndDepartureMakeOneVisitAndARetryGetsTheOriginalAnswer() {
        long clientId = omsorgshusetClient(0);
        String tag = plainTag(clientId);
        String staff = api.deviceToken("personal.omsorgshuset");
        String id = UUID.randomUUID().toString();
        String arrival = scan(id, "ARRIVAL", uid(tag), now(-1800), null);

        HttpResponse<String> first = api.post("api/v1/scans", arrival, staff);
        assertEquals(201, first.statusCode(), first.body());
        JsonObject a = Api.json(first.body());
        assertEquals("OPENED", a.getString("outcome"));
        assertEquals(clientId, a.getJsonNumber("clientId").longValue());
        assertEquals("RAM", a.getString("serviceCode"));
        long visitId = a.getJsonObject("visit").getJsonNumber("id").longValue();

        HttpResponse<String> retry = api.post("api/v1/scans", arrival, staff);
        assertEquals(200, retry.statusCode());
        assertEquals(first.body(), retry.body(), "the original answer, byte for byte");
        assertEquals("scan.idReused", assertProblem(api.post("api/v1/scans",
                scan(id, "DEPARTURE", uid(tag), now(0), null), staff), 422).getString("code"));

        HttpResponse<String> departure = api.post("api/v1/scans",
                scan(UUID.randomUUID().toString(), "DEPARTURE", uid(tag), now(0), null), staff);
        assertEquals(201, departure.statusCode(), departure.body());
        JsonObject d = Api.json(departure.body());
        assertEquals("COMPLETED", d.getString("outcome"));
        assertEquals(visitId, d.getJsonObject("visit").getJsonNumber("id").longValue());
        assertEquals(30, d.getJsonObject("visit").getInt("minutes"));

        // A second tap on the way out a few seconds later counts once.
        JsonObject again = Api.json(api.post("api/v1/scans",
                scan(UUID.randomUUID().toString(), "DEPARTURE", uid(tag), now(5), null), staff).body());
        assertEquals("REPEAT", again.getString("outcome"));
        assertEquals(visitId, again.getJsonObject("visit").getJsonNumber("id").longValue());

        JsonObject visit = Api.json(api.get("api/v1/visits/" + visitId, chef).body());
        assertEquals("COMPLETE", visit.getString("status"));
        assertEquals(30, visit.getInt("minutes"));
    }

    @Test
    void fiftyIdenticalPostsAtOnceMakeExactlyOneEvent() throws Exception {
        long clientId = omsorgshusetClient(6);
        String tag = plainTag(clientId);
        String staff = api.deviceToken("personal.omsorgshuset");
        String body = scan(UUID.randomUUID().toString(), "ARRIVAL", uid(tag), now(0), null);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(50);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.post("api/v1/scans", body, staff);
                }));
            }
            start.countDown();
            int created = 0;
            java.util.Set<String> bodies = new java.util.HashSet<>();
            for (var f : answers) {
                HttpResponse<String> r = f.get();
                assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.statusCode() + " " + r.body());
                created += r.statusCode() == 201 ? 1 : 0;
                bodies.add(r.body());
            }
            assertEquals(1, created, "exactly one event");
            assertEquals(1, bodies.size(), "every answer is the original one");
        } finally {
            pool.shutdownNow();
        }
        long visits = Api.jsonArray(api.get("api/v1/visits", chef).body()).stream()
                .filter(v -> v.asJsonObject().getJsonNumber("clientId").longValue() == clientId
                        && v.asJsonObject().getString("status").equals("OPEN")).count();
        assertEquals(1, visits, "one visit opened");
        api.post("api/v1/scans", scan(UUID.randomUUID().toString(), "DEPARTURE", uid(tag), now(1200), null), staff);
    }

    @Test
    void badScansGetTheRightRefusalAndChangeNothing() {
        long clientId = omsorgshusetClient(1);
        String tag = plainTag(clientId);
        String staff = api.deviceToken("personal2.omsorgshuset");
        assertProblem(api.post("api/v1/scans", scan("not-a-uuid", "ARRIVAL", uid(tag), now(0), null), staff), 400);
        assertProblem(api.post("api/v1/scans", scan(UUID.randomUUID().toString(), "KOM", uid(tag), now(0), null),
                staff), 400);
        assertProblem(api.post("api/v1/scans", scan(UUID.randomUUID().toString(), "ARRIVAL", uid(tag),
                "2026-11-23 08:00", null), staff), 400);
        assertProblem(api.post("api/v1/scans", scan(UUID.randomUUID().toString(), "ARRIVAL", uid(tag) + ",\"sun\":\"e=00&c=00\"",
                now(0), null), staff), 400);
        assertProblem(api.post("api/v1/scans", "{\"scanId\":", staff), 400);
        assertProblem(api.post("api/v1/scans", scan(UUID.randomUUID().toString(), "ARRIVAL", uid(tag), now(0),
                "\"serviceCode\":\"FINNSINTE\""), staff), 400);
        assertProblem(api.post("api/v1/scans", scan(UUID.randomUUID().toString(), "ARRIVAL", uid(randomUid()), now(0),
                null), staff), 404);
        assertProblem(api.post("api/v1/scans", scan(UUID.randomUUID().toString(), "ARRIVAL", uid(tag), now(0), null),
                api.deviceToken("personal.tryggahander")), 403);
        // An ordinary API token, even a staff member's, may not scan: only a phone's device session.
        assertEquals("device.session.required", assertProblem(api.post("api/v1/scans", scan(UUID.randomUUID()
                .toString(), "ARRIVAL", uid(tag), now(0), null), chef), 401).getString("code"));
        assertEquals("device.session.required", assertProblem(api.post("api/v1/scans", scan(UUID.randomUUID()
                .toString(), "ARRIVAL", uid(tag), now(0), null), api.token("personal2.omsorgshuset")), 401)
                .getString("code"));
        assertProblem(api.post("api/v1/scans", scan(UUID.randomUUID().toString(), "ARRIVAL", uid(tag), now(0), null),
                null), 401);

        JsonArray tags = Api.jsonArray(api.get("api/v1/clients/" + clientId + "/tags", chef).body());
        long tagId = tags.stream().map(t -> t.asJsonObject()).filter(t -> t.getString("uid").equals(tag)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/v1/tags/" + tagId + "/revocation", "{\"reason\":\"Tappad\"}", chef).statusCode());
        assertProblem(api.post("api/v1/scans", scan(UUID.randomUUID().toString(), "ARRIVAL", uid(tag), now(0), null),
                staff), 404);
        assertProblem(api.post("api/v1/tags/" + tagId + "/revocation", "{\"reason\":\"Igen\"}",
                api.token("chef.tryggahander")), 403);
    }

    @Test
    void ntag424MessagesAreVerifiedAndAReplayedCounterIsRefused() {
        long clientId = omsorgshusetClient(2);
        HttpResponse<String> reg = api.post("api/v1/clients/" + clientId + "/tags", "{\"uid\":\"" + V6_UID
                + "\",\"kind\":\"NTAG424\",\"fileReadKey\":\"" + V6_FILE_KEY + "\"}", chef);
        assertEquals(201, reg.statusCode(), reg.body());
        assertFalse(reg.body().contains(V6_FILE_KEY), "the key is never returned");
        String staff = api.deviceToken("personal.omsorgshuset");

        String ctr3 = "\"sun\":\"e=4E2E289D945A66BB13377A728884E867&c=E19CCB1FED8892CE\"";
        String ctr5 = "\"sun\":\"e=00F48C4F8E386DED06BCDC78FA92E2FE&c=66B4826EA4C155B4\"";
        String ctr7 = "\"sun\":\"e=0DBF3C59B59B0638D60B5842A997D4D1&c=CC61660C020B4D96\"";
        HttpResponse<String> in = api.post("api/v1/scans", scan(UUID.randomUUID().toString(), "ARRIVAL", ctr3,
                now(-1200), null), staff);
        assertEquals(201, in.statusCode(), in.body());
        assertEquals("OPENED", Api.json(in.body()).getString("outcome"));
        HttpResponse<String> out = api.post("api/v1/scans", scan(UUID.randomUUID().toString(), "DEPARTURE", ctr7,
                now(0), null), staff);
        assertEquals(201, out.statusCode(), out.body());
        assertEquals(20, Api.json(out.body()).getJsonObject("visit").getInt("minutes"));

        assertEquals("scan.sun.replay", assertProblem(api.post("api/v1/scans", scan(UUID.randomUUID().toString(),
                "ARRIVAL", ctr3, now(0), null), staff), 409).getString("code"));
        assertEquals("scan.sun.replay", assertProblem(api.post("api/v1/scans", scan(UUID.randomUUID().toString(),
                "ARRIVAL", ctr5, now(0), null), staff), 409).getString("code"), "lower counter, online: a replay");
        // From the offline queue, counter 5 fits between 3 and 7 in time: it was a real tap queued on the phone.
        HttpResponse<String> queued = api.post("api/v1/scans", scan(UUID.randomUUID().toString(), "ARRIVAL", ctr5,
                now(-600), "\"queuedOffline\":true"), staff);
        assertEquals(201, queued.statusCode(), queued.body());

        assertProblem(api.post("api/v1/scans", scan(UUID.randomUUID().toString(), "ARRIVAL",
                "\"sun\":\"e=0DBF3C59B59B0638D60B5842A997D4D1&c=CC61660C020B4D97\"", now(0), null), staff), 403);
        assertProblem(api.post("api/v1/scans", scan(UUID.randomUUID().toString(), "ARRIVAL", uid(V6_UID), now(0),
                null), staff), 400);
        assertProblem(api.post("api/v1/scans", scan(UUID.randomUUID().toString(), "ARRIVAL",
                "\"sun\":\"e=4E2E289D945A66BB&c=E19CCB1FED8892CE\"", now(0), null), staff), 400);
    }

    @Test
    void theOfflineQueueIsTakenItemByItemAndAClockFarOffIsFlagged() {
        long clientId = omsorgshusetClient(3);
        String tag = plainTag(clientId);
        String staff = api.deviceToken("personal2.omsorgshuset");
        String arrivalId = UUID.randomUUID().toString();
        String arrival = scan(arrivalId, "ARRIVAL", uid(tag), now(-3600), "\"queuedOffline\":true");
        String batch = "{\"scans\":[" + arrival + ","
                + scan(UUID.randomUUID().toString(), "DEPARTURE", "\"tagUid\":\"ZZ\"", now(-1800), null) + ","
                + scan(UUID.randomUUID().toString(), "DEPARTURE", uid(tag), now(-1800), "\"queuedOffline\":true") + ","
                + arrival + "]}";
        HttpResponse<String> r = api.post("api/v1/scans/batch", batch, staff);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject result = Api.json(r.body());
        assertEquals(2, result.getInt("accepted"));
        assertEquals(1, result.getInt("duplicates"));
        assertEquals(1, result.getInt("rejected"));
        JsonArray items = result.getJsonArray("items");
        assertEquals("ACCEPTED", items.getJsonObject(0).getString("result"));
        assertEquals("REJECTED", items.getJsonObject(1).getString("result"));
        assertEquals(400, items.getJsonObject(1).getInt("status"));
        assertEquals("ACCEPTED", items.getJsonObject(2).getString("result"));
        assertEquals(30, items.getJsonObject(2).getJsonObject("scan").getJsonObject("visit").getInt("minutes"));
        assertEquals("DUPLICATE", items.getJsonObject(3).getString("result"));
        assertFalse(items.getJsonObject(0).getJsonObject("scan").getBoolean("clockSkew"), "old but offline: fine");

        StringBuilder tooMany = new StringBuilder("{\"scans\":[");
        for (int i = 0; i < 501; i++) {
            tooMany.append(i == 0 ? "" : ",").append(scan(UUID.randomUUID().toString(), "ARRIVAL", uid(tag), now(0), null));
        }
        assertProblem(api.post("api/v1/scans/batch", tooMany.append("]}").toString(), staff), 413);

        // Online, with the phone's clock an hour ahead: registered, but flagged.
        JsonObject skewed = Api.json(api.post("api/v1/scans", scan(UUID.randomUUID().toString(), "ARRIVAL", uid(tag),
                now(3600), null), staff).body());
        assertTrue(skewed.getBoolean("clockSkew"));
        assertTrue(skewed.getJsonObject("visit").getJsonArray("deviations").toString().contains("CLOCK_SKEW"));
    }

    @Test
    void aManualVisitIsShownAsManualAndApprovedByTheManagerOnly() {
        long clientId = omsorgshusetClient(4);
        String staff = api.token("personal.omsorgshuset");
        String body = "{\"clientId\":" + clientId + ",\"serviceCode\":\"LEDSAGNING\",\"arrival\":\"" + now(-7200)
                + "\",\"departure\":\"" + now(-3600) + "\"";
        assertEquals("visit.manualReason.required", assertProblem(api.post("api/v1/visits/manual", body + "}", staff),
                400).getString("code"));
        HttpResponse<String> created = api.post("api/v1/visits/manual", body + ",\"reasonCode\":\"OUTSIDE_HOME\"}",
                staff);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject visit = Api.json(created.body());
        assertTrue(visit.getBoolean("manual"));
        assertEquals(60, visit.getInt("minutes"));
        long id = visit.getJsonNumber("id").longValue();
        assertTrue(Api.jsonArray(api.get("api/v1/visits/deviations", chef).body()).stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id), "waits on the deviation list");

        assertProblem(api.post("api/v1/visits/" + id + "/approval", "", staff), 403);
        assertProblem(api.post("api/v1/visits/" + id + "/approval", "", api.token("chef.tryggahander")), 403);
        assertProblem(api.post("api/v1/visits/manual", body + ",\"reasonCode\":\"OUTSIDE_HOME\"}",
                api.token("personal.tryggahander")), 403);
        HttpResponse<String> approved = api.post("api/v1/visits/" + id + "/approval", "", chef);
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("chef.omsorgshuset", Api.json(approved.body()).getString("approvedBy"));

        String correction = "{\"arrival\":\"" + now(-7200) + "\",\"departure\":\"" + now(-5400)
                + "\",\"reason\":\"Ledsagningen slutade vid vårdcentralen.\"}";
        assertProblem(api.put("api/v1/visits/" + id + "/correction", correction, api.token("chef.tryggahander")), 403);
        HttpResponse<String> corrected = api.put("api/v1/visits/" + id + "/correction", correction, chef);
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertEquals(30, Api.json(corrected.body()).getInt("minutes"));
        JsonArray history = Api.jsonArray(api.get("api/v1/visits/" + id + "/history", chef).body());
        assertEquals("MANUAL", history.getJsonObject(0).getString("action"));
        assertTrue(history.stream().anyMatch(h -> h.asJsonObject().getString("action").equals("DEPARTURE")
                && h.asJsonObject().getString("reason").startsWith("Ledsagningen")), history.toString());

        // Unlocking is for system administration, and only of a locked visit.
        String unlock = "{\"reason\":\"Utföraren upptäckte fel efter låsning.\",\"days\":3}";
        assertProblem(api.post("api/v1/visits/" + id + "/unlock", unlock, chef), 403);
        assertEquals("visit.notLocked", assertProblem(api.post("api/v1/visits/" + id + "/unlock", unlock,
                api.token("admin")), 409).getString("code"));
    }

    /**
     * Scans sent at once are written together (one transaction, see ScanQueue): each is still answered as if alone.
     * An item the catalogue refuses (an unknown service: the catalogue's own refusal would mark a shared transaction
     * for rollback) is refused on its own; the items around it make their visit.
     */
    @Test
    void scansWrittenTogetherAreEachAnsweredAsIfAlone() throws Exception {
        long first = omsorgshusetClient(7);
        long second = omsorgshusetClient(8);
        String tagA = plainTag(first);
        String tagB = plainTag(second);
        String staffA = api.deviceToken("personal.omsorgshuset");
        String staffB = api.deviceToken("personal2.omsorgshuset");
        String batch = "{\"scans\":["
                + scan(UUID.randomUUID().toString(), "ARRIVAL", uid(tagA), now(-2400), "\"queuedOffline\":true") + ","
                + scan(UUID.randomUUID().toString(), "DEPARTURE", uid(tagA), now(-1800),
                        "\"queuedOffline\":true,\"serviceCode\":\"FINNSINTE\"") + ","
                + scan(UUID.randomUUID().toString(), "DEPARTURE", uid(tagA), now(-1500), "\"queuedOffline\":true")
                + "]}";
        JsonObject result = Api.json(api.post("api/v1/scans/batch", batch, staffA).body());
        JsonArray items = result.getJsonArray("items");
        assertEquals("ACCEPTED", items.getJsonObject(0).getString("result"), items.toString());
        assertEquals("REJECTED", items.getJsonObject(1).getString("result"));
        assertEquals(400, items.getJsonObject(1).getInt("status"));
        assertEquals("catalog.service.notValid", items.getJsonObject(1).getJsonObject("problem").getString("code"));
        assertEquals("COMPLETED", items.getJsonObject(2).getJsonObject("scan").getString("outcome"));
        assertEquals(15, items.getJsonObject(2).getJsonObject("scan").getJsonObject("visit").getInt("minutes"));

        // Two phones at once, each tapping in and out four times: every pair makes its own complete visit.
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<java.util.List<JsonObject>>> phones = new java.util.ArrayList<>();
            for (String[] phone : new String[][] {{staffA, tagA}, {staffB, tagB}}) {
                phones.add(pool.submit(() -> {
                    java.util.List<JsonObject> visits = new java.util.ArrayList<>();
                    for (int r = 0; r < 4; r++) {
                        long start = -7200L * (r + 2);
                        HttpResponse<String> in = api.post("api/v1/scans", scan(UUID.randomUUID().toString(),
                                "ARRIVAL", uid(phone[1]), now(start), "\"queuedOffline\":true"), phone[0]);
                        assertEquals(201, in.statusCode(), in.body());
                        HttpResponse<String> out = api.post("api/v1/scans", scan(UUID.randomUUID().toString(),
                                "DEPARTURE", uid(phone[1]), now(start + 600 + 60L * r), "\"queuedOffline\":true"),
                                phone[0]);
                        assertEquals(201, out.statusCode(), out.body());
                        assertEquals(Api.json(in.body()).getJsonObject("visit").getJsonNumber("id").longValue(),
                                Api.json(out.body()).getJsonObject("visit").getJsonNumber("id").longValue());
                        visits.add(Api.json(out.body()).getJsonObject("visit"));
                    }
                    return visits;
                }));
            }
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (var phone : phones) {
                java.util.List<JsonObject> visits = phone.get();
                for (int r = 0; r < visits.size(); r++) {
                    assertEquals("COMPLETE", visits.get(r).getString("status"));
                    assertEquals(10 + r, visits.get(r).getInt("minutes"), visits.get(r).toString());
                    ids.add(visits.get(r).getJsonNumber("id").longValue());
                }
            }
            assertEquals(8, ids.size(), "eight visits");
        } finally {
            pool.shutdownNow();
        }
    }

    /** The benchmark's bare endpoint takes no token: on a server without hemtjanst.bench.enabled it must not exist. */
    @Test
    void theBenchmarksBareEndpointIsAbsentWithoutTheBenchSwitch() {
        assertEquals(404, new Api(base).post("api/v1/bench/ping", "{}", null).statusCode());
    }
}
