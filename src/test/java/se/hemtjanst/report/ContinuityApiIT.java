package se.hemtjanst.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.hemtjanst.it.Api.assertProblem;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
 * Staff continuity on a hand-made fortnight in August 2026 at Omsorgshuset: client A (born in the 1930s) gets two
 * visits a day for 14 days, mornings by Fatima and evenings by Mikael (28 visits, 2 staff); client B one visit a day
 * by Fatima (14 visits, 1 staff). Per month: A met 2.0 different staff, B 1.0. The national indicator (65+, at
 * least two visits a day) counts A with 2.0 and leaves B out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContinuityApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private long client(Api api, String soder, String chef, long providerId) {
        long id = TestData.newClient(api, soder, "Kontinuitet", "Test");
        TestData.acknowledgedOrder(api, soder, chef, TestData.order(id, providerId, "2026-08-01",
                "[{\"code\":\"MORGON\",\"frequency\":\"PER_DAY\",\"count\":1}]"));
        return id;
    }

    private static void visit(Api api, String staff, long client, LocalDate day, String from, String to) {
        TestData.manualVisit(api, staff, client, day + "T" + from + ":00+02:00", day + "T" + to + ":00+02:00",
                "NO_TAG");
    }

    @Test
    void differentStaffPerClientPerMonthAndTheNationalIndicator() {
        Api api = new Api(base);
        String soder = api.token("handlaggare.soder");
        String chef = api.token("chef.omsorgshuset");
        long providerId = TestData.providerOf(api, chef);
        long a = client(api, soder, chef, providerId);
        long b = client(api, soder, chef, providerId);
        String fatima = api.token("personal.omsorgshuset");
        String mikael = api.token("personal2.omsorgshuset");
        LocalDate first = LocalDate.of(2026, 8, 3);
        for (int i = 0; i < 14; i++) {
            LocalDate day = first.plusDays(i);
            visit(api, fatima, a, day, "07:30", "08:00");
            visit(api, mikael, a, day, "19:00", "19:20");
            visit(api, fatima, b, day, "12:00", "12:30");
        }

        for (String reader : new String[] {chef, soder}) {
            JsonObject monthA = Api.jsonArray(api.get("api/v1/reports/follow-up/continuity?level=CLIENT&id=" + a
                    + "&from=2026-08&to=2026-08", reader).body()).getJsonObject(0);
            assertEquals("2026-08 1 2.0", monthA.getString("month") + " " + monthA.getInt("clients") + " "
                    + monthA.getJsonNumber("averageStaff").bigDecimalValue());
        }
        JsonObject monthB = Api.jsonArray(api.get("api/v1/reports/follow-up/continuity?level=CLIENT&id=" + b
                + "&from=2026-07&to=2026-08", chef).body()).getJsonObject(1);
        assertEquals("1.0", monthB.getJsonNumber("averageStaff").bigDecimalValue().toPlainString());
        JsonObject july = Api.jsonArray(api.get("api/v1/reports/follow-up/continuity?level=CLIENT&id=" + b
                + "&from=2026-07&to=2026-08", chef).body()).getJsonObject(0);
        assertEquals(0, july.getInt("clients"));
        assertFalse(july.containsKey("averageStaff") && !july.isNull("averageStaff"), "no visits: no average");

        JsonObject nationalA = Api.json(api.get("api/v1/reports/follow-up/continuity/national?level=CLIENT&id=" + a
                + "&from=2026-08-03", chef).body());
        assertEquals("2026-08-16 1 2.0", nationalA.getString("to") + " " + nationalA.getInt("clients") + " "
                + nationalA.getJsonNumber("averageStaff").bigDecimalValue());
        JsonObject nationalB = Api.json(api.get("api/v1/reports/follow-up/continuity/national?level=CLIENT&id=" + b
                + "&from=2026-08-03", chef).body());
        assertEquals(0, nationalB.getInt("clients"), "one visit a day is not in the indicator");
        // Starting a day later, A has only 26 of the fortnight's visits inside the window: not counted either.
        assertEquals(0, Api.json(api.get("api/v1/reports/follow-up/continuity/national?level=CLIENT&id=" + a
                + "&from=2026-08-04", chef).body()).getInt("clients"));

        assertProblem(api.get("api/v1/reports/follow-up/continuity?level=CLIENT&id=" + a + "&from=2026-08&to=2026-08",
                api.token("chef.tryggahander")), 403);
        assertProblem(api.get("api/v1/reports/follow-up/continuity/national?level=PROVIDER&id=" + providerId
                + "&from=2026-08-03", api.token("chef.tryggahander")), 403);
        assertProblem(api.get("api/v1/reports/follow-up/continuity/national?level=CLIENT&id=" + a
                + "&from=3-augusti", chef), 400);
    }
}
