import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The phone side of bench/fault ("Nothing lost", issue 9.6): a staff phone's offline queue of 20 batches of 500 tag
 * scans, each batch retried with the same body (same scanIds) until the server answers 200, whatever happens to the
 * server meanwhile (bench/fault kills it with SIGKILL and restarts it). Then, with the server stopped, the check
 * reads the Derby database over JDBC: every acknowledged scanId stored exactly once, no visit doubled.
 *
 * <pre>
 *   java FaultClient.java send  BASE_URL OUT_DIR [batches] [batchSize]
 *   java -cp derby.jar:derbyshared.jar:derbytools.jar FaultClient.java check JDBC_URL OUT_DIR
 * </pre>
 * JDK only (plus the Derby jars for check): runs as a single-file program on a fresh machine after the build.
 */
public class FaultClient {

    static final String STAFF = "personal.omsorgshuset";
    static final String MANAGER = "chef.omsorgshuset";
    static final String PASSWORD = "Demo-2026!";
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("send")) {
            int batches = args.length > 3 ? Integer.parseInt(args[3]) : 20;
            int size = args.length > 4 ? Integer.parseInt(args[4]) : 500;
            System.exit(new FaultClient(args[1], Path.of(args[2])).send(batches, size));
        } else if (args.length >= 3 && args[0].equals("check")) {
            System.exit(check(args[1], Path.of(args[2])));
        } else {
            System.err.println("usage: send BASE_URL OUT_DIR [batches] [size] | check JDBC_URL OUT_DIR");
            System.exit(2);
        }
    }

    final String base;
    final Path out;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final Set<Long> usedSteps = new HashSet<>();
    String deviceToken;

    FaultClient(String base, Path out) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.out = out;
    }

    // ---------------------------------------------------------------------------------------------------- send

    int send(int batches, int size) throws Exception {
        Files.createDirectories(out);
        List<String> tags = waitFor("the provider's tags", this::omsorgshusetTags);
        log("tags of " + MANAGER + "'s clients: " + tags);
        deviceToken = waitFor("a device session", this::startDeviceSession);

        String run = Long.toString(System.currentTimeMillis(), 36);
        // Visits from 25 days back, one every 12 minutes (9-13 minutes each), rotating over the provider's clients.
        ZonedDateTime first = LocalDate.now(ZONE).minusDays(25).atTime(6, 0).atZone(ZONE);
        Path acked = out.resolve("acknowledged.txt");
        Files.deleteIfExists(acked);
        long retries = 0;
        long duplicateItems = 0;
        long rejectedItems = 0;
        long reLogins = 0;
        Map<String, Integer> failures = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            List<String> ids = new ArrayList<>();
            StringBuilder body = new StringBuilder("{\"scans\":[");
            for (int i = 0; i < size; i++) {
                long pair = (long) b * (size / 2) + i / 2;
                boolean arrival = i % 2 == 0;
                String tag = tags.get((int) (pair % tags.size()));
                ZonedDateTime at = first.plusMinutes(12 * pair);
                if (!arrival) {
                    at = at.plusMinutes(9 + pair % 5).plusSeconds(pair % 50);
                }
                String id = UUID.nameUUIDFromBytes(("fault-" + run + "-" + b + "-" + i)
                        .getBytes(StandardCharsets.UTF_8)).toString();
                ids.add(id);
                body.append(i == 0 ? "" : ",").append("{\"scanId\":\"").append(id).append("\",\"type\":\"")
                        .append(arrival ? "ARRIVAL" : "DEPARTURE").append("\",\"tagUid\":\"").append(tag)
                        .append("\",\"deviceTime\":\"").append(at.toOffsetDateTime()).append("\",\"queuedOffline\":true}");
            }
            body.append("]}");
            String json = body.toString();
            for (int attempt = 1; ; attempt++) {
                String outcome;
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/scans/batch"))
                            .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                            .header("Accept", "application/json, application/problem+json")
                            .header("Authorization", "Bearer " + deviceToken)
                            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        int accepted = number(r.body(), "accepted");
                        int duplicates = number(r.body(), "duplicates");
                        int rejected = number(r.body(), "rejected");
                        duplicateItems += duplicates;
                        if (rejected == 0 && accepted + duplicates == size && ids.stream().allMatch(r.body()::contains)) {
                            Files.write(acked, ids, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                                    java.nio.file.StandardOpenOption.APPEND);
                            log(String.format("batch %2d acknowledged after %d attempt(s): %d accepted, %d duplicate",
                                    b + 1, attempt, accepted, duplicates));
                            break;
                        }
                        rejectedItems += rejected;
                        outcome = "200 with " + rejected + " rejected item(s)";
                        log("batch " + (b + 1) + ": " + outcome + ": " + firstRejected(r.body()));
                        if (attempt >= 10) {
                            log("FAIL: batch " + (b + 1) + " keeps rejecting items");
                            return 1;
                        }
                    } else if (r.statusCode() == 401) {
                        outcome = "401";
                        log("batch " + (b + 1) + ": 401 " + r.body() + " - starting the device session again");
                        deviceToken = waitFor("a device session", this::startDeviceSession);
                        reLogins++;
                    } else if (r.statusCode() >= 500 || r.statusCode() == 404) {
                        // 404 while the application is not yet deployed after a restart; 5xx while starting/stopping
                        outcome = Integer.toString(r.statusCode());
                    } else {
                        log("FAIL: batch " + (b + 1) + " answered " + r.statusCode() + ": " + r.body());
                        return 1;
                    }
                } catch (IOException e) {
                    outcome = e.getClass().getSimpleName();
                }
                failures.merge(outcome, 1, Integer::sum);
                retries++;
                Thread.sleep(Math.min(2000, 200L * attempt));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String summary = String.format("batches=%d scansAcknowledged=%d retries=%d duplicateItemsOnRetry=%d "
                + "rejectedItems=%d deviceSessionRestarts=%d seconds=%.1f failuresByKind=%s", batches,
                (long) batches * size, retries, duplicateItems, rejectedItems, reLogins, seconds, failures);
        log("SEND " + summary);
        Files.writeString(out.resolve("send.txt"), summary + "\n");
        return 0;
    }

    interface Attempt<T> {
        T get() throws Exception;
    }

    /** The server may be down (killed) or starting (minutes on a busy machine): try for up to ten minutes. */
    <T> T waitFor(String what, Attempt<T> attempt) throws Exception {
        long until = System.currentTimeMillis() + 600_000;
        while (true) {
            try {
                return attempt.get();
            } catch (Exception e) {
                if (System.currentTimeMillis() > until) {
                    throw new IllegalStateException("gave up waiting for " + what, e);
                }
                log("waiting for " + what + ": " + e);
                Thread.sleep(1000);
            }
        }
    }

    List<String> omsorgshusetTags() throws Exception {
        String token = login("api/v1/tokens", "{\"username\":\"" + MANAGER + "\",\"password\":\"" + PASSWORD
                + "\",\"totp\":\"" + totp(MANAGER) + "\"}");
        Set<Long> clients = new TreeSet<>();
        for (String order : objects(get("api/v1/orders", token))) {
            if (order.contains("\"status\":\"ACKNOWLEDGED\"") || order.contains("\"status\":\"SENT\"")) {
                Matcher m = Pattern.compile("\"clientId\":(\\d+)").matcher(order);
                if (m.find()) {
                    clients.add(Long.parseLong(m.group(1)));
                }
            }
        }
        List<String> tags = new ArrayList<>();
        for (long client : clients) {
            for (String tag : objects(get("api/v1/clients/" + client + "/tags", token))) {
                Matcher m = Pattern.compile("\"uid\":\"(04DE[0-9A-F]{10})\"").matcher(tag);
                if (tag.contains("\"status\":\"ACTIVE\"") && tag.contains("\"kind\":\"PLAIN_UID\"") && m.find()) {
                    tags.add(m.group(1));
                }
            }
        }
        if (tags.isEmpty()) {
            throw new IllegalStateException("no active plain tags for " + MANAGER + "'s clients");
        }
        return tags;
    }

    String startDeviceSession() throws Exception {
        return login("api/v1/device-sessions", "{\"username\":\"" + STAFF + "\",\"password\":\"" + PASSWORD
                + "\",\"deviceId\":\"fault-phone-1\",\"totp\":\"" + totp(STAFF) + "\"}");
    }

    String login(String path, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    String get(String path, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static List<String> objects(String json) {
        List<String> result = new ArrayList<>();
        Matcher m = Pattern.compile("\\{[^{}]*\\}").matcher(json);
        while (m.find()) {
            result.add(m.group());
        }
        return result;
    }

    static int number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    static String firstRejected(String json) {
        int i = json.indexOf("REJECTED");
        return i < 0 ? "" : json.substring(Math.max(0, i - 200), Math.min(json.length(), i + 400));
    }

    /**
     * A TOTP code (RFC 6238, SHA-1, 6 digits, 30 s) of the demo secret, base32 of SHA-1("hemtjanst-demo-totp:" +
     * username); the server takes each step once per account and purpose, so a step is never used twice here.
     */
    String totp(String username) throws Exception {
        byte[] key = MessageDigest.getInstance("SHA-1").digest(("hemtjanst-demo-totp:" + username)
                .getBytes(StandardCharsets.UTF_8));
        while (true) {
            long step = Instant.now().getEpochSecond() / 30;
            for (long candidate : new long[]{step, step + 1}) {
                if (usedSteps.add(candidate * 31 + username.hashCode())) {
                    Mac mac = Mac.getInstance("HmacSHA1");
                    mac.init(new SecretKeySpec(key, "HmacSHA1"));
                    byte[] h = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(candidate).array());
                    int o = h[h.length - 1] & 0xf;
                    int bin = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8)
                            | (h[o + 3] & 0xff);
                    return String.format("%06d", bin % 1_000_000);
                }
            }
            Thread.sleep((step + 1) * 30_000 - System.currentTimeMillis() + 200);
        }
    }

    static void log(String s) {
        System.out.println("[client " + java.time.LocalTime.now().withNano(0) + "] " + s);
    }

    // --------------------------------------------------------------------------------------------------- check

    static int check(String jdbc, Path out) throws Exception {
        List<String> acked = Files.readAllLines(out.resolve("acknowledged.txt"), StandardCharsets.UTF_8);
        Set<String> ackedSet = new HashSet<>(acked);
        int problems = 0;
        try (Connection c = DriverManager.getConnection(jdbc)) {
            c.setReadOnly(true);
            Map<String, Integer> stored = new java.util.HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select scan_id, count(*) from scan group by scan_id")) {
                while (rs.next()) {
                    stored.put(rs.getString(1).trim(), rs.getInt(2));
                }
            }
            long missing = ackedSet.stream().filter(id -> !stored.containsKey(id)).count();
            long doubled = ackedSet.stream().filter(id -> stored.getOrDefault(id, 0) > 1).count();
            long storedOfRun = ackedSet.stream().filter(stored::containsKey).count();
            long unacknowledgedStored;
            long visitsOfStaff;
            long completedVisits;
            long duplicateVisits = 0;
            try (PreparedStatement p = c.prepareStatement("select count(*) from scan where staff = ?")) {
                p.setString(1, STAFF);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    unacknowledgedStored = rs.getLong(1) - storedOfRun;
                }
            }
            try (PreparedStatement p = c.prepareStatement("select count(*), sum(case when status = 'COMPLETED' or "
                    + "departure_at is not null then 1 else 0 end) from visit where staff = ? and id in "
                    + "(select visit_id from scan where staff = ? and queued_offline = true)")) {
                p.setString(1, STAFF);
                p.setString(2, STAFF);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    visitsOfStaff = rs.getLong(1);
                    completedVisits = rs.getLong(2);
                }
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select staff, client_id, arrival_at, count(*) from visit "
                         + "where arrival_at is not null group by staff, client_id, arrival_at having count(*) > 1")) {
                while (rs.next()) {
                    duplicateVisits++;
                    log("DOUBLED visit: " + rs.getString(1) + " client " + rs.getLong(2) + " at " + rs.getTimestamp(3)
                            + " x" + rs.getLong(4));
                }
            }
            long scansWithTwoEvents;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from (select visit_id, scan_type, count(*) as n "
                         + "from scan where visit_id is not null group by visit_id, scan_type having count(*) > 1) d")) {
                rs.next();
                scansWithTwoEvents = rs.getLong(1);
            }
            String summary = String.format("acknowledgedScanIds=%d storedExactlyOnce=%d missing=%d storedTwice=%d "
                    + "storedButNeverAcknowledged=%d visitsFromTheseScans=%d completedVisits=%d expectedVisits=%d "
                    + "doubledVisits=%d visitsWithTwoScansOfOneType=%d", ackedSet.size(), storedOfRun - doubled,
                    missing, doubled, unacknowledgedStored, visitsOfStaff, completedVisits, acked.size() / 2,
                    duplicateVisits, scansWithTwoEvents);
            log("CHECK " + summary);
            Files.writeString(out.resolve("check.txt"), summary + "\n");
            if (acked.size() != ackedSet.size()) {
                log("FAIL: the client acknowledged a scanId twice");
                problems++;
            }
            if (missing > 0 || doubled > 0 || duplicateVisits > 0 || scansWithTwoEvents > 0
                    || visitsOfStaff != acked.size() / 2 || completedVisits != visitsOfStaff) {
                log("FAIL: something was lost or doubled");
                problems++;
            }
        }
        if (!jdbc.startsWith("jdbc:derby:")) {
            return problems == 0 ? 0 : 1;
        }
        try {
            DriverManager.getConnection(jdbc.replaceAll(";.*", "") + ";shutdown=true");
        } catch (java.sql.SQLException expected) {
            // Derby answers a shutdown with an exception
        }
        return problems == 0 ? 0 : 1;
    }
}
