package se.hemtjanst.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.it.Api.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Deployments;

/**
 * Team mailboxes over HTTP: a provider reports changed needs (validated: the order, the life areas, a real
 * description), the district's assessors see it unread and read it, and nobody outside the two teams reaches it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MessageApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;
    String chef;

    @BeforeEach
    void client() {
        api = new Api(base);
        chef = api.token("chef.omsorgshuset");
    }

    /** An order of Omsorgshuset's in force, with its client. */
    JsonObject activeOrder() {
        return Api.jsonArray(api.get("api/v1/orders?status=ACKNOWLEDGED", chef).body()).getJsonObject(0);
    }

    String assessorOf(long clientId) {
        String district = Api.json(api.get("api/v1/clients/" + clientId, chef).body()).getString("district");
        return district.equals("Södermalm") ? "handlaggare.soder" : "handlaggare.kungsholmen";
    }

    static String changedNeeds(Long orderId, String lifeAreas, String body) {
        return "{\"kind\":\"CHANGED_NEEDS\"," + (orderId == null ? "" : "\"orderId\":" + orderId + ",")
                + "\"lifeAreas\":[" + lifeAreas + "],\"subject\":\"Förändrade behov\",\"body\":\"" + body + "\"}";
    }

    @Test
    void aChangedNeedsMessageMustReferToTheOrderAndDescribeTheChange() {
        JsonObject order = activeOrder();
        long clientId = order.getJsonNumber("clientId").longValue();
        long orderId = order.getJsonNumber("id").longValue();
        String path = "api/v1/clients/" + clientId + "/messages";
        String description = "Har börjat falla nattetid och behöver nu stöd vid förflyttning till toaletten.";

        assertEquals("message.order.required", assertProblem(api.post(path,
                changedNeeds(null, "\"FORFLYTTNING\"", description), chef), 400).getString("code"));
        assertEquals("message.changedNeeds.lifeAreas", assertProblem(api.post(path,
                changedNeeds(orderId, "", description), chef), 400).getString("code"));
        assertEquals("message.changedNeeds.text", assertProblem(api.post(path,
                changedNeeds(orderId, "\"FORFLYTTNING\"", "Tiden räcker inte."), chef), 400).getString("code"));
        assertProblem(api.post(path, changedNeeds(orderId, "\"FLYGA\"", description), chef), 400);

        String assessor = assessorOf(clientId);
        String assessorToken = api.token(assessor);
        long unreadBefore = unread(assessorToken);
        HttpResponse<String> sent = api.post(path, changedNeeds(orderId, "\"FORFLYTTNING\",\"PERSONLIG_VARD\"",
                description), chef);
        assertEquals(201, sent.statusCode(), sent.body());
        JsonObject message = Api.json(sent.body());
        assertEquals("DISTRICT", message.getString("to"));
        assertEquals("PROVIDER", message.getString("from"));
        assertEquals(orderId, message.getJsonNumber("orderId").longValue());
        assertEquals(2, message.getJsonArray("lifeAreas").size());
        long messageId = message.getJsonNumber("id").longValue();

        assertEquals(unreadBefore + 1, unread(assessorToken));
        var inbox = Api.json(api.get("api/v1/messages?unread=true&size=100", assessorToken).body()).getJsonArray("items");
        assertTrue(inbox.stream().map(JsonValue::asJsonObject)
                .anyMatch(m -> m.getJsonNumber("id").longValue() == messageId), inbox.toString());

        // Nobody outside the two teams reaches it; the sender cannot mark it read for the receiver.
        assertProblem(api.post("api/v1/messages/" + messageId + "/read", "", api.token("chef.tryggahander")), 403);
        assertProblem(api.post("api/v1/messages/" + messageId + "/read", "", chef), 403);
        assertProblem(api.get(path, api.token("chef.tryggahander")), 403);
        String otherAssessor = assessor.equals("handlaggare.soder") ? "handlaggare.kungsholmen" : "handlaggare.soder";
        assertProblem(api.get(path, api.token(otherAssessor)), 403);
        assertProblem(api.get(path, api.token("personal.omsorgshuset")), 403);

        HttpResponse<String> read = api.post("api/v1/messages/" + messageId + "/read", "", assessorToken);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(assessor, Api.json(read.body()).getString("readBy"));
        assertNotNull(Api.json(read.body()).getString("readAt"));
        assertEquals(unreadBefore, unread(assessorToken));
    }

    @Test
    void theAssessorAnswersTheProviderOfTheOrderInForceAndBothSeeTheConversation() {
        JsonObject order = activeOrder();
        long clientId = order.getJsonNumber("clientId").longValue();
        String assessorToken = api.token(assessorOf(clientId));
        long providerUnreadBefore = unread(chef);

        HttpResponse<String> sent = api.post("api/v1/clients/" + clientId + "/messages",
                "{\"subject\":\"Vårdplanering\",\"body\":\"Vårdplanering på sjukhuset på tisdag kl 10.\"}",
                assessorToken);
        assertEquals(201, sent.statusCode(), sent.body());
        assertEquals("PROVIDER", Api.json(sent.body()).getString("to"));
        assertEquals(providerUnreadBefore + 1, unread(chef));

        for (String token : new String[] {chef, assessorToken}) {
            var conversation = Api.jsonArray(api.get("api/v1/clients/" + clientId + "/messages", token).body());
            assertTrue(conversation.stream().map(JsonValue::asJsonObject)
                    .anyMatch(m -> m.getString("subject").equals("Vårdplanering")), conversation.toString());
        }
        assertProblem(api.post("api/v1/clients/" + clientId + "/messages", "{\"subject\":\"\",\"body\":\"x\"}",
                assessorToken), 400);
        assertEquals(0, Api.json(api.get("api/v1/messages/unread-count", api.token("admin")).body()).getInt("unread"),
                "no mailbox, no unread");
    }

    private long unread(String token) {
        HttpResponse<String> r = api.get("api/v1/messages/unread-count", token);
        assertEquals(200, r.statusCode(), r.body());
        return Api.json(r.body()).getJsonNumber("unread").longValue();
    }
}
