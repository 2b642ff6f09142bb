package se.hemtjanst.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hemtjanst.it.Api.assertProblem;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Deployments;
import se.hemtjanst.it.TestData;

/**
 * The Timunderlag LOV over HTTP for one client of Omsorgshuset in October 2026, computed by hand: ramtid 25.00 h
 * and ledsagning 4 h a month from 1 October, a pause of 10 of October's 31 days, and visits whose correction
 * window has passed (so they count): RAM-tid 60 + 45 + 30 min, ledsagning 90 min.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimunderlagApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;
    String chef;
    long clientId;
    long providerId;

    /** Once for the class (the deployment's URL is injected only before each test). */
    @BeforeEach
    void october() {
        if (api != null) {
            return;
        }
        api = new Api(base);
        chef = api.token("chef.omsorgshuset");
        String soder = api.token("handlaggare.soder");
        HttpResponse<String> client = api.post("api/v1/clients", "{\"personalIdentityNumber\":\""
                + TestData.newPersonalIdentityNumber() + "\",\"firstName\":\"Oktober\",\"lastName\":\"Timunderlag\"}",
                soder);
        assertEquals(201, client.statusCode(), client.body());
        clientId = Api.json(client.body()).getJsonNumber("id").longValue();
        providerId = TestData.providerOf(api, chef);
        HttpResponse<String> order = api.post("api/v1/orders",
                TestData.order(clientId, providerId).replace("2026-12-01", "2026-10-01"), soder);
        assertEquals(201, order.statusCode(), order.body());
        long orderId = Api.json(order.body()).getJsonObject("order").getJsonNumber("id").longValue();
        api.post("api/v1/orders/" + orderId + "/send", "", soder);
        assertEquals(200, api.post("api/v1/orders/" + orderId + "/acknowledgement", "", chef).statusCode());
        assertEquals(201, api.post("api/v1/orders/" + orderId + "/pauses",
                "{\"firstDay\":\"2026-10-11\",\"lastDay\":\"2026-10-20\",\"reason\":\"Sjukhusvistelse\"}", soder)
                .statusCode());
        String staff = api.token("personal.omsorgshuset");
        for (String[] v : List.of(new String[] {"RAM", "2026-10-05T09:00:00+02:00", "2026-10-05T10:00:00+02:00"},
                new String[] {"RAM", "2026-10-06T09:00:00+02:00", "2026-10-06T09:45:00+02:00"},
                new String[] {"RAM", "2026-10-07T09:00:00+02:00", "2026-10-07T09:30:00+02:00"},
                new String[] {"LEDSAGNING", "2026-10-08T13:00:00+02:00", "2026-10-08T14:30:00+02:00"})) {
            HttpResponse<String> r = api.post("api/v1/visits/manual", "{\"clientId\":" + clientId
                    + ",\"serviceCode\":\"" + v[0] + "\",\"arrival\":\"" + v[1] + "\",\"departure\":\"" + v[2]
                    + "\",\"reasonCode\":\"PHONE_FAILURE\"}", staff);
            assertEquals(201, r.statusCode(), r.body());
        }
    }

    String path() {
        return "api/v1/reports/timunderlag?provider=" + providerId + "&month=2026-10&client=" + clientId;
    }

    static String figures(JsonObject row) {
        return String.join(" ", row.getString("insatstyp"), row.getJsonNumber("beviljadTid").bigDecimalValue().toPlainString(),
                row.getJsonNumber("uppehall").bigDecimalValue().toPlainString(),
                row.getJsonNumber("beviljadTidLov").bigDecimalValue().toPlainString(),
                row.getJsonNumber("utfordTid").bigDecimalValue().toPlainString(),
                row.getJsonNumber("ersattningstimmar").bigDecimalValue().toPlainString(),
                String.valueOf(row.getInt("antalBesok")),
                row.getJsonNumber("tidPerBesok").bigDecimalValue().toPlainString());
    }

    @Test
    void theClientsFiguresAreExactToTheHundredthOfAnHour() {
        HttpResponse<String> r = api.get(path(), chef);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject report = Api.json(r.body());
        assertTrue(report.getBoolean("complete"), "every visit's correction window has passed");
        // 25 × 10/31 = 8.06; 25 − 8.0645 = 16.94; 4 × 10/31 = 1.29; 4 − 1.2903 = 2.71; 3.75 h / 4 visits = 0.94.
        assertEquals(List.of("Ramtid 25.00 8.06 16.94 2.25 2.25 3 0.75", "Ledsagning 4.00 1.29 2.71 1.50 1.50 1 1.50"),
                report.getJsonArray("rows").stream().map(v -> figures(v.asJsonObject())).toList());
        assertEquals("29.00 9.35 19.65 3.75 3.75 4 0.94",
                figures(report.getJsonObject("total")).substring(figures(report.getJsonObject("total")).indexOf(' ') + 1));
    }

    @Test
    void asCsvWithSemicolonsAndDecimalCommasForExcel() {
        HttpResponse<String> r = api.send(api.builder(path(), chef).setHeader("Accept", "text/csv").GET().build());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = r.body().lines().toList();
        assertEquals("Insatstyp;Beviljad tid;Uppehåll;Beviljad tid LOV;Utförd tid;Ersättn.timmar;Antal besök;Tid per besök",
                lines.get(0));
        assertEquals("Ramtid;25,00;8,06;16,94;2,25;2,25;3;0,75", lines.get(1));
        assertTrue(lines.get(3).endsWith(";29,00;9,35;19,65;3,75;3,75;4;0,94"), lines.get(3));
    }

    @Test
    void onlyTheProvidersManagersAndAdministrationSeeIt() {
        assertProblem(api.get(path(), api.token("chef.tryggahander")), 403);
        assertProblem(api.get(path(), api.token("personal.omsorgshuset")), 403);
        assertProblem(api.get(path(), api.token("handlaggare.soder")), 403);
        assertEquals(200, api.get(path(), api.token("admin")).statusCode());
        assertProblem(api.get("api/v1/reports/timunderlag?month=2026-13", chef), 400);
        assertProblem(api.get("api/v1/reports/timunderlag?month=2019-01", chef), 404);
        // The whole provider's report holds this client's rows among the others.
        JsonObject whole = Api.json(api.get("api/v1/reports/timunderlag?month=2026-10", chef).body());
        assertTrue(whole.getInt("clients") > 1, whole.toString());
    }
}
