package se.hemtjanst.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Deployments;
import se.hemtjanst.it.TestData;

/**
 * "Nothing lost" (issue 9.6): a hundred saves of one implementation plan, all from the same version read, sent at
 * the same moment by the provider's two managers' sessions. Exactly one is stored; the 99 others are told 409
 * plan.changedByOther and nothing of theirs is kept, neither in the plan nor in its revisions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanConcurrencyIT {

    static final int SAVERS = 100;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void ofAHundredSimultaneousSavesOfOneVersionExactlyOneWins() throws Exception {
        Api api = new Api(base);
        String soder = api.token("handlaggare.soder");
        String chef = api.token("chef.omsorgshuset");
        // A second token of the same manager: two "browsers" of the same provider manager.
        String chef2 = api.newToken("chef.omsorgshuset");
        long clientId = TestData.newClient(api, soder, "Samtida", "Sparsson");
        TestData.acknowledgedOrder(api, soder, chef, TestData.order(clientId, TestData.providerOf(api, chef)));
        String path = "api/v1/clients/" + clientId + "/plan";

        HttpResponse<String> first = api.put(path, body(null, "första utkastet"), chef);
        assertEquals(200, first.statusCode(), first.body());
        long version = Api.json(first.body()).getJsonNumber("version").longValue();

        ExecutorService pool = Executors.newFixedThreadPool(SAVERS);
        CountDownLatch ready = new CountDownLatch(SAVERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> saves = new ArrayList<>();
        try {
            for (int i = 0; i < SAVERS; i++) {
                String body = body(version, "sparning " + i);
                String token = i % 2 == 0 ? chef : chef2;
                saves.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return api.put(path, body, token);
                }));
            }
            ready.await();
            go.countDown();
            Map<Integer, Integer> byStatus = new TreeMap<>();
            List<Integer> winners = new ArrayList<>();
            for (int i = 0; i < SAVERS; i++) {
                HttpResponse<String> r = saves.get(i).get();
                byStatus.merge(r.statusCode(), 1, Integer::sum);
                if (r.statusCode() / 100 == 2) {
                    winners.add(i);
                } else {
                    JsonObject problem = Api.assertProblem(r, 409);
                    assertEquals("plan.changedByOther", problem.getString("code"), r.body());
                    assertTrue(problem.getString("detail").contains("reload it and apply your change again"),
                            r.body());
                }
            }
            System.out.println("PlanConcurrencyIT: " + SAVERS + " simultaneous saves -> " + byStatus);
            assertEquals(Map.of(200, 1, 409, SAVERS - 1), byStatus);

            JsonObject stored = Api.json(api.get(path, chef).body());
            assertEquals(version + 1, stored.getJsonNumber("version").longValue());
            assertEquals("sparning " + winners.get(0), stored.getJsonObject("content").getJsonArray("activities")
                    .getJsonObject(0).getString("how"), "the stored plan is the winner's body");
            assertEquals(2, Api.jsonArray(api.get(path + "/revisions", chef).body()).size(),
                    "the first draft and the winner's save, no revision of a loser");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theConflictMessageIsThereInSwedishAndEnglish() throws Exception {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/se/hemtjanst/i18n/" + bundle)) {
                assertTrue(in != null, bundle + " on the class path");
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertTrue(p.getProperty("plan.changedByOther", "").length() > 20, bundle);
        }
    }

    static String body(Long version, String how) {
        return "{\"version\":" + version + ",\"contactPerson\":\"Fatima Ali\","
                + "\"clientParticipation\":\"Skrevs tillsammans med brukaren.\","
                + "\"activities\":["
                + "{\"serviceCode\":\"MORGON\",\"frequency\":\"PER_DAY\",\"count\":1,\"timeOfDay\":\"07:30\","
                + "\"how\":\"" + how + "\",\"minutes\":30},"
                + "{\"serviceCode\":\"BADDUSCH\",\"frequency\":\"PER_WEEK\",\"count\":2,"
                + "\"how\":\"Dusch med duschstol\",\"minutes\":45}],"
                + "\"goals\":[{\"lifeArea\":\"PERSONLIG_VARD\",\"goal\":\"Klara morgonen med stöd\"}]}";
    }
}
