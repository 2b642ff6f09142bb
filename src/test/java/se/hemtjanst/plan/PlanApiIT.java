package se.hemtjanst.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.it.Api.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
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
import se.hemtjanst.it.TestData;
import se.hemtjanst.plan.domain.DeadlineStatus;
import se.hemtjanst.plan.domain.SigningDeadline;

/**
 * Implementation plans over HTTP. Each test registers its own client with the order of {@link TestData#order}
 * (from 2026-12-01, ramtid 25.00 h: morning help daily and a shower twice a week, ledsagning outside the frame) sent
 * to Omsorgshuset and acknowledged. Signing deadline: 2026-12-16; statuses are computed from today.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanApiIT {

    static final String DEADLINE = "2026-12-16";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;
    String soder;
    String chef;
    long clientId;
    long orderId;

    @BeforeEach
    void clientWithAnAcknowledgedOrder() {
        api = new Api(base);
        soder = api.token("handlaggare.soder");
        chef = api.token("chef.omsorgshuset");
        HttpResponse<String> c = api.post("api/v1/clients", "{\"personalIdentityNumber\":\""
                + TestData.newPersonalIdentityNumber() + "\",\"firstName\":\"Plan\",\"lastName\":\"Testsson\","
                + "\"lifeStory\":\"Har varit sjöman och vill gärna höra nyheterna på radio.\"}", soder);
        assertEquals(201, c.statusCode(), c.body());
        clientId = Api.json(c.body()).getJsonNumber("id").longValue();
        long provider = TestData.providerOf(api, chef);
        HttpResponse<String> o = api.post("api/v1/orders", TestData.order(clientId, provider), soder);
        assertEquals(201, o.statusCode(), o.body());
        orderId = Api.json(o.body()).getJsonObject("order").getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/v1/orders/" + orderId + "/send", "", soder).statusCode());
        assertEquals(200, api.post("api/v1/orders/" + orderId + "/acknowledgement", "", chef).statusCode());
    }

    /** Morning help {@code morning} min daily, a shower {@code shower} min twice a week, escort outside the frame. */
    static String plan(Long version, int morning, int shower) {
        return "{\"version\":" + version + ",\"contactPerson\":\"Fatima Ali\","
                + "\"clientParticipation\":\"Skrevs tillsammans med brukaren i hemmet; dottern var med.\","
                + "\"activities\":["
                + "{\"serviceCode\":\"MORGON\",\"frequency\":\"PER_DAY\",\"count\":1,\"timeOfDay\":\"07:30\","
                + "\"how\":\"Väck försiktigt, hjälp upp, frukost vid köksbordet\",\"wishes\":\"Kaffe med mjölk\","
                + "\"minutes\":" + morning + "},"
                + "{\"serviceCode\":\"BADDUSCH\",\"frequency\":\"PER_WEEK\",\"count\":2,"
                + "\"how\":\"Dusch med duschstol\",\"minutes\":" + shower + "},"
                + "{\"serviceCode\":\"LEDSAGNING\",\"how\":\"Följ med till vårdcentralen\"}],"
                + "\"goals\":[{\"lifeArea\":\"PERSONLIG_VARD\",\"goal\":\"Klara morgonen med stöd\","
                + "\"activity\":\"Klär på sig själv, personalen hjälper med strumpor\",\"responsible\":\"Kontaktmannen\","
                + "\"followUpOn\":\"2027-03-01\"}]}";
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm"));
    }

    @Test
    void theDraftIsUsableAtOnceAndReadByTheAssessor() {
        JsonObject before = ok(api.get(path(), chef));
        assertFalse(before.getBoolean("started"));
        assertEquals(DEADLINE, before.getString("signDeadline"));
        assertEquals(SigningDeadline.status(LocalDate.parse(DEADLINE), null, today()).name(), before.getString("status"));
        assertEquals(3, before.getJsonObject("content").getJsonArray("activities").size(), "a proposal from the order");
        assertEquals("25.00", decimal(before, "ramtidHours"));

        JsonObject saved = ok(api.put(path(), plan(null, 30, 45), chef));
        assertTrue(saved.getBoolean("started"));
        assertEquals(1, saved.getInt("revisionNo"));
        assertEquals("21.74", decimal(saved, "plannedHours"));
        assertEquals("3.26", decimal(saved, "remainingHours"));
        assertTrue(saved.getBoolean("withinFrame"));

        JsonObject read = ok(api.get(path(), soder));
        assertEquals("Fatima Ali", read.getJsonObject("content").getString("contactPerson"));
        assertEquals("Väck försiktigt, hjälp upp, frukost vid köksbordet", read.getJsonObject("content")
                .getJsonArray("activities").getJsonObject(0).getString("how"));
        assertEquals("Klara morgonen med stöd", read.getJsonObject("content").getJsonArray("goals")
                .getJsonObject(0).getString("goal"));
        assertEquals("Klara av sin morgon med stöd.", read.getJsonArray("orderGoals").getJsonObject(0).getString("goal"));

        // Both sides follow the deadline in their lists.
        assertTrue(rows("api/v1/plans", chef).stream().anyMatch(r -> r.getJsonNumber("orderId").longValue() == orderId
                && r.getBoolean("started") && DEADLINE.equals(r.getString("signDeadline"))));
        assertTrue(rows("api/v1/plans", soder).stream().anyMatch(r -> r.getJsonNumber("orderId").longValue() == orderId));
        boolean overdue = today().isAfter(LocalDate.parse(DEADLINE));
        assertEquals(overdue, rows("api/v1/plans?status=OVERDUE", chef).stream()
                .anyMatch(r -> r.getJsonNumber("orderId").longValue() == orderId));
    }

    @Test
    void aboveRamtidThePlanIsSavedButNotSignedAndTheProblemSaysByHowMuch() {
        // 35 × 30.4375 + 55 × 2 × 30.4375 / 7 = 1543.62 min = 25.73 h, 0.73 h above ramtid 25.00 h
        JsonObject above = ok(api.put(path(), plan(null, 35, 55), chef));
        assertFalse(above.getBoolean("withinFrame"));
        assertEquals("0.73", decimal(above, "excessHours"));
        JsonObject refused = assertProblem(api.post(path() + "/signature", signing(above), chef), 422);
        assertEquals("plan.aboveRamtid", refused.getString("code"));
        assertTrue(refused.getString("detail").contains("0.73"), refused.getString("detail"));

        // Time moved between the services: exactly the ordered 25.00 h is within the frame.
        JsonObject within = ok(api.put(path(), plan(version(above), 35, 50), chef));
        assertEquals("25.00", decimal(within, "plannedHours"));
        assertTrue(within.getBoolean("withinFrame"));
        assertProblem(api.post(path() + "/signature", signing(within), soder), 403);
        JsonObject signed = ok(api.post(path() + "/signature", signing(within), chef));
        DeadlineStatus expected = today().isAfter(LocalDate.parse(DEADLINE)) ? DeadlineStatus.SIGNED_LATE
                : DeadlineStatus.SIGNED;
        assertEquals(expected.name(), signed.getString("status"));
        assertEquals(today().toString(), signed.getString("signedOn"));
        assertEquals("Fatima Ali", signed.getString("signedContactPerson"));
    }

    @Test
    void everyRevisionIsKeptAndANewOrderVersionFlagsTheNextOneForReview() {
        JsonObject v1 = ok(api.put(path(), plan(null, 30, 45), chef));
        JsonObject v2 = ok(api.put(path(), plan(version(v1), 32, 45), api.token("chef.omsorgshuset")));
        JsonArray history = Api.jsonArray(api.get(path() + "/revisions", soder).body());
        assertEquals(2, history.size());
        assertEquals(2, history.getJsonObject(0).getInt("revisionNo"), "newest first");
        assertEquals("chef.omsorgshuset", history.getJsonObject(1).getString("savedBy"));
        assertEquals(30, history.getJsonObject(1).getJsonObject("content").getJsonArray("activities")
                .getJsonObject(0).getInt("minutes"), "the old revision is kept as it was");

        // The client's needs change: the assessor writes order version 2.
        String changed = TestData.order(clientId, 0).replace("\"count\":2", "\"count\":3").replace("\"purpose\"",
                "\"changeReason\":\"Behöver duscha oftare efter sjukhusvistelsen.\",\"purpose\"");
        assertEquals(201, api.post("api/v1/orders/" + orderId + "/versions", changed, soder).statusCode());
        JsonObject outdated = ok(api.get(path(), chef));
        assertTrue(outdated.getBoolean("needsReview"));
        assertEquals(2, outdated.getInt("orderVersionNo"));
        assertEquals(1, outdated.getInt("planOrderVersionNo"));
        assertTrue(rows("api/v1/plans?status=NEEDS_REVIEW", chef).stream()
                .anyMatch(r -> r.getJsonNumber("orderId").longValue() == orderId));

        JsonObject v3 = ok(api.put(path(), plan(version(v2), 30, 45), chef));
        assertTrue(v3.getBoolean("needsReview"));
        assertEquals("plan.sign.needsReview",
                assertProblem(api.post(path() + "/signature", signing(v3), chef), 409).getString("code"));
        JsonObject reviewed = ok(api.put(path(), plan(version(v3), 30, 45).replace("{\"version\"",
                "{\"orderVersionNo\":2,\"version\""), chef));
        assertFalse(reviewed.getBoolean("needsReview"));

        JsonArray all = Api.jsonArray(api.get(path() + "/revisions", chef).body());
        assertEquals(4, all.size());
        assertEquals(List.of(false, true, false, false), all.stream().map(JsonValue::asJsonObject)
                .map(r -> r.getBoolean("needsReview")).toList());
        assertEquals(List.of(2, 1, 1, 1), all.stream().map(JsonValue::asJsonObject)
                .map(r -> r.getInt("orderVersionNo")).toList());
    }

    @Test
    void theSecondOfTwoConcurrentSaversIsToldAndNothingOfTheirsIsStored() throws Exception {
        JsonObject first = ok(api.put(path(), plan(null, 30, 45), chef));
        long read = version(first);
        ok(api.put(path(), plan(read, 31, 45), chef));
        JsonObject stale = assertProblem(api.put(path(), plan(read, 40, 45), chef), 409);
        assertEquals("plan.changedByOther", stale.getString("code"));
        assertEquals(31, ok(api.get(path(), chef)).getJsonObject("content").getJsonArray("activities")
                .getJsonObject(0).getInt("minutes"));

        // Truly at the same time, from the same version: one wins, the other gets the conflict.
        long current = version(ok(api.get(path(), chef)));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> both = List.of(33, 34).stream().map(m ->
                CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return api.put(path(), plan(current, m, 45), chef);
                })).toList();
        start.countDown();
        List<Integer> statuses = both.stream().map(f -> f.join().statusCode()).sorted().toList();
        assertEquals(List.of(200, 409), statuses, both.stream().map(f -> f.join().body()).toList().toString());
    }

    @Test
    void nobodyOutsideTheClientsProviderOrDistrictReachesThePlan() {
        ok(api.put(path(), plan(null, 30, 45), chef));
        String otherProvider = api.token("chef.tryggahander");
        assertProblem(api.get(path(), otherProvider), 403);
        assertProblem(api.put(path(), plan(null, 30, 45), otherProvider), 403);
        assertProblem(api.get(path() + "/today", api.token("personal.tryggahander")), 403);
        assertProblem(api.get(path(), api.token("handlaggare.kungsholmen")), 403);
        assertProblem(api.put(path(), plan(null, 30, 45), soder), 403);
        assertProblem(api.get(path(), api.token("personal.omsorgshuset")), 403);
        assertProblem(api.get(path() + "/today", chef), 403);
        assertProblem(api.get(path(), null), 401);
        assertProblem(api.put(path(), plan(1L, 30, 45).replace("MORGON", "VAK"), chef), 400);
        assertTrue(rows("api/v1/plans", otherProvider).stream()
                .noneMatch(r -> r.getJsonNumber("clientId").longValue() == clientId));

        JsonArray log = Api.json(api.get("api/v1/access-log?size=500&clientId=" + clientId, api.token("admin")).body())
                .getJsonArray("items");
        assertTrue(log.stream().map(JsonValue::asJsonObject).anyMatch(e -> "DENIED".equals(e.getString("action"))
                && "personal.tryggahander".equals(e.getString("username"))), log.toString());
    }

    @Test
    void staffOnDutySeeTodaysNeedsHowToMeetThemAndTheLifeStoryNothingMore() {
        String staff = api.token("personal.omsorgshuset");
        JsonObject empty = ok(api.get(path() + "/today", staff));
        assertFalse(empty.getBoolean("planStarted"));
        ok(api.put(path(), plan(null, 30, 45), chef));

        HttpResponse<String> r = api.get(path() + "/today", staff);
        JsonObject today = ok(r);
        assertTrue(today.getBoolean("planStarted"));
        assertEquals(today().toString(), today.getString("date"));
        assertEquals("Har varit sjöman och vill gärna höra nyheterna på radio.", today.getString("lifeStory"));
        JsonObject morning = today.getJsonArray("today").getJsonObject(0);
        assertEquals("Morgonhjälp", morning.getString("service"));
        assertEquals("07:30", morning.getString("timeOfDay"));
        assertEquals("Kaffe med mjölk", morning.getString("wishes"));
        assertEquals(1, today.getJsonArray("today").size());
        assertEquals(List.of("Bad/dusch", "Ledsagning"), today.getJsonArray("agreedDay").stream()
                .map(v -> v.asJsonObject().getString("service")).toList());
        for (String secret : List.of("personalIdentityNumber", "ramtid", "plannedHours", "goal", "contactPerson",
                "orderId", "revision")) {
            assertFalse(r.body().contains(secret), secret + " in " + r.body());
        }
        JsonArray log = Api.json(api.get("api/v1/access-log?size=500&clientId=" + clientId, api.token("admin")).body())
                .getJsonArray("items");
        assertTrue(log.stream().map(JsonValue::asJsonObject).anyMatch(e -> "personal.omsorgshuset".equals(
                e.getString("username")) && "READ".equals(e.getString("action"))), log.toString());
    }

    @Test
    void theDemoDataShowsEachSituationOnTheProvidersList() {
        List<JsonObject> all = rows("api/v1/plans", chef);
        JsonObject overdue = byName(all, "Ingrid Eriksson");
        assertEquals("OVERDUE", overdue.getString("status"));
        assertTrue(overdue.getBoolean("started"), "a draft, never signed");
        JsonObject review = byName(all, "Gunnel Olsson");
        assertTrue(review.getBoolean("needsReview"), "her order changed after the plan was signed");
        assertEquals("SIGNED", review.getString("status"));
        JsonObject renewed = byName(all, "Ulla Jansson");
        LocalDate start = LocalDate.parse(renewed.getString("orderStart"));
        assertEquals(SigningDeadline.status(SigningDeadline.of(start), null, today()).name(), renewed.getString("status"));
        assertEquals("SIGNED", byName(all, "Margareta Andersson").getString("status"));
        JsonObject notStarted = byName(rows("api/v1/plans?status=NOT_STARTED", api.token("chef.tryggahander")),
                "Karl Johansson");
        assertFalse(notStarted.getBoolean("started"));
    }

    @Test
    void theDashboardFiguresCountWhatTheListsShow() {
        // The figures are aggregates in the database; the lists are the rows themselves: both must agree, for a
        // provider and for a district, whatever the other tests of this class have added.
        for (String user : List.of("chef.omsorgshuset", "chef.tryggahander", "handlaggare.soder")) {
            String token = api.token(user);
            JsonObject figures = ok(api.get("api/v1/plans/figures", token));
            assertEquals(rows("api/v1/plans?status=DUE_SOON", token).size(), figures.getInt("dueSoon"), user);
            assertEquals(rows("api/v1/plans?status=OVERDUE", token).size(), figures.getInt("overdue"), user);
            List<JsonObject> review = rows("api/v1/plans?status=NEEDS_REVIEW", token);
            assertEquals(review.size(), figures.getInt("needsReview"), user + " " + review);
        }
        assertTrue(ok(api.get("api/v1/plans/figures", chef)).getInt("overdue") >= 1, "Ingrid Eriksson's plan");
        assertTrue(ok(api.get("api/v1/plans/figures", chef)).getInt("needsReview") >= 1, "Gunnel Olsson's plan");
        assertEquals(403, api.get("api/v1/plans/figures", api.token("admin")).statusCode());
    }

    private static JsonObject byName(List<JsonObject> rows, String name) {
        return rows.stream().filter(r -> name.equals(r.getString("clientName"))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + rows));
    }

    private String path() {
        return "api/v1/clients/" + clientId + "/plan";
    }

    private static String signing(JsonObject plan) {
        return "{\"version\":" + version(plan) + ",\"signedOn\":\"" + today() + "\",\"clientSigned\":true,"
                + "\"contactPerson\":\"Fatima Ali\"}";
    }

    private static long version(JsonObject plan) {
        return plan.getJsonNumber("version").longValue();
    }

    private static String decimal(JsonObject o, String name) {
        return o.getJsonNumber(name).bigDecimalValue().setScale(2).toPlainString();
    }

    private List<JsonObject> rows(String path, String token) {
        HttpResponse<String> r = api.get(path, token);
        assertEquals(200, r.statusCode(), r.body());
        return Api.jsonArray(r.body()).stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return Api.json(r.body());
    }
}
