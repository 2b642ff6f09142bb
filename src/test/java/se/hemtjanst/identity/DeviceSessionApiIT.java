package se.hemtjanst.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.it.Api.assertProblem;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hemtjanst.it.Accounts;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Deployments;
import se.hemtjanst.it.Totp;

/**
 * Staff phones' device sessions over HTTP: the shift from start to logout, only for STAFF and only with two factors,
 * the idle lock and its PIN, the PIN lockout, the 12-hour limit and a disabled account, with the server clock moved
 * through the IT server's test clock (always moved back afterwards). Each test uses a device of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeviceSessionApiIT {

    static final String STAFF = "personal.egenregi";
    static final String PIN = "258014";

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

    @AfterEach
    void clockBack() {
        moveClock(Duration.ZERO);
    }

    void moveClock(Duration offset) {
        HttpResponse<String> r = api.put("api/v1/test-clock", "{\"offsetSeconds\":" + offset.toSeconds() + "}", null);
        assertEquals(200, r.statusCode(), r.body());
    }

    Api.DeviceSession start(String pin) {
        return api.startDeviceSession(STAFF, Api.DEMO_PASSWORD, Totp.demoSecret(STAFF), "it-" + UUID.randomUUID(),
                pin);
    }

    HttpResponse<String> unlock(String token, String pin) {
        return api.post("api/v1/device-sessions/current/unlock", "{\"pin\":\"" + pin + "\"}", token);
    }

    HttpResponse<String> delete(String token) {
        return api.send(api.builder("api/v1/device-sessions/current", token).DELETE().build());
    }

    @Test
    void aStaffPhoneStartsItsShiftAndLogsOut() {
        Api.DeviceSession phone = start(PIN);
        JsonObject s = phone.session();
        assertEquals("ACTIVE", s.getString("state"));
        assertTrue(s.getBoolean("pinSet"));
        assertEquals(900, s.getJsonNumber("idleTimeoutSeconds").longValue());
        Instant started = Instant.parse(s.getString("startedAt"));
        assertEquals(Duration.ofHours(12), Duration.between(started, Instant.parse(s.getString("expiresAt"))));

        HttpResponse<String> current = api.get("api/v1/device-sessions/current", phone.token());
        assertEquals(200, current.statusCode(), current.body());
        assertEquals(STAFF, Api.json(current.body()).getString("username"));
        // The session is a staff member's login for the rest of the API too.
        assertEquals(200, api.get("api/v1/catalog/services", phone.token()).statusCode());

        HttpResponse<String> out = delete(phone.token());
        assertEquals(200, out.statusCode(), out.body());
        assertNotNull(Api.json(out.body()).getString("endedAt"), "the shift's end is recorded");
        assertEquals("ENDED", Api.json(out.body()).getString("state"));
        assertProblem(api.get("api/v1/device-sessions/current", phone.token()), 401);
        assertProblem(api.post("api/v1/scans", "{}", phone.token()), 401);
        assertProblem(unlock(phone.token(), PIN), 401);
    }

    @Test
    void onlyStaffWithBothFactorsStartAShift() {
        String chef = "chef.egenregi";
        assertEquals("device.staffOnly", assertProblem(api.post("api/v1/device-sessions", "{\"username\":\"" + chef
                + "\",\"password\":\"" + Api.DEMO_PASSWORD + "\",\"totp\":\"" + Totp.demoCode(chef, Totp.DEVICE)
                + "\",\"deviceId\":\"it-chef\"}", null), 403).getString("code"));
        assertProblem(api.post("api/v1/device-sessions", "{\"username\":\"" + STAFF + "\",\"password\":\""
                + Api.DEMO_PASSWORD + "\",\"deviceId\":\"it-x\"}", null), 401);
        assertProblem(api.post("api/v1/device-sessions", "{\"username\":\"" + STAFF + "\",\"password\":\""
                + Api.DEMO_PASSWORD + "\",\"totp\":\"" + Totp.staleCode(Totp.demoSecret(STAFF))
                + "\",\"deviceId\":\"it-x\"}", null), 401);
        assertProblem(api.post("api/v1/device-sessions", "{\"username\":\"" + STAFF + "\",\"password\":\""
                + Api.DEMO_PASSWORD + "\",\"totp\":\"123456\"}", null), 400);
        assertEquals("device.pin.trivial", assertProblem(api.post("api/v1/device-sessions", "{\"username\":\""
                + STAFF + "\",\"password\":\"" + Api.DEMO_PASSWORD + "\",\"totp\":\"123456\",\"deviceId\":\"it-x\","
                + "\"pin\":\"123456\"}", null), 400).getString("code"));
        // An ordinary API token is no device session: it may not scan, alone or in a batch.
        String token = api.token(STAFF);
        assertEquals("device.session.required", assertProblem(api.post("api/v1/scans/batch", "{\"scans\":[]}",
                token), 401).getString("code"));
        assertProblem(api.get("api/v1/device-sessions/current", token), 401);
    }

    @Test
    void anIdlePhoneAsksForItsPinAndTheFifthWrongPinRevokesTheSession() {
        Api.DeviceSession phone = start(null);
        Api.DeviceSession other = start("369258");
        assertEquals(204, api.put("api/v1/device-sessions/current/pin", "{\"pin\":\"" + PIN + "\"}", phone.token())
                .statusCode());
        assertProblem(api.put("api/v1/device-sessions/current/pin", "{\"pin\":\"12345\"}", phone.token()), 400);

        moveClock(Duration.ofMinutes(16));
        JsonObject locked = assertProblem(api.get("api/v1/device-sessions/current", phone.token()), 401);
        assertEquals("pin-required", locked.getString("code"));
        assertTrue(locked.getString("type").endsWith("/pin-required"));
        assertEquals("pin-required", assertProblem(api.post("api/v1/scans", "{}", phone.token()), 401)
                .getString("code"));
        JsonObject wrong = assertProblem(unlock(phone.token(), "999111"), 401);
        assertEquals("device.pin.wrong", wrong.getString("code"));
        assertTrue(wrong.getString("detail").contains("4 attempts left"), wrong.getString("detail"));
        HttpResponse<String> unlocked = unlock(phone.token(), PIN);
        assertEquals(200, unlocked.statusCode(), unlocked.body());
        assertEquals(200, api.get("api/v1/device-sessions/current", phone.token()).statusCode());

        // The PIN unlocks only its own session: another phone's token with this PIN gets nothing.
        moveClock(Duration.ofMinutes(40));
        assertProblem(unlock(other.token(), PIN), 401);

        for (int i = 1; i <= 4; i++) {
            assertEquals("device.pin.wrong", assertProblem(unlock(phone.token(), "11122" + i), 401).getString("code"));
        }
        assertEquals("device.session.revoked", assertProblem(unlock(phone.token(), "111225"), 401)
                .getString("code"));
        // Revoked: the right PIN no longer helps, and the token is dead (not merely locked).
        assertEquals("device.session.gone", assertProblem(unlock(phone.token(), PIN), 401).getString("code"));
        assertEquals("auth.required", assertProblem(api.get("api/v1/device-sessions/current", phone.token()), 401)
                .getString("code"));
        assertTrue(Api.jsonArray(api.get("api/v1/security-events?username=" + STAFF, admin).body()).stream()
                .map(v -> v.asJsonObject().getString("kind")).anyMatch("PIN_LOCKOUT"::equals));
        assertTrue(Api.jsonArray(api.get("api/v1/security-events?username=" + STAFF, admin).body()).stream()
                .map(v -> v.asJsonObject().getString("kind")).anyMatch("PIN_FAILED"::equals));
    }

    @Test
    void aShiftEndsAfterTwelveHoursEvenWithActivity() {
        Api.DeviceSession phone = start(PIN);
        moveClock(Duration.ofHours(11).plusMinutes(50));
        assertEquals("pin-required", assertProblem(api.get("api/v1/device-sessions/current", phone.token()), 401)
                .getString("code"));
        assertEquals(200, unlock(phone.token(), PIN).statusCode());
        assertEquals(200, api.get("api/v1/device-sessions/current", phone.token()).statusCode());
        moveClock(Duration.ofHours(12).plusMinutes(1));
        JsonObject expired = assertProblem(api.get("api/v1/device-sessions/current", phone.token()), 401);
        assertEquals("auth.required", expired.getString("code"));
        assertTrue(expired.getString("detail").contains("expired"), expired.getString("detail"));
        assertProblem(unlock(phone.token(), PIN), 401);
    }

    @Test
    void aDisabledAccountsPhoneStopsAtOnce() {
        String user = Accounts.newStaff(api, admin);
        String secret = Accounts.enrol(api, user);
        Api.DeviceSession phone = api.startDeviceSession(user, Accounts.PASSWORD, secret, "it-" + UUID.randomUUID(),
                PIN);
        assertEquals(200, api.get("api/v1/device-sessions/current", phone.token()).statusCode());
        assertProblem(api.post("api/v1/accounts/" + user + "/disable", "", api.token("chef.omsorgshuset")), 403);
        HttpResponse<String> disabled = api.post("api/v1/accounts/" + user + "/disable", "", admin);
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertFalse(Api.json(disabled.body()).getBoolean("enabled"));
        assertProblem(api.get("api/v1/device-sessions/current", phone.token()), 401);
        assertProblem(unlock(phone.token(), PIN), 401);
        HttpResponse<String> again = api.send(api.builder("api/v1/device-sessions", null)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + Accounts.PASSWORD + "\",\"totp\":\""
                                + Totp.code(user, secret, Totp.DEVICE) + "\",\"deviceId\":\"it-again\"}")).build());
        assertProblem(again, 401);
    }
}
