package se.hemtjanst.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.it.Api.assertProblem;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
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

/** The catalogue API over real HTTP: authentication, roles, validation and problem+json answers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogApiIT {

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
    void withoutTokenTheCatalogueAnswers401AsProblemJson() {
        HttpResponse<String> r = api.get("api/v1/catalog/services", null);
        assertEquals("/api/v1/catalog/services", assertProblem(r, 401).getString("instance"));
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void anUnknownTokenAnswers401WithInvalidTokenChallenge() {
        HttpResponse<String> r = api.get("api/v1/catalog/services", "not-a-real-token-0123456789abcdef");
        assertProblem(r, 401);
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        HttpResponse<String> r = api.post("api/v1/tokens", "{\"username\":\"admin\",\"password\":\"wrong\"}", null);
        assertProblem(r, 401);
    }

    @Test
    void aTokenRequestWithoutPasswordIs400() {
        HttpResponse<String> r = api.post("api/v1/tokens", "{\"username\":\"admin\"}", null);
        assertProblem(r, 400);
    }

    @Test
    void everyRoleReadsTheDemoCatalogue() {
        for (String user : new String[]{"admin", "handlaggare.soder", "chef.omsorgshuset", "personal.omsorgshuset"}) {
            HttpResponse<String> r = api.get("api/v1/catalog/services?validOn=2026-06-01&size=100", api.token(user));
            assertEquals(200, r.statusCode(), r.body());
            JsonObject page = Api.json(r.body());
            assertTrue(page.getJsonNumber("total").longValue() >= 26, r.body());
        }
    }

    @Test
    void filtersOutsideTheFrameAndByText() {
        String token = api.token("handlaggare.soder");
        JsonObject outside = Api.json(api.get(
                "api/v1/catalog/services?inFrame=false&validOn=2026-06-01&mainArea=TRYGGHET&sort=code", token).body());
        assertEquals(3, outside.getJsonNumber("total").intValue(), outside.toString());
        assertEquals("NATTHJALP", outside.getJsonArray("items").getJsonObject(0).getString("code"));
        assertEquals(false, outside.getJsonArray("items").getJsonObject(0).getBoolean("lovBilled"));

        JsonObject dusch = Api.json(api.get("api/v1/catalog/services?q=dusch&validOn=2026-06-01", token).body());
        assertEquals(1, dusch.getJsonNumber("total").intValue());
        JsonObject bath = dusch.getJsonArray("items").getJsonObject(0);
        assertEquals("BADDUSCH", bath.getString("code"));
        assertEquals(45, bath.getInt("standardMinutes"));
        assertEquals("PERSONLIG_OMVARDNAD", bath.getJsonObject("mainArea").getString("code"));
    }

    @Test
    void aMalformedDateParameterIs400WithAnActionableMessage() {
        HttpResponse<String> r = api.get("api/v1/catalog/services?validOn=22/11/2026", api.token("admin"));
        JsonObject problem = assertProblem(r, 400);
        assertTrue(problem.getString("detail").contains("YYYY-MM-DD"), problem.toString());
    }

    @Test
    void staffCannotChangeTheCatalogue() {
        HttpResponse<String> r = api.post("api/v1/catalog/services", newService(uniqueCode(), "2026-01-01"),
                api.token("personal.omsorgshuset"));
        assertProblem(r, 403);
        HttpResponse<String> assessor = api.post("api/v1/catalog/services", newService(uniqueCode(), "2026-01-01"),
                api.token("handlaggare.soder"));
        assertProblem(assessor, 403);
    }

    @Test
    void invalidFieldsAre400AndNamed() {
        String body = "{\"code\":\"\",\"name\":\"\",\"mainAreaCode\":\"SERVICE\",\"standardMinutes\":0,"
                + "\"validFrom\":\"2026-01-01\"}";
        JsonObject problem = assertProblem(api.post("api/v1/catalog/services", body, api.token("admin")), 400);
        String errors = problem.getJsonArray("errors").toString();
        assertTrue(errors.contains("\"code\""), errors);
        assertTrue(errors.contains("\"name\""), errors);
        assertTrue(errors.contains("\"standardMinutes\""), errors);
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(api.post("api/v1/catalog/services", "{\"code\": ", api.token("admin")), 400);
        assertProblem(api.post("api/v1/catalog/services", "{\"standardMinutes\": \"many\"}", api.token("admin")), 400);
    }

    @Test
    void adminCreatesChangesAndIsStoppedByOverlapAndStaleVersion() {
        String admin = api.token("admin");
        String code = uniqueCode();
        HttpResponse<String> created = api.post("api/v1/catalog/services", newService(code, "2026-01-01"), admin);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").contains("/api/v1/catalog/services/"));
        JsonObject row = Api.json(created.body());
        long id = row.getJsonNumber("id").longValue();

        assertProblem(api.post("api/v1/catalog/services", newService(code, "2026-06-01"), admin), 409);

        String change = "{\"code\":\"" + code + "\",\"name\":\"Ändrad\",\"mainAreaCode\":\"SERVICE\",\"inFrame\":true,"
                + "\"lovBilled\":true,\"standardMinutes\":20,\"validFrom\":\"2026-01-01\",\"version\":"
                + row.getJsonNumber("version").longValue() + "}";
        HttpResponse<String> changed = api.put("api/v1/catalog/services/" + id, change, admin);
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("Ändrad", Api.json(changed.body()).getString("name"));
        assertEquals(20, Api.json(changed.body()).getInt("standardMinutes"));

        // The same change again carries the old version: somebody else's save came in between.
        assertProblem(api.put("api/v1/catalog/services/" + id, change, admin), 409);
        assertProblem(api.get("api/v1/catalog/services/999999999", admin), 404);
    }

    @Test
    void healthIsUpAndTheApiIsDocumented() {
        HttpResponse<String> health = api.get("health", null);
        assertEquals(200, health.statusCode(), health.body());
        assertEquals("UP", Api.json(health.body()).getString("status"));
        HttpResponse<String> openapi = api.send(api.builder("openapi", null).header("Accept", "application/json")
                .GET().build());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/catalog/services"), "catalogue in the OpenAPI document");
        assertTrue(openapi.body().contains("/api/v1/tokens"));
    }


    static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    static String newService(String code, String validFrom) {
        return "{\"code\":\"" + code + "\",\"name\":\"Testinsats\",\"mainAreaCode\":\"SERVICE\",\"inFrame\":true,"
                + "\"lovBilled\":true,\"standardMinutes\":15,\"validFrom\":\"" + validFrom + "\"}";
    }
}
