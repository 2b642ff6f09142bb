package se.hemtjanst.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.it.Api.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
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

/**
 * A client's life over HTTP: registered by the assessor of the district (number validated, never twice), details
 * changed with optimistic locking, and ended — which ends the orders and disconnects the provider while the
 * history stays readable. Each test registers its own clients.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClientLifecycleApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;
    String soder;

    @BeforeEach
    void client() {
        api = new Api(base);
        soder = api.token("handlaggare.soder");
    }

    static String clientJson(String pin, String first, String last) {
        return "{\"personalIdentityNumber\":\"" + pin + "\",\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                + "\",\"street\":\"Götgatan 12\",\"postalCode\":\"118 46\",\"city\":\"Stockholm\","
                + "\"phone\":\"08-123 456 78\",\"email\":\"anhorig@example.se\",\"nextOfKinName\":\"Per Test\","
                + "\"nextOfKinPhone\":\"070-123 45 67\"}";
    }

    long register(String first, String last) {
        HttpResponse<String> r = api.post("api/v1/clients", clientJson(TestData.newPersonalIdentityNumber(), first, last), soder);
        assertEquals(201, r.statusCode(), r.body());
        return Api.json(r.body()).getJsonNumber("id").longValue();
    }

    @Test
    void anAssessorRegistersAClientInTheOwnDistrictOnceWithAValidNumber() {
        String pin = TestData.newPersonalIdentityNumber();
        HttpResponse<String> created = api.post("api/v1/clients", clientJson(pin, "Greta", "Registrerad"), soder);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject c = Api.json(created.body());
        assertEquals("Södermalm", c.getString("district"));
        assertEquals("ACTIVE", c.getString("status"));
        assertEquals("Per Test", c.getString("nextOfKinName"));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/clients/" + c.getInt("id")));

        assertEquals("client.pin.exists", assertProblem(api.post("api/v1/clients", clientJson(pin, "Greta", "Igen"),
                soder), 409).getString("code"));
        String badCheckDigit = pin.substring(0, 12) + ((pin.charAt(12) - '0' + 1) % 10);
        JsonObject invalid = assertProblem(api.post("api/v1/clients", clientJson(badCheckDigit, "Greta", "Fel"),
                soder), 400);
        assertEquals("personalIdentityNumber", invalid.getJsonArray("errors").getJsonObject(0).getString("field"),
                invalid.toString());
        assertProblem(api.post("api/v1/clients", clientJson(TestData.newPersonalIdentityNumber(), "Greta", "Fel").replace("118 46", "1184"),
                soder), 400);
        assertProblem(api.post("api/v1/clients", clientJson(TestData.newPersonalIdentityNumber(), "Greta", "Fel"),
                api.token("chef.omsorgshuset")), 403);
        assertProblem(api.post("api/v1/clients", clientJson(TestData.newPersonalIdentityNumber(), "Greta", "Fel"),
                api.token("personal.omsorgshuset")), 403);
    }

    @Test
    void detailsAreChangedInTheOwnDistrictOnlyAndAStaleVersionIsRefused() {
        long id = register("Holger", "Ändrad");
        JsonObject before = Api.json(api.get("api/v1/clients/" + id, soder).body());
        long version = before.getJsonNumber("version").longValue();
        String change = clientJson(before.getString("personalIdentityNumber"), "Holger", "Ändradsson")
                .replace("}", ",\"expectedVersion\":" + version + "}");

        assertProblem(api.put("api/v1/clients/" + id, change, api.token("handlaggare.kungsholmen")), 403);
        HttpResponse<String> ok = api.put("api/v1/clients/" + id, change, soder);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("Ändradsson", Api.json(ok.body()).getString("lastName"));
        assertEquals("client.changedByOther", assertProblem(api.put("api/v1/clients/" + id, change, soder), 409)
                .getString("code"), "the same expectedVersion again is stale now");
    }

    @Test
    void endingAClientEndsItsOrdersDisconnectsTheProviderAndKeepsTheHistory() {
        long id = register("Ingrid", "Avslutad");
        String chef = api.token("chef.omsorgshuset");
        long omsorgshuset = TestData.providerOf(api, chef);
        HttpResponse<String> created = api.post("api/v1/orders", TestData.order(id, omsorgshuset), soder);
        assertEquals(201, created.statusCode(), created.body());
        long orderId = Api.json(created.body()).getJsonObject("order").getJsonNumber("id").longValue();
        api.post("api/v1/orders/" + orderId + "/send", "", soder);
        assertEquals(200, api.post("api/v1/orders/" + orderId + "/acknowledgement", "", chef).statusCode());
        assertEquals(200, api.get("api/v1/clients/" + id, chef).statusCode(), "served by Omsorgshuset");
        String uid = String.format("04%012X", System.nanoTime() & 0xFFFFFFFFFFFFL);
        HttpResponse<String> tag = api.post("api/v1/clients/" + id + "/tags", "{\"uid\":\"" + uid + "\"}", chef);
        assertEquals(201, tag.statusCode(), tag.body());

        assertProblem(api.post("api/v1/clients/" + id + "/end", "{\"endDate\":\"2027-01-31\"}", soder), 400);
        assertProblem(api.post("api/v1/clients/" + id + "/end",
                "{\"endDate\":\"2027-01-31\",\"reason\":\"Flyttat till särskilt boende.\"}",
                api.token("handlaggare.kungsholmen")), 403);
        assertProblem(api.post("api/v1/clients/" + id + "/end",
                "{\"endDate\":\"2027-01-31\",\"reason\":\"Flyttat till särskilt boende.\"}", chef), 403);
        HttpResponse<String> ended = api.post("api/v1/clients/" + id + "/end",
                "{\"endDate\":\"2027-01-31\",\"reason\":\"Flyttat till särskilt boende.\"}", soder);
        assertEquals(200, ended.statusCode(), ended.body());
        assertEquals("ENDED", Api.json(ended.body()).getString("status"));
        assertEquals("2027-01-31", Api.json(ended.body()).getString("endedOn"));

        JsonObject order = Api.json(api.get("api/v1/orders/" + orderId, soder).body()).getJsonObject("order");
        assertEquals("ENDED", order.getString("status"));
        assertEquals("2027-01-31", order.getString("validTo"));
        assertProblem(api.get("api/v1/clients/" + id, chef), 403);
        assertProblem(api.get("api/v1/orders/" + orderId, chef), 403);
        assertEquals(200, api.get("api/v1/clients/" + id, soder).statusCode(), "the history stays");
        assertEquals("DETACHED", Api.jsonArray(api.get("api/v1/clients/" + id + "/tags", api.token("admin")).body())
                .getJsonObject(0).getString("status"), "the tag is detached with the client");
        assertEquals("client.alreadyEnded", assertProblem(api.post("api/v1/clients/" + id + "/end",
                "{\"endDate\":\"2027-01-31\",\"reason\":\"Flyttat till särskilt boende.\"}", soder), 409)
                .getString("code"));

        var log = Api.json(api.get("api/v1/access-log?clientId=" + id + "&size=100", api.token("admin")).body())
                .getJsonArray("items");
        assertTrue(log.stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("action").equals("END")
                && e.getString("username").equals("handlaggare.soder")), log.toString());
    }
}
