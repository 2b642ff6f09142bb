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

/** A small HTTP client for REST tests: real requests over loopback, JSON parsed with JSON-P. */
public final class Api {

    public static final String DEMO_PASSWORD = "Demo-2026!";

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Api(URL base) {
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** A bearer token for a demo account. */
    public String token(String username) {
        HttpResponse<String> r = post("api/v1/tokens",
                "{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}", null);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("No token for " + username + ": " + r.statusCode() + " " + r.body());
        }
        return json(r.body()).getString("token");
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
