package se.hemtjanst.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.it.Api.assertProblem;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import se.hemtjanst.it.Totp;

/**
 * Two factors for API tokens, enrolment of a new authenticator, the ADMIN's recovery, throttling, and the security
 * log of every failure and refusal. Accounts that change are made per test; attackers act from addresses of their own
 * (the IT server trusts X-Forwarded-For from loopback), so no test throttles another.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoFactorApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;
    String admin;

    @BeforeEach
    void client() {
        api = new Api(base);
        admin = api.token("admin");
    }

    static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.51." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    HttpResponse<String> tokenFrom(String address, String username, String password, String totp) {
        return api.send(api.builder("api/v1/tokens", null).header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + password + "\"" + (totp == null ? "" : ",\"totp\":\"" + totp + "\"") + "}")).build());
    }

    boolean logged(String username, String kind, String detailPart) {
        return Api.jsonArray(api.get("api/v1/security-events?username=" + username + "&size=200", admin).body())
                .stream().map(v -> v.asJsonObject()).anyMatch(e -> e.getString("kind").equals(kind)
                        && (detailPart == null || e.getString("detail", "").contains(detailPart)));
    }

    @Test
    void aTokenTakesPasswordAndAFreshCodeAndACodeOpensOnlyOnce() {
        String user = "handlaggare.kungsholmen";
        String where = address();
        String secret = Totp.demoSecret(user);
        assertEquals("login.failed", assertProblem(tokenFrom(where, user, Api.DEMO_PASSWORD, null), 401)
                .getString("code"));
        assertProblem(tokenFrom(where, user, Api.DEMO_PASSWORD, Totp.staleCode(secret)), 401);
        String code = Totp.code(user, secret, Totp.API);
        assertProblem(tokenFrom(where, user, "wrong-password", code), 401);
        HttpResponse<String> ok = tokenFrom(where, user, Api.DEMO_PASSWORD, code);
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals("no-store", ok.headers().firstValue("Cache-Control").orElse(""));
        // The same code again is a replay, whoever sends it.
        assertEquals("login.failed", assertProblem(tokenFrom(where, user, Api.DEMO_PASSWORD, code), 401)
                .getString("code"));
        assertTrue(logged(user, "LOGIN_FAILED", "TOTP code already used"));
        assertTrue(logged(user, "LOGIN_FAILED", "wrong password"));
        assertTrue(logged(user, "LOGIN_FAILED", "wrong or missing TOTP code"));
        // A failure never says which factor was wrong.
        assertFalse(tokenFrom(where, user, "wrong-password", null).body().contains("password is"));
    }

    @Test
    void aNewAccountEnrolsWithItsFirstCodeAndOnlyAnAdminResetsIt() {
        String user = Accounts.newStaff(api, admin);
        String where = address();
        assertEquals("login.totp.enrolmentRequired", assertProblem(tokenFrom(where, user, Accounts.PASSWORD, null),
                401).getString("code"));
        assertProblem(api.post("api/v1/totp-enrolments", "{\"username\":\"" + user + "\",\"password\":\"nej\"}",
                null), 401);
        HttpResponse<String> begun = api.post("api/v1/totp-enrolments",
                "{\"username\":\"" + user + "\",\"password\":\"" + Accounts.PASSWORD + "\"}", null);
        assertEquals(201, begun.statusCode(), begun.body());
        JsonObject e = Api.json(begun.body());
        String secret = e.getString("secret");
        assertTrue(e.getString("otpauthUri").startsWith("otpauth://totp/"), e.getString("otpauthUri"));
        assertTrue(e.getString("otpauthUri").contains("secret=" + secret));
        assertTrue(e.getString("qrCode").startsWith("data:image/png;base64,"));
        assertProblem(api.post("api/v1/totp-enrolments/confirmation", "{\"username\":\"" + user + "\",\"password\":\""
                + Accounts.PASSWORD + "\",\"secret\":\"" + secret + "\",\"totp\":\"" + Totp.staleCode(secret)
                + "\"}", null), 401);
        assertEquals(204, api.post("api/v1/totp-enrolments/confirmation", "{\"username\":\"" + user
                + "\",\"password\":\"" + Accounts.PASSWORD + "\",\"secret\":\"" + secret + "\",\"totp\":\""
                + Totp.code(user, secret, Totp.ENROL) + "\"}", null).statusCode());
        assertTrue(Api.json(api.get("api/v1/accounts/" + user, admin).body()).getBoolean("totpEnrolled"));
        // Enrolled: nobody sets up another authenticator with the password alone.
        assertProblem(api.post("api/v1/totp-enrolments", "{\"username\":\"" + user + "\",\"password\":\""
                + Accounts.PASSWORD + "\"}", null), 401);
        assertEquals(201, tokenFrom(where, user, Accounts.PASSWORD, Totp.code(user, secret, Totp.API)).statusCode());

        // Recovery: only an ADMIN, with a reason, never for their own account; logged with who did it.
        assertProblem(api.post("api/v1/accounts/" + user + "/totp-reset", "{\"reason\":\"Tappad telefon\"}",
                api.token("chef.omsorgshuset")), 403);
        assertProblem(api.post("api/v1/accounts/" + user + "/totp-reset", "{}", admin), 400);
        assertProblem(api.post("api/v1/accounts/admin/totp-reset", "{\"reason\":\"Själv\"}", admin), 409);
        HttpResponse<String> reset = api.post("api/v1/accounts/" + user + "/totp-reset",
                "{\"reason\":\"Tappad telefon, ärende 4711\"}", admin);
        assertEquals(200, reset.statusCode(), reset.body());
        assertFalse(Api.json(reset.body()).getBoolean("totpEnrolled"));
        assertTrue(Api.jsonArray(api.get("api/v1/security-events?username=" + user, admin).body()).stream()
                .map(v -> v.asJsonObject()).anyMatch(ev -> ev.getString("kind").equals("TOTP_RESET")
                        && ev.getString("actor").equals("admin") && ev.getString("detail").contains("4711")));
        assertEquals("login.totp.enrolmentRequired", assertProblem(tokenFrom(where, user, Accounts.PASSWORD,
                Totp.code(user, secret, Totp.API)), 401).getString("code"));
        String second = Accounts.enrol(api, user);
        assertEquals(201, tokenFrom(where, user, Accounts.PASSWORD, Totp.code(user, second, Totp.API)).statusCode());
    }

    @Test
    void guessingIsSlowedForTheGuesserButTheOwnerElsewhereStillLogsIn() {
        String user = "chef.egenregi";
        String guesser = address();
        for (int i = 0; i < 5; i++) {
            assertProblem(tokenFrom(guesser, user, "gissning-" + i, "123456"), 401);
        }
        HttpResponse<String> slowed = tokenFrom(guesser, user, "gissning-5", "123456");
        JsonObject p = assertProblem(slowed, 429);
        assertEquals("login.throttled", p.getString("code"));
        long retryAfter = Long.parseLong(slowed.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 30, "Retry-After " + retryAfter);
        // Even the right password and code wait: the guesser learns nothing while slowed.
        assertProblem(tokenFrom(guesser, user, Api.DEMO_PASSWORD, "000000"), 429);
        // The account is not locked: its owner on another machine signs in.
        HttpResponse<String> owner = tokenFrom(address(), user, Api.DEMO_PASSWORD,
                Totp.demoCode(user, Totp.API));
        assertEquals(201, owner.statusCode(), owner.body());
        assertTrue(logged(user, "LOGIN_THROTTLED", null));
        assertTrue(Api.jsonArray(api.get("api/v1/security-events?username=" + user, admin).body()).stream()
                .map(v -> v.asJsonObject()).anyMatch(ev -> guesser.equals(ev.getString("sourceIp", null))));
    }

    @Test
    void refusedRequestsAreInTheSecurityLog() {
        String staff = api.token("personal.egenregi");
        assertProblem(api.get("api/v1/access-log?username=admin", staff), 403);
        assertProblem(api.get("api/v1/security-events", staff), 403);
        assertProblem(api.get("api/v1/accounts/admin", staff), 403);
        assertTrue(logged("personal.egenregi", "ACCESS_REFUSED", "403 GET /api/v1/access-log"));
        assertTrue(logged("personal.egenregi", "ACCESS_REFUSED", "403 GET /api/v1/accounts/admin"));
        assertProblem(api.get("api/v1/clients", "not-a-real-token-0123456789abcdef"), 401);
        assertTrue(Api.jsonArray(api.get("api/v1/security-events?size=50", admin).body()).stream()
                .map(v -> v.asJsonObject()).anyMatch(ev -> ev.getString("kind").equals("ACCESS_REFUSED")
                        && ev.getString("detail").contains("401 GET /api/v1/clients")));
    }
}
