package se.hemtjanst.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;
import se.hemtjanst.demo.DemoDataLoader;
import se.hemtjanst.it.Totp;
import se.hemtjanst.visit.domain.SunMessage;
import se.hemtjanst.visit.domain.SunPayload;
import se.hemtjanst.visit.domain.SunVerifier;

/**
 * The request stream of the scan ingestion benchmark (bench/scans, docs/benchmarks.md): logs in the bench staff
 * (password + TOTP) and starts a device session for each over REST, then writes one file of requests per wrk
 * connection, {@code conn-NNN.tsv}, each line {@code token<TAB>body} where the body holds {@code @T@} for the
 * device time (set by wrk's Lua at send time, so the phone's clock matches the server's).
 *
 * <p>Pairing as on real phones: each staff member taps ARRIVAL and then DEPARTURE at one of their own provider's
 * clients, then goes to the next client. All staff of a provider are on the same connection, interleaved; a
 * connection sends one request at a time, so a DEPARTURE is never sent before its ARRIVAL was answered, and every
 * tag's SUN read counters reach the server in increasing order. NTAG 424 DNA tags send SUN messages made here with
 * the algorithm of nfc-sun.md (and checked with the server's own {@link SunVerifier}); plain tags send the UID.
 *
 * <p>Data sets: {@code scale} (the Stockholm scale data of the contract: clients {@code k}, provider
 * {@code k % 130 + 1}, tag UID {@code 05%012X}, even k NTAG 424 with a key from the seed; staff
 * {@code skala.pNNN.sNN}) or {@code demo} (the demo staff; clients and tags read over REST).
 *
 * <p>Usage: {@code java -cp ... se.hemtjanst.bench.ScanStream key=value ...} with base, out, dataset, seed,
 * connections, requests (total), staffPerProvider, providers, clients, metaKey.
 */
public final class ScanStream {

    static final String PASSWORD = "Demo-2026!";
    /** Counters of bench taps start above the generator's (below 1,000,000), rising with the wall clock. */
    static final long COUNTER_EPOCH = Instant.parse("2026-12-01T00:00:00Z").getEpochSecond();

    record Target(String uid, byte[] fileKey) {
    }

    record Staff(String username, int provider, List<Target> clients, int offset) {
    }

    private final Map<String, String> args;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final SecureRandom random = new SecureRandom();
    private final byte[] metaKey;

    ScanStream(Map<String, String> args) {
        this.args = args;
        this.base = args.getOrDefault("base", "http://localhost:9390/");
        this.metaKey = hex(args.getOrDefault("metaKey", "0C3B25D92B38AE443229DD59AD34B85D"));
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (String a : argv) {
            int eq = a.indexOf('=');
            args.put(a.substring(0, eq), a.substring(eq + 1));
        }
        new ScanStream(args).run();
    }

