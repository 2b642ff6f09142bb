package se.hemtjanst.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Deployments;
import se.hemtjanst.it.Totp;
import se.hemtjanst.shared.domain.PersonalIdentityNumber;

/**
 * "Nothing lost" (issue 9.6), the bad-input run: thousands of malformed and hostile requests to the write endpoints
 * (wrong JSON types, missing and null fields, truncated JSON, 5 MB bodies, invalid UTF-8, SQL and script fragments,
 * very long strings, negative and huge numbers, wrong content types), generated from a fixed seed. Every one must be
 * answered 4xx (never 2xx, never 5xx), with application/problem+json when a body comes back, and the database must
 * hold exactly the rows it held before (counted table by table; only the access and security logs may grow, since a
 * refused request is logged there).
 *
 * <p>Runs inside the server so that it can count the rows; the requests go over HTTP to the server's own port, as
 * the phones and browsers send them. The scan batch is the one endpoint that answers a bad <em>item</em> with 200 and
 * a per-item result (so that one bad scan never blocks a phone's queue): there bad items must each be REJECTED with
 * a 4xx and nothing stored, and only a bad envelope gets a 4xx for the request.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    static final long SEED = 20261201L;
    static final int PER_TARGET = 140;
    static final int HUGE_PER_TARGET = 1;
    static final int HUGE_BYTES = 5 * 1024 * 1024;
    /**
     * Tables whose row counts may change meanwhile: who was refused what is logged on purpose, and the monthly
     * summaries of visits and ordered time are folded and built in the background (SummaryRefresher) from what
     * other tests wrote.
     */
    static final Set<String> LOGS = Set.of("ACCESS_LOG", "SECURITY_EVENT", "VISIT_CHANGE", "VISIT_MONTH",
            "VISIT_MONTH_STAFF", "VISIT_STAFF_DAYS", "GRANTED_CHANGE", "GRANTED_MONTH", "GRANTED_MONTH_BUILT");

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTests();
    }


    enum Kind { ID, INT, ENUM, DATE, DATETIME, UUID, CODE, PNR, TEXT, BOOL, RAW }

    /** A field of a request body: its valid JSON value, what it is, whether the endpoint needs it. */
    record Field(String name, String valid, Kind kind, boolean required) {
    }

    record Target(String name, String method, String path, String token, List<Field> fields, boolean batch) {
        String body(Map<String, String> values) {
            StringBuilder b = new StringBuilder("{");
            values.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
            return b.append('}').toString();
        }

        Map<String, String> validValues() {
            Map<String, String> values = new LinkedHashMap<>();
            fields.forEach(f -> values.put(f.name(), f.valid()));
            return values;
        }
    }

    record Payload(Target target, String category, byte[] body, String contentType) {
    }

    record Outcome(Payload payload, int status, String contentType, String body) {
    }

    static final String[] HOSTILE = {
        "' OR 1=1 --", "'; DROP TABLE client; --", "1; DELETE FROM scan", "\" OR \"\"=\"", "admin'--",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "${jndi:ldap://x/a}",
        "#{7*7}", "../../../../etc/passwd", "%00", "\\u0000", "\u0000", "\uFEFF", "\uD83D\uDE00", "", "   ",
        "%s%s%s%n", "{{7*7}}", "NaN", "-1", "null"
    };

    @Test
    void thousandsOfMalformedAndHostileRequestsAreRefusedWith4xxAndChangeNothing() throws Exception {
        Api api = Api.inServer();
        String soder = api.newTokenInServer("handlaggare.soder");
        String chef = api.newTokenInServer("chef.omsorgshuset");
        String staff = api.newTokenInServer("personal.omsorgshuset");
        String phone = deviceToken(api, "personal.omsorgshuset");

        // Real objects, so that a request passes authorization and reaches the validation of its body.
        // A client of Södermalm served by Omsorgshuset whose plan is started: a save without the version read
        // (or with any other) must then be refused, never start a plan.
        JsonObject order = Api.jsonArray(api.get("api/v1/orders", chef).body()).stream().map(JsonValue::asJsonObject)
                .filter(o -> "ACKNOWLEDGED".equals(o.getString("status", ""))).filter(o -> {
                    String c = "api/v1/clients/" + o.getJsonNumber("clientId").longValue();
                    HttpResponse<String> p = api.get(c + "/plan", chef);
                    return api.get(c, soder).statusCode() == 200 && p.statusCode() == 200
                            && Api.json(p.body()).getBoolean("started", false);
                }).findFirst().orElseThrow();
        long orderId = order.getJsonNumber("id").longValue();
        long clientId = order.getJsonNumber("clientId").longValue();
        long providerId = order.getJsonNumber("providerId").longValue();
        String tagUid = Api.jsonArray(api.get("api/v1/clients/" + clientId + "/tags", chef).body()).stream()
                .map(JsonValue::asJsonObject).filter(t -> "ACTIVE".equals(t.getString("status")))
                .map(t -> t.getString("uid")).findFirst().orElseThrow();
        JsonObject plan = Api.json(api.get("api/v1/clients/" + clientId + "/plan", chef).body());
        long planVersion = plan.containsKey("version") && !plan.isNull("version")
                ? plan.getJsonNumber("version").longValue() : 0;
        Random random = new Random(SEED);

        List<Target> targets = targets(soder, chef, staff, phone, clientId, orderId, providerId, tagUid, planVersion);
        List<Payload> payloads = new ArrayList<>();
        for (Target t : targets) {
            for (int k = 0; k < PER_TARGET; k++) {
                payloads.add(payload(t, k, random));
            }
        }
        Map<String, Long> before = rowCounts();

        long started = System.nanoTime();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger batchItemsRejected = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Payload p : payloads) {
                String address = "198.51.100." + (1 + futures.size() % 200);
                futures.add(pool.submit(() -> {
                    HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(p.target().path()))
                            .timeout(Duration.ofSeconds(60))
                            .header("Accept", "application/json, application/problem+json")
                            .header("X-Forwarded-For", address)
                            .method(p.target().method(), HttpRequest.BodyPublishers.ofByteArray(p.body()));
                    if (p.contentType() != null) {
                        b.header("Content-Type", p.contentType());
                    }
                    if (p.target().token() != null) {
                        b.header("Authorization", "Bearer " + p.target().token());
                    }
                    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                    outcomes.add(new Outcome(p, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                            r.body()));
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> after = rowCounts();

        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Outcome o : outcomes) {
            byStatus.merge(o.status(), 1, Integer::sum);
            byCategory.merge(o.payload().category() + " " + o.status(), 1, Integer::sum);
            String problem = judge(o, batchItemsRejected);
            if (problem != null) {
                wrong.add(o.payload().target().name() + " [" + o.payload().category() + "] " + problem + " <- "
                        + abbreviate(new String(o.payload().body(), StandardCharsets.UTF_8), 200));
            }
        }
        Map<String, String> changed = new TreeMap<>();
        before.forEach((table, n) -> {
            long m = after.getOrDefault(table, -1L);
            if (m != n) {
                changed.put(table, n + " -> " + m);
            }
        });
        System.out.println(String.format("HostileInputIT: %d requests to %d endpoints in %.1f s; answers by status "
                        + "%s; batch items rejected %d; tables changed %s", outcomes.size(), targets.size(), seconds,
                byStatus, batchItemsRejected.get(), changed));
        System.out.println("HostileInputIT: by category and status " + byCategory);
        Map<String, Integer> wrongKinds = new TreeMap<>();
        wrong.forEach(w -> wrongKinds.merge(w.substring(0, Math.min(w.length(), w.indexOf(']') + 5)), 1,
                Integer::sum));
        System.out.println("HostileInputIT: wrong answers by endpoint, category and status " + wrongKinds);
        Map<String, Integer> shown = new TreeMap<>();
        wrong.stream().filter(w -> shown.merge(w.substring(0, w.indexOf(']') + 1), 1, Integer::sum) <= 2)
                .forEach(w -> System.out.println("HostileInputIT WRONG: " + w));

        assertEquals(payloads.size(), outcomes.size());
        assertTrue(payloads.size() >= 2000, "thousands of payloads: " + payloads.size());
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers, e.g.\n" + String.join("\n",
                wrong.subList(0, Math.min(15, wrong.size()))));
        changed.keySet().removeAll(LOGS);
        assertEquals(Map.of(), changed, "rows added or removed by refused requests");
    }

    /** Null when the answer is right; otherwise what is wrong with it. */
    static String judge(Outcome o, AtomicInteger batchItemsRejected) {
        int s = o.status();
        if (o.payload().target().batch() && s == 200) {
            JsonObject r = Api.json(o.body());
            int n = r.getJsonArray("items").size();
            if (r.getInt("accepted") != 0 || r.getInt("duplicates") != 0 || r.getInt("rejected") != n) {
                return "batch item not rejected: " + abbreviate(o.body(), 300);
            }
            for (JsonValue item : r.getJsonArray("items")) {
                int itemStatus = item.asJsonObject().getInt("status");
                if (itemStatus < 400 || itemStatus >= 500) {
                    return "batch item answered " + itemStatus + ": " + abbreviate(item.toString(), 300);
                }
            }
            batchItemsRejected.addAndGet(n);
            return null;
        }
        if (s < 400 || s >= 500) {
            return s + " " + abbreviate(o.body(), 300);
        }
        if (o.body() != null && !o.body().isBlank() && !o.contentType().startsWith("application/problem+json")) {
            return s + " not problem+json (" + o.contentType() + "): " + abbreviate(o.body(), 200);
        }
        return null;
    }

    List<Target> targets(String soder, String chef, String staff, String phone, long clientId, long orderId,
                         long providerId, String tagUid, long planVersion) {
        String scan = "{\"scanId\":\"3f2b8c1e-9d4a-4c1b-8e2f-5a6b7c8d9e0f\",\"type\":\"ARRIVAL\",\"tagUid\":\"" + tagUid
                + "\",\"deviceTime\":\"2026-11-23T07:58:12+01:00\"}";
        String services = "[{\"code\":\"MORGON\",\"frequency\":\"PER_DAY\",\"count\":1,\"visitGroup\":\"MORGON\"}]";
        String activities = "[{\"serviceCode\":\"MORGON\",\"frequency\":\"PER_DAY\",\"count\":1,\"minutes\":30,"
                + "\"how\":\"Hjälp upp\"}]";
        String goals = "[{\"lifeArea\":\"PERSONLIG_VARD\",\"goal\":\"Klara morgonen\"}]";
        String client = "api/v1/clients/" + clientId;
        return List.of(
                new Target("POST /scans", "POST", "api/v1/scans", phone, List.of(
                        new Field("scanId", "\"@UUID\"", Kind.UUID, true),
                        new Field("type", "\"ARRIVAL\"", Kind.ENUM, true),
                        new Field("tagUid", "\"" + tagUid + "\"", Kind.CODE, true),
                        new Field("deviceTime", "\"2026-11-23T07:58:12+01:00\"", Kind.DATETIME, true),
                        new Field("serviceCode", "\"RAM\"", Kind.CODE, false),
                        new Field("queuedOffline", "true", Kind.BOOL, false)), false),
                new Target("POST /scans/batch", "POST", "api/v1/scans/batch", phone, List.of(
                        new Field("scans", "[" + scan + "]", Kind.RAW, true)), true),
                new Target("POST /clients", "POST", "api/v1/clients", soder, List.of(
                        new Field("personalIdentityNumber", "\"@PNR\"", Kind.PNR, true),
                        new Field("firstName", "\"Fientlig\"", Kind.TEXT, true),
                        new Field("lastName", "\"Indatasson\"", Kind.TEXT, true),
                        new Field("postalCode", "\"118 20\"", Kind.CODE, false),
                        new Field("email", "\"a@example.se\"", Kind.CODE, false)), false),
                new Target("PUT /clients/{id}/life-story", "PUT", client + "/life-story", soder, List.of(
                        new Field("lifeStory", "\"Tycker om att baka.\"", Kind.TEXT, true),
                        // A version that never matches: were anything else accepted, the story would change.
                        new Field("expectedVersion", "-7", Kind.ID, true)), false),
                new Target("POST /clients/{id}/end", "POST", client + "/end", soder, List.of(
                        new Field("endDate", "\"2026-01-32\"", Kind.DATE, true),
                        new Field("reason", "\"Flyttat\"", Kind.TEXT, true)), false),
                new Target("POST /orders", "POST", "api/v1/orders", soder, List.of(
                        new Field("clientId", Long.toString(clientId), Kind.ID, true),
                        new Field("providerId", Long.toString(providerId), Kind.ID, true),
                        new Field("validFrom", "\"2027-01-01\"", Kind.DATE, true),
                        new Field("description", "\"Behöver hjälp\"", Kind.TEXT, false),
                        new Field("services", services, Kind.RAW, true),
                        new Field("goals", goals, Kind.RAW, false)), false),
                new Target("POST /orders/{id}/pauses", "POST", "api/v1/orders/" + orderId + "/pauses", soder, List.of(
                        new Field("firstDay", "\"2027-01-10\"", Kind.DATE, true),
                        new Field("lastDay", "\"2027-01-20\"", Kind.DATE, true),
                        new Field("reason", "\"Sjukhusvistelse\"", Kind.TEXT, true)), false),
                new Target("POST /orders/calculation", "POST", "api/v1/orders/calculation", soder, List.of(
                        new Field("services", services, Kind.RAW, true)), false),
                new Target("PUT /clients/{id}/plan", "PUT", client + "/plan", chef, List.of(
                        new Field("version", Long.toString(planVersion), Kind.ID, true),
                        new Field("contactPerson", "\"Fatima Ali\"", Kind.TEXT, false),
                        // A draft may be saved without activities (null is an empty list): not required.
                        new Field("activities", activities, Kind.RAW, false),
                        new Field("goals", goals, Kind.RAW, false)), false),
                new Target("POST /clients/{id}/plan/signature", "POST", client + "/plan/signature", chef, List.of(
                        new Field("version", Long.toString(planVersion), Kind.ID, true),
                        new Field("signedOn", "\"2026-11-30\"", Kind.DATE, true),
                        new Field("clientSigned", "true", Kind.BOOL, true),
                        new Field("contactPerson", "\"Fatima Ali\"", Kind.TEXT, true)), false),
                new Target("POST /clients/{id}/messages", "POST", client + "/messages", soder, List.of(
                        new Field("subject", "\"Vårdplanering\"", Kind.TEXT, true),
                        new Field("body", "\"Vårdplanering på tisdag.\"", Kind.TEXT, true)), false),
                new Target("POST /clients/{id}/tags", "POST", client + "/tags", chef, List.of(
                        new Field("uid", "\"@TAG\"", Kind.CODE, true),
                        new Field("kind", "\"PLAIN_UID\"", Kind.ENUM, false),
                        new Field("placement", "\"Innanför dörren\"", Kind.TEXT, false)), false),
                new Target("POST /visits/manual", "POST", "api/v1/visits/manual", staff, List.of(
                        new Field("clientId", Long.toString(clientId), Kind.ID, true),
                        new Field("serviceCode", "\"LEDSAGNING\"", Kind.CODE, false),
                        new Field("arrival", "\"2026-11-30T08:00:00+01:00\"", Kind.DATETIME, true),
                        new Field("departure", "\"2026-11-30T09:00:00+01:00\"", Kind.DATETIME, true),
                        new Field("reasonCode", "\"OUTSIDE_HOME\"", Kind.ENUM, true),
                        new Field("note", "\"Följde med till vårdcentralen\"", Kind.TEXT, false)), false),
                new Target("POST /permission-requests", "POST", "api/v1/permission-requests", staff, List.of(
                        new Field("role", "\"PROVIDER_MANAGER\"", Kind.ENUM, true),
                        new Field("unitId", Long.toString(providerId), Kind.ID, true),
                        new Field("motivation", "\"Vill bli chef\"", Kind.TEXT, false)), false),
                // Logins: the valid body has a wrong password, so nothing but a refusal is ever right here.
                new Target("POST /tokens", "POST", "api/v1/tokens", null, List.of(
                        new Field("username", "\"personal.omsorgshuset\"", Kind.CODE, true),
                        new Field("password", "\"Fel-lösenord-1\"", Kind.TEXT, true),
                        new Field("totp", "\"123456\"", Kind.CODE, true)), false),
                new Target("POST /device-sessions", "POST", "api/v1/device-sessions", null, List.of(
                        new Field("username", "\"personal.omsorgshuset\"", Kind.CODE, true),
                        new Field("password", "\"Fel-lösenord-1\"", Kind.TEXT, true),
                        new Field("deviceId", "\"hostile-phone\"", Kind.CODE, true),
                        new Field("totp", "\"123456\"", Kind.CODE, true)), false));
    }

    /** The k-th payload for a target: every one is wrong in at least one way the endpoint must refuse. */
    static Payload payload(Target t, int k, Random r) {
        Map<String, String> values = t.validValues();
        values.replaceAll((name, v) -> fresh(v, r));
        String json = "application/json";
        List<Field> required = t.fields().stream().filter(Field::required).toList();
        // Fields whose hostile value must be refused: not free text (SQL or script text is just text there), and not
        // an optional list (a list of objects with only unknown keys is an empty row to JSON-B).
        List<Field> strict = t.fields().stream().filter(f -> f.kind() != Kind.TEXT)
                .filter(f -> f.kind() != Kind.RAW || f.required()).toList();
        List<Field> texts = t.fields().stream().filter(f -> f.kind() == Kind.TEXT).toList();
        int category = k % 12;
        if (t.batch() && (category == 4 || category == 5 || category == 8 || category == 9)) {
            // Bad items inside a valid envelope: answered per item.
            return batchItem(t, k, r);
        }
        switch (category) {
            case 0 -> {
                String body = t.body(values);
                return new Payload(t, "truncated", utf8(body.substring(0, 1 + r.nextInt(body.length() - 1))), json);
            }
            case 1 -> {
                String body = t.body(values);
                String[] broken = {"x" + body, body.substring(1), body.replace("\":", "\"="), body.replace("\"", "'"),
                    body.replaceFirst(":", ":NaN,\"n\":"), "{" + body, body.replaceFirst(",", ",,"),
                    body.replaceFirst("\\{", "{/* comment */")};
                return new Payload(t, "syntax", utf8(broken[r.nextInt(broken.length)]), json);
            }
            case 2 -> {
                String[] wrongTop = {"", "null", "[]", "[" + t.body(values) + "]", "\"text\"", "42", "true", "{}",
                    "[null]", "{\"\":null}"};
                return new Payload(t, "top-level", utf8(wrongTop[r.nextInt(wrongTop.length)]), json);
            }
            case 3 -> {
                String[] types = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "application/octet-stream", "multipart/form-data; boundary=x", null, "text/html",
                    "application/json-patch+json"};
                return new Payload(t, "content-type", utf8(t.body(values)), types[r.nextInt(types.length)]);
            }
            case 4 -> {
                List<Field> typed = t.fields().stream().filter(x -> x.kind() != Kind.RAW || x.required()).toList();
                Field f = pick(typed, r);
                values.put(f.name(), wrongType(f.kind(), r));
                return new Payload(t, "wrong-type", utf8(t.body(values)), json);
            }
            case 5 -> {
                if (strict.isEmpty()) {
                    return payload(t, k - 5, r);
                }
                Field f = pick(strict, r);
                values.put(f.name(), hostileValue(f.kind(), r));
                return new Payload(t, "hostile-value", utf8(t.body(values)), json);
            }
            case 6 -> {
                values.remove(pick(required, r).name());
                values.put("unexpected" + r.nextInt(100), "\"<script>alert(1)</script>\"");
                if (required.size() == t.fields().size() && r.nextBoolean()) {
                    values.clear();
                }
                return new Payload(t, "missing-field", utf8(t.body(values)), json);
            }
            case 7 -> {
                values.put(pick(required, r).name(), "null");
                return new Payload(t, "null-field", utf8(t.body(values)), json);
            }
            case 8 -> {
                List<Field> numbers = t.fields().stream().filter(f -> f.kind() == Kind.ID || f.kind() == Kind.INT)
                        .toList();
                String[] bad = {"-1", "-9223372036854775809", "9223372036854775808", "1e309", "1.5", "-0.0",
                    "99999999999999999999999999999", "1E2", "0x10", "Infinity", "-2147483649"};
                if (numbers.isEmpty()) {
                    return payload(t, k - 8, r);
                }
                Field f = pick(numbers, r);
                String value = bad[r.nextInt(bad.length)];
                if (value.equals("1E2") || value.equals("-0.0") || value.equals("0x10") || value.equals("Infinity")) {
                    value = "\"" + value + "x\"";
                }
                values.put(f.name(), value);
                return new Payload(t, "number", utf8(t.body(values)), json);
            }
            case 9 -> {
                List<Field> strings = strict.stream().filter(f -> f.valid().startsWith("\"")).toList();
                Field f = pick(strings.isEmpty() ? t.fields() : strings, r);
                String marker = "\u0001INVALID\u0001";
                values.put(f.name(), "\"" + marker + "\"");
                byte[][] invalid = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                    {(byte) 0xE2, (byte) 0x82}};
                return new Payload(t, "invalid-utf8", replace(utf8(t.body(values)), marker,
                        invalid[r.nextInt(invalid.length)]), json);
            }
            case 10 -> {
                // Very long text where the text has a limit, or hostile text with a poisoned field beside it.
                if (!texts.isEmpty() && r.nextBoolean()) {
                    values.put(pick(texts, r).name(), "\"" + "å".repeat(100_000 + r.nextInt(1000)) + "\"");
                    return new Payload(t, "long-string", utf8(t.body(values)), json);
                }
                for (Field f : texts) {
                    values.put(f.name(), quote(HOSTILE[r.nextInt(HOSTILE.length)]));
                }
                if (strict.isEmpty()) {
                    return payload(t, k - 10, r);
                }
                Field f = pick(strict, r);
                values.put(f.name(), hostileValue(f.kind(), r));
                return new Payload(t, "hostile-text", utf8(t.body(values)), json);
            }
            default -> {
                if (k / 12 < HUGE_PER_TARGET) {
                    Field f = texts.isEmpty() ? pick(t.fields(), r) : pick(texts, r);
                    values.put(f.name(), "\"" + "A".repeat(HUGE_BYTES) + "\"");
                    return new Payload(t, "huge-5MB", utf8(t.body(values)), json);
                }
                String[] big = {"[".repeat(100_000), "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000),
                    "[" + "1,".repeat(200_000) + "1]"};
                Field f = pick(t.fields(), r);
                values.put(f.name(), big[r.nextInt(big.length)]);
                return new Payload(t, "deep-or-wide", utf8(t.body(values)), json);
            }
        }
    }

    static Payload batchItem(Target t, int k, Random r) {
        Target scan = new Target("item", "POST", "", null, List.of(
                new Field("scanId", "\"@UUID\"", Kind.UUID, true),
                new Field("type", "\"ARRIVAL\"", Kind.ENUM, true),
                new Field("tagUid", t.fields().get(0).valid().replaceAll(".*\"tagUid\":(\"[^\"]+\").*", "$1"),
                        Kind.CODE, true),
                new Field("deviceTime", "\"2026-11-23T07:58:12+01:00\"", Kind.DATETIME, true),
                new Field("serviceCode", "\"RAM\"", Kind.CODE, false)), false);
        List<String> items = new ArrayList<>();
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            Map<String, String> values = scan.validValues();
            values.replaceAll((name, v) -> fresh(v, r));
            Field f = pick(scan.fields(), r);
            switch (r.nextInt(4)) {
                case 0 -> values.put(f.name(), hostileValue(f.kind(), r));
                case 1 -> values.put(f.name(), f.kind() == Kind.CODE && f.name().equals("serviceCode")
                        ? quote("X".repeat(5000)) : "null");
                case 2 -> values.put("scanId", quote(HOSTILE[r.nextInt(HOSTILE.length)]));
                default -> values.put("deviceTime", quote(pickString(new String[]{"2026-11-23T07:58:12",
                    "2026-02-30T07:00:00+01:00", "' OR 1=1 --", "<script>", "1700000000", ""}, r)));
            }
            items.add(scan.body(values));
        }
        if (r.nextInt(4) == 0) {
            items.add("null");
        }
        return new Payload(t, "item-" + (k % 12), utf8("{\"scans\":[" + String.join(",", items) + "]}"),
                "application/json");
    }

    static String wrongType(Kind kind, Random r) {
        String[] common = {"[]", "{}", "[1,2]", "{\"a\":1}", "[\"x\"]", "[[]]"};
        String[] forNumbers = {"\"abc\"", "true", "\"' OR 1=1 --\"", "\"\""};
        String[] forBools = {"\"maybe\"", "\"<script>\"", "7"};
        if ((kind == Kind.ID || kind == Kind.INT) && r.nextBoolean()) {
            return pickString(forNumbers, r);
        }
        if (kind == Kind.BOOL && r.nextBoolean()) {
            return pickString(forBools, r);
        }
        if (kind == Kind.RAW) {
            return pickString(new String[]{"\"abc\"", "42", "true", "{}", "[1,2,3]", "[[]]", "[null]", "[\"x\"]",
                "[{\"code\":[]}]", "[{\"serviceCode\":{},\"code\":{}}]"}, r);
        }
        return pickString(common, r);
    }

    static String hostileValue(Kind kind, Random r) {
        return switch (kind) {
            case ID, INT -> pickString(new String[]{"\"' OR 1=1 --\"", "\"1; DROP TABLE client\"", "\"<script>\"",
                "\"${jndi:ldap://x/a}\""}, r);
            case BOOL -> pickString(new String[]{"\"' OR 1=1 --\"", "\"<script>alert(1)</script>\""}, r);
            case RAW -> pickString(new String[]{"\"' OR 1=1 --\"", "\"<script>alert(1)</script>\"",
                "[{\"code\":\"' OR 1=1 --\",\"serviceCode\":\"' OR 1=1 --\",\"frequency\":\"<script>\",\"count\":1}]"},
                    r);
            case DATE -> quote(pickString(new String[]{"' OR 1=1 --", "2026-13-01", "2026-02-30", "yesterday",
                "<script>alert(1)</script>", "20261201", "2026-1-1", "0000-00-00", "+1000000000-01-01"}, r));
            case DATETIME -> quote(pickString(new String[]{"' OR 1=1 --", "2026-11-23T07:58:12", "2026-11-23",
                "2026-11-23T25:00:00+01:00", "1700000000", "<script>", "2026-11-23T07:58:12+25:00"}, r));
            case UUID -> quote(pickString(new String[]{"' OR 1=1 --", "not-a-uuid", "3f2b8c1e-9d4a-4c1b-8e2f-5a6b7c8d9e0",
                "<script>alert(1)</script>", "00000000-0000-0000-0000-00000000000g",
                "3f2b8c1e-9d4a-4c1b-8e2f-5a6b7c8d9e0f' OR '1'='1"}, r));
            case PNR -> quote(pickString(new String[]{"' OR 1=1 --", "19121212-1213", "abc", "<script>", "1912121212' --",
                "19000230-0000"}, r));
            default -> quote(HOSTILE[r.nextInt(6)] + (r.nextBoolean() ? "" : "x".repeat(100 + r.nextInt(20_000))));
        };
    }

    /** Placeholders in valid values made unique per payload: a fresh scanId, personal identity number, tag UID. */
    static String fresh(String valid, Random r) {
        if (valid.equals("\"@UUID\"")) {
            return quote(new java.util.UUID(r.nextLong(), r.nextLong()).toString());
        }
        if (valid.equals("\"@PNR\"")) {
            String nine = String.format("3%d%02d%02d%03d", r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28),
                    r.nextInt(1000));
            return quote("19" + nine.substring(0, 6) + "-" + nine.substring(6) + PersonalIdentityNumber.checkDigit(nine));
        }
        if (valid.equals("\"@TAG\"")) {
            return quote(String.format("04EE%010X", r.nextLong() & 0xFFFFFFFFFFL));
        }
        return valid;
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static <T> T pick(List<T> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }

    static String pickString(String[] values, Random r) {
        return values[r.nextInt(values.length)];
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] replace(byte[] body, String marker, byte[] with) {
        String s = new String(body, StandardCharsets.UTF_8);
        int i = s.indexOf(marker);
        byte[] head = s.substring(0, i).getBytes(StandardCharsets.UTF_8);
        byte[] tail = s.substring(i + marker.length()).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes("AB".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(with);
        out.writeBytes("CD".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(tail);
        return out.toByteArray();
    }

    static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max) + "…(" + s.length() + ")";
    }

    /** Rows per table of the application's schema. */
    Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        DataSource dataSource = javax.naming.InitialContext.doLookup("jdbc/hemtjanst");
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                        rs.next();
                        counts.put(table.toUpperCase(java.util.Locale.ROOT), rs.getLong(1));
                    }
                }
            }
        }
        assertTrue(counts.size() > 20, "the schema's tables: " + counts.keySet());
        return counts;
    }


    static String deviceToken(Api api, String username) {
        for (int i = 0; ; i++) {
            try {
                return api.startDeviceSession(username, Api.DEMO_PASSWORD, Totp.demoSecret(username),
                        "hostile-input-phone", null).token();
            } catch (IllegalStateException e) {
                if (i == 3) {
                    throw e;
                }
            }
        }
    }
}
