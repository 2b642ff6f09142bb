package se.hemtjanst.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh personal accounts for tests that change an account (enrolment, TOTP reset, disabling): created by the demo
 * ADMIN through the API, so no test ever changes a demo account another test relies on.
 */
public final class Accounts {

    public static final String PASSWORD = "Test-lösenord-2026!";

    private Accounts() {
    }

    /** A new STAFF account of the provider of personal.omsorgshuset, without an authenticator. */
    public static String newStaff(Api api, String admin) {
        long providerId = Api.json(api.get("api/v1/accounts/personal.omsorgshuset", admin).body())
                .getJsonNumber("providerId").longValue();
        String username = "it." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        HttpResponse<String> r = api.post("api/v1/accounts", "{\"username\":\"" + username + "\",\"displayName\":"
                + "\"Test Testsson\",\"initialPassword\":\"" + PASSWORD + "\",\"roles\":[\"STAFF\"],\"providerId\":"
                + providerId + "}", admin);
        assertEquals(201, r.statusCode(), r.body());
        return username;
    }

    /** Enrols an authenticator for the account through the API and returns its secret. */
    public static String enrol(Api api, String username) {
        HttpResponse<String> begun = api.post("api/v1/totp-enrolments",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals(201, begun.statusCode(), begun.body());
        JsonObject e = Api.json(begun.body());
        String secret = e.getString("secret");
        HttpResponse<String> confirmed = api.post("api/v1/totp-enrolments/confirmation", "{\"username\":\""
                + username + "\",\"password\":\"" + PASSWORD + "\",\"secret\":\"" + secret + "\",\"totp\":\""
                + Totp.code(username, secret, Totp.ENROL) + "\"}", null);
        assertEquals(204, confirmed.statusCode(), confirmed.body());
        return secret;
    }
}