    void run() throws Exception {
        Path out = Path.of(args.getOrDefault("out", "target/bench/stream"));
        int connections = Integer.parseInt(args.getOrDefault("connections", "32"));
        long total = Long.parseLong(args.getOrDefault("requests", "300000"));
        String dataset = args.getOrDefault("dataset", "scale");
        List<Staff> staff = dataset.equals("demo") ? demoStaff() : scaleStaff();
        long t0 = System.nanoTime();
        Map<String, String> tokens = sessions(staff);
        System.out.printf("ScanStream: %d device sessions in %.1f s%n", tokens.size(),
                (System.nanoTime() - t0) / 1e9);

        // Providers to connections: all taps of a client's tag go through one connection, in order.
        List<List<Staff>> perConnection = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            perConnection.add(new ArrayList<>());
        }
        Map<Integer, Integer> providerConnection = new LinkedHashMap<>();
        for (Staff s : staff) {
            int c = providerConnection.computeIfAbsent(s.provider(), p -> providerConnection.size() % connections);
            perConnection.get(c).add(s);
        }
        Files.createDirectories(out);
        try (var old = Files.list(out)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        long counterBase = 1_000_000L + (Instant.now().getEpochSecond() - COUNTER_EPOCH);
        if (counterBase + total > SunPayload.MAX_COUNTER) {
            throw new IllegalStateException("SUN counters would pass 24 bits");
        }
        Map<String, Long> counters = new HashMap<>();
        long perConn = (total + connections - 1) / connections;
        int sunChecked = 0;
        int ntag = 0;
        int plain = 0;
        for (int c = 0; c < connections; c++) {
            List<Staff> mine = perConnection.get(c);
            if (mine.isEmpty()) {
                throw new IllegalStateException("Connection " + c + " has no staff: use at most "
                        + providerConnection.size() + " connections (one provider at least per connection)");
            }
            int[] position = new int[mine.size()];
            boolean[] arrived = new boolean[mine.size()];
            try (BufferedWriter w = Files.newBufferedWriter(out.resolve(String.format("conn-%03d.tsv", c)))) {
                for (long i = 0; i < perConn; i++) {
                    int si = (int) (i % mine.size());
                    Staff s = mine.get(si);
                    Target t = s.clients().get((s.offset() + position[si]) % s.clients().size());
                    String type = arrived[si] ? "DEPARTURE" : "ARRIVAL";
                    if (arrived[si]) {
                        position[si]++;
                    }
                    arrived[si] = !arrived[si];
                    StringBuilder body = new StringBuilder(200).append("{\"scanId\":\"").append(UUID.randomUUID())
                            .append("\",\"type\":\"").append(type).append("\",");
                    if (t.fileKey() != null) {
                        long ctr = counters.merge(t.uid(), 1L, Long::sum) + counterBase - 1;
                        String sun = sun(t, (int) ctr);
                        if (sunChecked < 2000) {
                            SunPayload p = SunVerifier.verify(SunMessage.parse(sun), metaKey, uid -> t.fileKey());
                            if (p.counter() != ctr || !p.uid().equals(t.uid())) {
                                throw new IllegalStateException("SUN self-check failed for " + t.uid());
                            }
                            sunChecked++;
                        }
                        body.append("\"sun\":\"").append(sun).append('"');
                        ntag++;
                    } else {
                        body.append("\"tagUid\":\"").append(t.uid()).append('"');
                        plain++;
                    }
                    body.append(",\"deviceTime\":\"@T@\"}");
                    w.write(tokens.get(s.username()));
                    w.write('\t');
                    w.write(body.toString());
                    w.write('\n');
                }
            }
        }
        System.out.printf("ScanStream: %d requests in %d files (%d SUN, %d plain UID; %d staff on %d providers; "
                        + "SUN counters from %d; %d messages checked with SunVerifier) in %s%n", perConn * connections,
                connections, ntag, plain, staff.size(), providerConnection.size(), counterBase, sunChecked, out);
    }

