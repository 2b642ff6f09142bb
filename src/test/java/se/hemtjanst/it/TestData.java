package se.hemtjanst.it;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import se.hemtjanst.shared.domain.PersonalIdentityNumber;

/** Request bodies and numbers that several integration tests need. */
public final class TestData {

    private TestData() {
    }

    /**
     * A frame order from 2026-12-01: morning help 30 min daily and a shower 45 min twice a week, each a visit of its
     * own (+5 min): (30 + 5) × 30.4375 + (45 + 5) × 2 × 30.4375 / 7 = 1500.13 min = 25.00 h; ledsagning 4 h
     * outside the frame.
     */
    public static String order(long clientId, long providerId) {
        return "{\"clientId\":" + clientId + ",\"providerId\":" + providerId + ",\"validFrom\":\"2026-12-01\","
                + "\"description\":\"Bor ensam, behöver hjälp att komma igång på morgonen och med dusch.\","
                + "\"purpose\":\"Att kunna bo kvar hemma tryggt.\","
                + "\"services\":[{\"code\":\"MORGON\",\"frequency\":\"PER_DAY\",\"count\":1,\"visitGroup\":\"MORGON\"},"
                + "{\"code\":\"BADDUSCH\",\"frequency\":\"PER_WEEK\",\"count\":2,\"visitGroup\":\"DUSCH\"},"
                + "{\"code\":\"LEDSAGNING\",\"ownHours\":4}],"
                + "\"goals\":[{\"lifeArea\":\"PERSONLIG_VARD\",\"goal\":\"Klara av sin morgon med stöd.\"}]}";
    }

    /** Städning twice a month: 2 × 65 min = 130 min = 2.17 h of ramtid a month. */
    public static final String CLEANING_TWICE_A_MONTH =
            "[{\"code\":\"STADNING\",\"frequency\":\"PER_MONTH\",\"count\":2}]";

    /** An order body from validFrom with the services (a JSON array); description and purpose are fixed texts. */
    public static String order(long clientId, long providerId, String validFrom, String services) {
        return "{\"clientId\":" + clientId + ",\"providerId\":" + providerId + ",\"validFrom\":\"" + validFrom
                + "\",\"description\":\"Behöver hjälp i vardagen.\",\"purpose\":\"Att bo kvar hemma tryggt.\","
                + "\"services\":" + services + "}";
    }

    /** Registers a new client (fresh personal identity number) as the assessor; returns the client's id. */
    public static long newClient(Api api, String assessor, String firstName, String lastName) {
        HttpResponse<String> r = api.post("api/v1/clients", "{\"personalIdentityNumber\":\""
                + newPersonalIdentityNumber() + "\",\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName
                + "\"}", assessor);
        expect(201, r);
        return Api.json(r.body()).getJsonNumber("id").longValue();
    }

    /** The provider of the manager's first order (the demo providers each have orders). */
    public static long providerOf(Api api, String manager) {
        return Api.jsonArray(api.get("api/v1/orders", manager).body()).getJsonObject(0).getJsonNumber("providerId")
                .longValue();
    }

    /** Creates the order, sends it, and has the provider's manager acknowledge it; returns the order's id. */
    public static long acknowledgedOrder(Api api, String assessor, String manager, String orderBody) {
        HttpResponse<String> created = api.post("api/v1/orders", orderBody, assessor);
        expect(201, created);
        long orderId = Api.json(created.body()).getJsonObject("order").getJsonNumber("id").longValue();
        expect(200, api.post("api/v1/orders/" + orderId + "/send", "", assessor));
        expect(200, api.post("api/v1/orders/" + orderId + "/acknowledgement", "", manager));
        return orderId;
    }

    /** A visit registered by hand by staff (times ISO-8601 with offset); returns the visit's id. */
    public static long manualVisit(Api api, String staff, long clientId, String arrival, String departure,
            String reasonCode) {
        HttpResponse<String> r = api.post("api/v1/visits/manual", "{\"clientId\":" + clientId + ",\"arrival\":\""
                + arrival + "\",\"departure\":\"" + departure + "\",\"reasonCode\":\"" + reasonCode + "\"}", staff);
        expect(201, r);
        return Api.json(r.body()).getJsonNumber("id").longValue();
    }

    /** The client's 110 % cases that the token's holder sees. */
    public static java.util.List<jakarta.json.JsonObject> excessCases(Api api, String token, long clientId) {
        return Api.jsonArray(api.get("api/v1/excess-cases", token).body()).stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("clientId").longValue() == clientId).toList();
    }

    private static void expect(int status, HttpResponse<String> r) {
        if (r.statusCode() != status) {
            throw new AssertionError(r.request().method() + " " + r.request().uri() + ": expected " + status
                    + ", got " + r.statusCode() + " " + r.body());
        }
    }

    /** A fresh valid personal identity number of someone born in the 1930s, with its check digit. */
    public static String newPersonalIdentityNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String nine = String.format("3%d%02d%02d%03d", r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28),
                r.nextInt(1000));
        return "19" + nine.substring(0, 6) + "-" + nine.substring(6) + PersonalIdentityNumber.checkDigit(nine);
    }
}
