package se.hemtjanst.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Object-level access, swept: every operation of the OpenAPI document that names an object (a path parameter, or a
 * provider or client in the query) is called by the people of another provider with the IDs of Omsorgshuset's
 * objects — each must answer 403 or 404, never anything else. New endpoints are swept as soon as they are in the
 * document; reference data (catalogue, rules) that every role may read is the only exception, and its writes are
 * still swept.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EndpointSweepIT {

    /** Reference data readable by every role: reads are allowed, writes are still swept. */
    private static final Set<String> REFERENCE_DATA = Set.of("catalog", "billing-rules", "rule-settings");

    /** Not about any client's or provider's object: authentication and the test clock. */
    private static final Set<String> NOT_OBJECTS = Set.of("tokens", "device-sessions", "test-clock");

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anotherProvidersPeopleGetOnly403Or404WithOmsorgshusetsIds() {
        Api api = new Api(base);
        String owner = api.token("chef.omsorgshuset");
        String admin = api.token("admin");
        Map<String, Long> ids = omsorgshusetObjects(api, owner, admin);

        JsonObject openapi = Api.json(api.get("openapi?format=JSON", null).body());
        Map<String, JsonObject> paths = new TreeMap<>();
        openapi.getJsonObject("paths").forEach((k, v) -> paths.put(k, v.asJsonObject()));
        assertTrue(paths.size() > 20, "the document lists the API: " + paths.keySet());

        List<String> calls = new ArrayList<>();
        for (Map.Entry<String, JsonObject> path : paths.entrySet()) {
            String template = path.getKey().replaceFirst("^/api/v1", "");
            String resource = template.split("/")[1];
            if (NOT_OBJECTS.contains(resource)) {
                continue;
            }
            for (String method : path.getValue().keySet()) {
                String verb = method.toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(verb)) {
                    continue;
                }
                if (verb.equals("GET") && REFERENCE_DATA.contains(resource)) {
                    continue;
                }
                String query = objectQuery(path.getValue().getJsonObject(method), ids);
                if (!PARAM.matcher(template).find() && query.isEmpty() && !REFERENCE_DATA.contains(resource)) {
                    continue;
                }
                calls.add(verb + " " + fill(template, resource, ids) + query);
            }
        }
        assertTrue(calls.size() > 25, "swept: " + calls);

        List<String> violations = new ArrayList<>();
        for (String attacker : List.of("chef.tryggahander", "personal.tryggahander")) {
            String token = api.token(attacker);
            for (String call : calls) {
                String verb = call.substring(0, call.indexOf(' '));
                String target = "api/v1" + call.substring(call.indexOf(' ') + 1);
                HttpRequest.Builder b = api.builder(target, token).header("Content-Type", "application/json");
                HttpRequest request = switch (verb) {
                    case "GET" -> b.GET().build();
                    case "DELETE" -> b.DELETE().build();
                    default -> b.method(verb, HttpRequest.BodyPublishers.ofString("{}")).build();
                };
                HttpResponse<String> r = api.send(request);
                if (r.statusCode() != 403 && r.statusCode() != 404) {
                    violations.add(attacker + ": " + call + " → " + r.statusCode() + " " + abbreviate(r.body()));
                }
            }
        }
        assertEquals(List.of(), violations, "only 403 or 404 for another provider's objects");
    }

    /** The IDs of objects that belong to Omsorgshuset (its client, order, visit, tag, message, settlement). */
    private static Map<String, Long> omsorgshusetObjects(Api api, String owner, String admin) {
        Map<String, Long> ids = new TreeMap<>();
        JsonObject client = Api.json(api.get("api/v1/clients?size=1", owner).body()).getJsonArray("items")
                .getJsonObject(0);
        long clientId = client.getJsonNumber("id").longValue();
        ids.put("clients", clientId);
        JsonObject order = Api.jsonArray(api.get("api/v1/orders", owner).body()).getJsonObject(0);
        ids.put("orders", order.getJsonNumber("id").longValue());
        ids.put("providers", order.getJsonNumber("providerId").longValue());
        HttpResponse<String> visit = api.post("api/v1/visits/manual", "{\"clientId\":" + clientId
                + ",\"arrival\":\"2026-11-02T09:00:00+01:00\",\"departure\":\"2026-11-02T09:30:00+01:00\","
                + "\"reasonCode\":\"NO_TAG\"}", api.token("personal.omsorgshuset"));
        assertEquals(201, visit.statusCode(), visit.body());
        ids.put("visits", Api.json(visit.body()).getJsonNumber("id").longValue());
        ids.put("tags", Api.jsonArray(api.get("api/v1/clients/" + clientId + "/tags", owner).body()).stream()
                .map(JsonValue::asJsonObject).findFirst().map(t -> t.getJsonNumber("id").longValue()).orElse(0L));
        HttpResponse<String> message = api.post("api/v1/clients/" + clientId + "/messages",
                "{\"subject\":\"Fråga\",\"body\":\"En fråga om nyckeln till porten.\"}", owner);
        if (message.statusCode() == 201) {
            ids.put("messages", Api.json(message.body()).getJsonNumber("id").longValue());
        }
        HttpResponse<String> settlement = api.post("api/v1/settlements", "{\"providerId\":" + ids.get("providers")
                + ",\"month\":\"2026-06\"}", admin);
        if (settlement.statusCode() == 202) {
            ids.put("settlements", Api.json(settlement.body()).getJsonNumber("id").longValue());
        } else {
            ids.put("settlements", Api.jsonArray(api.get("api/v1/settlements?month=2026-06", owner).body())
                    .getJsonObject(0).getJsonNumber("id").longValue());
        }
        return ids;
    }

    /** The path with every parameter filled with the ID of Omsorgshuset's object of that resource. */
    private static String fill(String template, String resource, Map<String, Long> ids) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            long value = switch (name) {
                case "clientId" -> ids.get("clients");
                case "orderId" -> ids.get("orders");
                case "visitId" -> ids.get("visits");
                case "tagId" -> ids.get("tags");
                case "providerId" -> ids.get("providers");
                case "version", "from", "to", "versionNo" -> 1L;
                default -> ids.getOrDefault(resource, 999_999L);
            };
            m.appendReplacement(out, String.valueOf(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Query parameters that name a provider or a client get Omsorgshuset's. */
    private static String objectQuery(JsonObject operation, Map<String, Long> ids) {
        if (!operation.containsKey("parameters")) {
            return "";
        }
        StringBuilder q = new StringBuilder();
        for (JsonValue p : operation.getJsonArray("parameters")) {
            JsonObject param = p.asJsonObject();
            if (!"query".equals(param.getString("in", ""))) {
                continue;
            }
            String name = param.getString("name");
            Long value = switch (name) {
                case "provider", "providerId" -> ids.get("providers");
                case "client", "clientId" -> ids.get("clients");
                default -> null;
            };
            if (value != null) {
                q.append(q.isEmpty() ? "?" : "&").append(name).append('=').append(value);
            }
        }
        if (!q.isEmpty() && q.indexOf("month") < 0) {
            q.append("&month=2026-10");
        }
        return q.toString();
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
