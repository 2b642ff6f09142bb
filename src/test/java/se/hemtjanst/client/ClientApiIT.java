package se.hemtjanst.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.it.Api.assertProblem;

import jakarta.json.JsonArray;
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

/**
 * Who reaches which client, over HTTP: an assessor their district, a provider's people the clients with an active
 * order to the provider, administration all. The forbidden reads are tried, and the access log is checked.
 * Demo data: 15 clients per district; Omsorgshuset serves 16, Trygga Händer 7, the city's own unit 7.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClientApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void eachPersonSeesExactlyTheClientsInTheirReach() {
        // Other tests register clients of their own in Södermalm, so the districts are checked against the whole.
        long soderTotal = total("handlaggare.soder");
        long kungsholmenTotal = total("handlaggare.kungsholmen");
        assertTrue(soderTotal >= 15 && kungsholmenTotal >= 15, soderTotal + " / " + kungsholmenTotal);
        assertEquals(total("admin"), soderTotal + kungsholmenTotal);
        // Other tests also give providers new clients: the demo set is the floor, and a provider's staff and managers
        // see the same clients.
        long omsorgshuset = total("chef.omsorgshuset");
        assertTrue(omsorgshuset >= 16, String.valueOf(omsorgshuset));
        assertTrue(total("chef.tryggahander") >= 7);
        assertTrue(total("chef.egenregi") >= 7);
        assertEquals(omsorgshuset, total("personal.omsorgshuset"));
        assertTrue(omsorgshuset + total("chef.tryggahander") + total("chef.egenregi") <= total("admin"));

        JsonArray soder = list("handlaggare.soder", "").getJsonArray("items");
        for (JsonValue v : soder) {
            assertEquals("Södermalm", v.asJsonObject().getString("district"));
        }
    }

    @Test
    void searchFindsByNameAndByDigitsWithinReachOnly() {
        JsonObject andersson = list("handlaggare.soder", "andersson");
        assertEquals(1, andersson.getInt("total"));
        String pin = andersson.getJsonArray("items").getJsonObject(0).getString("personalIdentityNumber");
        assertEquals("Margareta Andersson", andersson.getJsonArray("items").getJsonObject(0).getString("name"));

        assertEquals(0, list("handlaggare.kungsholmen", "andersson").getInt("total"), "another district");
        assertEquals(1, list("handlaggare.soder", pin.substring(0, 8) + "-" + pin.substring(9)).getInt("total"),
                "full number with dash");
        assertEquals(1, list("handlaggare.soder", pin.substring(2, 8)).getInt("total"), "YYMMDD");
    }

    @Test
    void anAssessorCannotReadAClientOfAnotherDistrictAndTheRefusalIsLogged() {
        long kungsholmenClient = firstId("handlaggare.kungsholmen");
        HttpResponse<String> r = api.get("api/v1/clients/" + kungsholmenClient, api.token("handlaggare.soder"));
        assertProblem(r, 403);

        JsonArray log = accessLog(kungsholmenClient);
        assertTrue(log.stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("action").equals("DENIED")
                && e.getString("username").equals("handlaggare.soder")), log.toString());
    }

    @Test
    void aProviderCannotReadAnotherProvidersClient() {
        long omsorgshusetClient = firstId("chef.omsorgshuset");
        // Trygga Händer serves none of Omsorgshuset's clients.
        assertProblem(api.get("api/v1/clients/" + omsorgshusetClient, api.token("chef.tryggahander")), 403);
        assertProblem(api.get("api/v1/clients/" + omsorgshusetClient, api.token("personal.tryggahander")), 403);
        assertEquals(200, api.get("api/v1/clients/" + omsorgshusetClient, api.token("personal.omsorgshuset"))
                .statusCode());
        assertProblem(api.get("api/v1/clients/999999999", api.token("admin")), 404);
    }

    @Test
    void everyReadIsInTheAccessLogWithWhoUnitAndChannel() {
        long id = firstId("handlaggare.soder");
        HttpResponse<String> read = api.get("api/v1/clients/" + id, api.token("handlaggare.soder"));
        assertEquals(200, read.statusCode(), read.body());
        JsonObject client = Api.json(read.body());
        assertEquals("Södermalm", client.getString("district"));

        JsonArray log = accessLog(id);
        assertTrue(log.stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("action").equals("READ")
                && e.getString("username").equals("handlaggare.soder") && e.getString("unit").equals("Södermalm")
                && e.getString("channel").equals("API")), log.toString());
        assertTrue(log.stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("action").equals("LIST")),
                "the list that showed the client is logged too");
    }

    @Test
    void theAccessLogIsForAdministrationAndNeedsAFilter() {
        assertProblem(api.get("api/v1/access-log?username=admin", api.token("handlaggare.soder")), 403);
        assertProblem(api.get("api/v1/access-log", api.token("admin")), 400);
        assertProblem(api.get("api/v1/clients", null), 401);
    }

    private long total(String user) {
        return list(user, "").getJsonNumber("total").longValue();
    }

    private JsonObject list(String user, String q) {
        HttpResponse<String> r = api.get("api/v1/clients?size=100&q=" + java.net.URLEncoder.encode(q,
                java.nio.charset.StandardCharsets.UTF_8), api.token(user));
        assertEquals(200, r.statusCode(), r.body());
        return Api.json(r.body());
    }

    private long firstId(String user) {
        return list(user, "").getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private JsonArray accessLog(long clientId) {
        HttpResponse<String> r = api.get("api/v1/access-log?size=500&clientId=" + clientId, api.token("admin"));
        assertEquals(200, r.statusCode(), r.body());
        return Api.json(r.body()).getJsonArray("items");
    }

}
