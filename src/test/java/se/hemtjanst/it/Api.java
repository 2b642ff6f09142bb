package se.hemtjanst.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A small HTTP client for REST tests: real requests over loopback, JSON parsed with JSON-P. */
public final class Api {

    public static final String DEMO_PASSWORD = "Demo-2026!";

    private final URI base;
    /**
     * HTTP/1.1 on purpose: the JDK client upgrades a connection whose first request is a GET to h2c, and Liberty's
     * HTTP/2 then stalls fifty concurrent requests multiplexed on that one connection. The phones speak HTTP/1.1.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public Api(URL base) {
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
    }

    /** For in-container tests: the API of the server the test runs in, on its own HTTP port. */
    public static Api inServer() {
        try {
            return new Api(new URL("http://localhost:" + org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getValue("http.port", String.class) + "/"));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** Tokens already issued in this test run, per server and username: a token lives 12 hours. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, DeviceSession> DEVICE_SESSIONS = new ConcurrentHashMap<>();

    /** Reused only while well inside the 15-minute idle period. */
    private static final Duration DEVICE_SESSION_REUSE = Duration.ofMinutes(8);

    /**
     * A bearer token for a demo account (password and TOTP code, as the server demands), issued once per test run:
     * logging in again for every test would spend the account's TOTP steps for no reason.
     */
    public String token(String username) {
        return TOKENS.computeIfAbsent(base + "|" + username, k -> newToken(username));
    }

    /** A new token (fresh login) for a demo account. */
    public String newToken(String username) {
        return newToken(username, DEMO_PASSWORD, Totp.demoSecret(username));
    }

    /**
     * A new token for a demo account, from a test that runs inside the server: the client JVM of other tests keeps
     * its own record of used TOTP steps, so a code may have been used already; it is tried again with the next one.
     */
    public String newTokenInServer(String username) {
        for (int i = 0; ; i++) {
            try {
                return newToken(username);
            } catch (IllegalStateException e) {
                if (i == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Moves the test server's clock (the test-clock resource needs no token; only the IT server enables it) to an
     * ISO-8601 time with offset, and returns the server's now.
     */
    public java.time.Instant moveClock(String isoNow) {
        HttpResponse<String> r = put("api/v1/test-clock", "{\"now\":\"" + isoNow + "\"}", null);
        if (r.statusCode() != 200) {
            throw new AssertionError("test clock not moved: " + r.statusCode() + " " + r.body());
        }
        return java.time.Instant.parse(json(r.body()).getString("now"));
    }

    /** Back to the real clock. */
    public void resetClock() {
        HttpResponse<String> r = send(builder("api/v1/test-clock", null).DELETE().build());
        if (r.statusCode() != 200) {
            throw new AssertionError("test clock not reset: " + r.statusCode() + " " + r.body());
        }
    }

    /**
     * A token issued on the server's moved clock: tokens from before a move of days have expired there, and the TOTP
     * code must be the one of the server's time.
     */
    public String tokenAt(String username, java.time.Instant serverNow) {
        HttpResponse<String> r = post("api/v1/tokens", "{\"username\":\"" + username + "\",\"password\":\""
                + DEMO_PASSWORD + "\",\"totp\":\"" + se.hemtjanst.identity.domain.TotpCodes.code(
                Totp.demoSecret(username), se.hemtjanst.identity.domain.TotpCodes.stepAt(serverNow)) + "\"}", null);
        if (r.statusCode() != 201) {
            throw new AssertionError("login of " + username + " at " + serverNow + ": " + r.statusCode() + " " + r.body());
        }
        return json(r.body()).getString("token");
    }

    public String newToken(String username, String password, String secret) {
        HttpResponse<String> r = null;
        // In-container tests log in from the server's JVM, whose used TOTP steps this JVM does not know: a 401 may be
        // such a step, so the next unused one is tried (at most three times, within the free failures).
        for (int attempt = 0; attempt < 3 && (r == null || r.statusCode() == 401); attempt++) {
            r = post("api/v1/tokens", "{\"username\":\"" + username + "\",\"password\":\""
                    + password + "\",\"totp\":\"" + Totp.code(username, secret, Totp.API) + "\"}", null);
        }
        if (r.statusCode() != 201) {
            throw new IllegalStateException("No token for " + username + ": " + r.statusCode() + " " + r.body());
        }
        return json(r.body()).getString("token");
    }

    /** A started device session: the phone's token and the session as the server answered it. */
    public record DeviceSession(String token, JsonObject session, long startedMillis) {
    }

    /**
     * The bearer token of a live device session (a staff phone's shift) of a demo STAFF account, for the scan API.
     * Reused within a test run while it is certainly not idle-locked; otherwise a new shift on the same test device.
     */
    public String deviceToken(String username) {
        String key = base + "|" + username;
        DeviceSession s = DEVICE_SESSIONS.get(key);
        long now = System.currentTimeMillis();
        if (s == null || now - s.startedMillis() > DEVICE_SESSION_REUSE.toMillis()) {
            s = startDeviceSession(username, DEMO_PASSWORD, Totp.demoSecret(username), "it-phone-" + username, null);
            DEVICE_SESSIONS.put(key, s);
        }
        return s.token();
    }

    /** Starts a shift (expects 201). */
    public DeviceSession startDeviceSession(String username, String password, String secret, String deviceId,
                                            String pin) {
        HttpResponse<String> r = post("api/v1/device-sessions", "{\"username\":\"" + username + "\",\"password\":\""
                + password + "\",\"totp\":\"" + Totp.code(username, secret, Totp.DEVICE) + "\",\"deviceId\":\""
                + deviceId + "\"" + (pin == null ? "" : ",\"pin\":\"" + pin + "\"") + "}", null);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("No device session for " + username + ": " + r.statusCode() + " "
                    + r.body());
        }
        JsonObject body = json(r.body());
        return new DeviceSession(body.getString("token"), body.getJsonObject("session"), System.currentTimeMillis());
    }

    public HttpResponse<String> get(String path, String token) {
        return send(builder(path, token).GET().build());
    }

    public HttpResponse<String> post(String path, String body, String token) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> put(String path, String body, String token) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    /** Asserts an RFC 9457 answer with this status and returns the problem. */
    public static JsonObject assertProblem(HttpResponse<String> r, int status) {
        org.junit.jupiter.api.Assertions.assertEquals(status, r.statusCode(), r.body());
        org.junit.jupiter.api.Assertions.assertEquals("application/problem+json",
                r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip(), r.body());
        JsonObject problem = json(r.body());
        org.junit.jupiter.api.Assertions.assertEquals(status, problem.getInt("status"));
        org.junit.jupiter.api.Assertions.assertNotNull(problem.getString("type"));
        org.junit.jupiter.api.Assertions.assertNotNull(problem.getString("detail"));
        return problem;
    }

    public static jakarta.json.JsonArray jsonArray(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    public static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonStructure s = reader.read();
            return s.asJsonObject();
        }
    }
}
