package se.hemtjanst.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.it.Api.assertProblem;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
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
import se.hemtjanst.it.Accounts;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Deployments;

/**
 * Permission requests over HTTP, with fresh accounts: a newcomer applies for STAFF at Omsorgshuset; another
 * provider's manager, a staff member and the requester (even as a manager) cannot approve; Omsorgshuset's manager
 * approves and the newcomer can start a phone shift; then the manager ends the employment and the newcomer's token
 * and device session die at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermissionRequestApiIT {

    static final String OMSORG_CHEF = "chef.omsorgshuset";
    static final String TRYGGA_CHEF = "chef.tryggahander";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;
    String admin;
    long omsorgshuset;

    @BeforeEach
    void client() {
        api = new Api(base);
        admin = api.token("admin");
        omsorgshuset = Api.json(api.get("api/v1/accounts/personal.omsorgshuset", admin).body())
                .getJsonNumber("providerId").longValue();
    }

    /** A fresh enrolled account with these roles (JSON array) and provider, and its API token. */
    record Person(String username, String secret, String token) {
    }

    Person newPerson(String rolesJson, Long providerId) {
        String username = "it.p" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        HttpResponse<String> r = api.post("api/v1/accounts", "{\"username\":\"" + username + "\",\"displayName\":"
                + "\"Nora Nyanställd\",\"initialPassword\":\"" + Accounts.PASSWORD + "\",\"roles\":" + rolesJson
                + (providerId == null ? "" : ",\"providerId\":" + providerId) + "}", admin);
        assertEquals(201, r.statusCode(), r.body());
        String secret = Accounts.enrol(api, username);
        return new Person(username, secret, api.newToken(username, Accounts.PASSWORD, secret));
    }

    long applyForStaff(Person p) {
        HttpResponse<String> r = api.post("api/v1/permission-requests", "{\"role\":\"STAFF\",\"unitId\":"
                + omsorgshuset + ",\"motivation\":\"Nyanställd undersköterska\"}", p.token());
        assertEquals(201, r.statusCode(), r.body());
        JsonObject v = Api.json(r.body());
        assertEquals("PENDING", v.getString("status"));
        assertTrue(v.getBoolean("mine"));
        return v.getJsonNumber("id").longValue();
    }

    HttpResponse<String> approve(long id, String token) {
        return api.post("api/v1/permission-requests/" + id + "/approval", "{\"note\":\"Välkommen\"}", token);
    }

    @Test
    void theManagerOfTheProviderApprovesAndEndsTheEmploymentAndAccessDiesAtOnce() {
        Person nora = newPerson("[]", null);
        long id = applyForStaff(nora);

        assertProblem(approve(id, api.token(TRYGGA_CHEF)), 403);
        assertProblem(approve(id, api.token("personal.omsorgshuset")), 403);
        assertProblem(approve(id, nora.token()), 403);
        assertFalse(Api.jsonArray(api.get("api/v1/permission-requests", api.token(TRYGGA_CHEF)).body()).stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id), "other provider sees it");
        assertTrue(Api.jsonArray(api.get("api/v1/permission-requests", api.token(OMSORG_CHEF)).body()).stream()
                .map(v -> v.asJsonObject()).anyMatch(v -> v.getJsonNumber("id").longValue() == id
                        && v.getBoolean("decidable")), "the provider's manager sees it to decide");

        HttpResponse<String> approved = approve(id, api.token(OMSORG_CHEF));
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("APPROVED", Api.json(approved.body()).getString("status"));
        assertProblem(approve(id, api.token(OMSORG_CHEF)), 409);
        JsonObject account = Api.json(api.get("api/v1/accounts/" + nora.username(), admin).body());
        assertTrue(account.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(s -> s.getString().equals("STAFF")));
        assertEquals(omsorgshuset, account.getJsonNumber("providerId").longValue());

        // Now STAFF: a phone shift is allowed.
        Api.DeviceSession shift = api.startDeviceSession(nora.username(), Accounts.PASSWORD, nora.secret(),
                "it-" + UUID.randomUUID(), null);
        assertEquals(200, api.get("api/v1/device-sessions/current", shift.token()).statusCode());
        assertEquals(200, api.get("api/v1/permission-requests", nora.token()).statusCode());

        // Forbidden ends: another provider's manager, staff, no reason, oneself.
        assertProblem(api.post("api/v1/accounts/" + nora.username() + "/employment-end",
                "{\"reason\":\"Slutar\"}", api.token(TRYGGA_CHEF)), 403);
        assertProblem(api.post("api/v1/accounts/" + nora.username() + "/employment-end",
                "{\"reason\":\"Slutar\"}", api.token("personal.omsorgshuset")), 403);
        assertProblem(api.post("api/v1/accounts/" + nora.username() + "/employment-end",
                "{\"reason\":\" \"}", api.token(OMSORG_CHEF)), 400);
        assertProblem(api.post("api/v1/accounts/" + OMSORG_CHEF + "/employment-end",
                "{\"reason\":\"Slutar\"}", api.token(OMSORG_CHEF)), 403);

        HttpResponse<String> ended = api.post("api/v1/accounts/" + nora.username() + "/employment-end",
                "{\"reason\":\"Anställningen upphör\"}", api.token(OMSORG_CHEF));
        assertEquals(200, ended.statusCode(), ended.body());
        JsonObject after = Api.json(ended.body());
        assertFalse(after.getBoolean("enabled"));
        assertTrue(after.getJsonArray("roles").isEmpty());
        assertProblem(api.get("api/v1/permission-requests", nora.token()), 401);
        assertProblem(api.get("api/v1/device-sessions/current", shift.token()), 401);
    }

    @Test
    void nobodyApprovesTheirOwnRequestEvenAsTheProvidersManager() {
        Person chef = newPerson("[\"PROVIDER_MANAGER\"]", omsorgshuset);
        long id = applyForStaff(chef);
        assertProblem(approve(id, chef.token()), 403);
        assertProblem(api.post("api/v1/permission-requests/" + id + "/rejection", "{\"note\":\"nej\"}",
                chef.token()), 403);
        assertFalse(Api.jsonArray(api.get("api/v1/permission-requests", chef.token()).body()).stream()
                .map(v -> v.asJsonObject()).anyMatch(v -> v.getBoolean("decidable")
                        && v.getJsonNumber("id").longValue() == id));
        // Another manager of the provider rejects it; then it cannot be approved nor withdrawn.
        assertProblem(api.post("api/v1/permission-requests/" + id + "/rejection", "{}", api.token(OMSORG_CHEF)),
                400);
        HttpResponse<String> rejected = api.post("api/v1/permission-requests/" + id + "/rejection",
                "{\"note\":\"Chefer går inte pass\"}", api.token(OMSORG_CHEF));
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("REJECTED", Api.json(rejected.body()).getString("status"));
        assertProblem(approve(id, api.token(OMSORG_CHEF)), 409);
        assertProblem(api.post("api/v1/permission-requests/" + id + "/withdrawal", "", chef.token()), 409);
    }

    @Test
    void onlyTheRequesterWithdrawsAndAdminIsNeverAppliedFor() {
        Person nora = newPerson("[]", null);
        assertProblem(api.post("api/v1/permission-requests", "{\"role\":\"ADMIN\",\"unitId\":" + omsorgshuset
                + ",\"motivation\":\"Vill bestämma\"}", nora.token()), 400);
        assertProblem(api.post("api/v1/permission-requests", "{\"role\":\"STAFF\",\"unitId\":" + omsorgshuset
                + ",\"motivation\":\"\"}", nora.token()), 400);
        assertProblem(api.post("api/v1/permission-requests", "{\"role\":\"STAFF\",\"unitId\":1,"
                + "\"motivation\":\"x\"}", null), 401);
        long id = applyForStaff(nora);
        assertProblem(api.post("api/v1/permission-requests", "{\"role\":\"STAFF\",\"unitId\":" + omsorgshuset
                + ",\"motivation\":\"En gång till\"}", nora.token()), 409);
        assertProblem(api.post("api/v1/permission-requests/" + id + "/withdrawal", "", api.token(OMSORG_CHEF)), 403);
        HttpResponse<String> withdrawn = api.post("api/v1/permission-requests/" + id + "/withdrawal", "",
                nora.token());
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", Api.json(withdrawn.body()).getString("status"));
        assertProblem(approve(id, api.token(OMSORG_CHEF)), 409);
        assertProblem(approve(999_999_999L, api.token(OMSORG_CHEF)), 404);
    }
}