    /** The scale data of the contract (docs in the class comment). */
    List<Staff> scaleStaff() throws Exception {
        long seed = Long.parseLong(args.getOrDefault("seed", "1"));
        int providers = Integer.parseInt(args.getOrDefault("providers", "130"));
        int clients = Integer.parseInt(args.getOrDefault("clients", "16000"));
        int perProvider = Integer.parseInt(args.getOrDefault("staffPerProvider", "8"));
        Map<Integer, List<Target>> byProvider = new HashMap<>();
        for (int k = 0; k < clients; k++) {
            String uid = String.format("05%012X", k);
            byte[] key = null;
            if (k % 2 == 0) {
                key = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(("hemtjanst-scale-tag:" + seed + ":"
                        + uid).getBytes(StandardCharsets.UTF_8)), 16);
            }
            byProvider.computeIfAbsent(k % providers + 1, p -> new ArrayList<>()).add(new Target(uid, key));
        }
        List<Staff> staff = new ArrayList<>();
        for (int p = 1; p <= providers; p++) {
            List<Target> mine = byProvider.get(p);
            for (int s = 1; s <= perProvider; s++) {
                staff.add(new Staff(String.format("skala.p%03d.s%02d", p, s), p, mine,
                        (s - 1) * mine.size() / perProvider));
            }
        }
        return staff;
    }

    /** The demo staff; their clients and the clients' active tags read over REST (plain tags only). */
    List<Staff> demoStaff() throws Exception {
        String admin = apiToken("admin");
        List<String> names = List.of("personal.omsorgshuset", "personal2.omsorgshuset", "personal.tryggahander",
                "personal.egenregi");
        Map<String, Integer> providerOf = new HashMap<>();
        List<Staff> staff = new ArrayList<>();
        for (String name : names) {
            String token = apiToken(name);
            JsonObject page = json(get("api/v1/clients?size=100", token));
            List<Target> targets = new ArrayList<>();
            for (JsonValue v : page.getJsonArray("items")) {
                long id = v.asJsonObject().getJsonNumber("id").longValue();
                JsonArray tags = Json.createReader(new StringReader(get("api/v1/clients/" + id + "/tags", admin)))
                        .readArray();
                for (JsonValue t : tags) {
                    JsonObject tag = t.asJsonObject();
                    if ("ACTIVE".equals(tag.getString("status", "")) && "PLAIN_UID".equals(tag.getString("kind", ""))) {
                        targets.add(new Target(tag.getString("uid"), null));
                    }
                }
            }
            String key = targets.toString();
            int provider = providerOf.computeIfAbsent(key, k -> providerOf.size() + 1);
            staff.add(new Staff(name, provider, targets, staff.size() * 3));
        }
        return staff;
    }

    /** Device sessions for all staff, four logins at a time (each costs the server a PBKDF2 hash). */
    Map<String, String> sessions(List<Staff> staff) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        Map<String, String> tokens = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(args.getOrDefault("loginThreads", "4")));
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Staff s : staff) {
                jobs.add(pool.submit(() -> {
                    String body = "{\"username\":\"" + s.username() + "\",\"password\":\"" + PASSWORD
                            + "\",\"totp\":\"" + Totp.code(s.username(),
                            DemoDataLoader.demoTotpSecret(s.username()), Totp.DEVICE)
                            + "\",\"deviceId\":\"bench-" + run + "-" + s.username() + "\"}";
                    HttpResponse<String> r = post("api/v1/device-sessions", body, null);
                    if (r.statusCode() != 201) {
                        throw new IllegalStateException("No device session for " + s.username() + ": "
                                + r.statusCode() + " " + r.body());
                    }
                    tokens.put(s.username(), json(r.body()).getString("token"));
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return tokens;
    }

    String apiToken(String username) throws Exception {
        HttpResponse<String> r = post("api/v1/tokens", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"totp\":\"" + Totp.code(username, DemoDataLoader.demoTotpSecret(username), Totp.API)
                + "\"}", null);
        if (r.statusCode() != 201 && r.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + r.statusCode() + " " + r.body());
        }
        return json(r.body()).getString("token");
    }

    /** A SUN message e=..&c=.. of a tap with this counter (nfc-sun.md, AES mode, the inverse of SunVerifier). */
    String sun(Target t, int counter) throws Exception {
        byte[] uid = hex(t.uid());
        byte[] ctr = {(byte) counter, (byte) (counter >> 8), (byte) (counter >> 16)};
        byte[] picc = new byte[16];
        picc[0] = (byte) 0xC7;
        System.arraycopy(uid, 0, picc, 1, 7);
        System.arraycopy(ctr, 0, picc, 8, 3);
        byte[] pad = new byte[5];
        random.nextBytes(pad);
        System.arraycopy(pad, 0, picc, 11, 5);
        Cipher aes = Cipher.getInstance("AES/ECB/NoPadding"); // one block of CBC with a zero IV
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(metaKey, "AES"));
        byte[] e = aes.doFinal(picc);
        byte[] sv2 = new byte[16];
        System.arraycopy(new byte[]{0x3C, (byte) 0xC3, 0x00, 0x01, 0x00, (byte) 0x80}, 0, sv2, 0, 6);
        System.arraycopy(uid, 0, sv2, 6, 7);
        System.arraycopy(ctr, 0, sv2, 13, 3);
        byte[] full = cmac(cmac(t.fileKey(), sv2), new byte[0]);
        byte[] mac = new byte[8];
        for (int i = 0; i < 8; i++) {
            mac[i] = full[2 * i + 1];
        }
        return "e=" + hexOf(e) + "&c=" + hexOf(mac);
    }

    static byte[] cmac(byte[] key, byte[] message) {
        CMac mac = new CMac(AESEngine.newInstance());
        mac.init(new KeyParameter(key));
        mac.update(message, 0, message.length);
        byte[] out = new byte[16];
        mac.doFinal(out, 0);
        return out;
    }

    String get(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    HttpResponse<String> post(String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/json").header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }

    static byte[] hex(String h) {
        return java.util.HexFormat.of().parseHex(h);
    }

    static String hexOf(byte[] b) {
        return java.util.HexFormat.of().withUpperCase().formatHex(b);
    }
}
