package se.hemtjanst.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Browser;
import se.hemtjanst.it.Deployments;
import se.hemtjanst.it.TestData;
import se.hemtjanst.plan.domain.DeadlineStatus;
import se.hemtjanst.plan.domain.SigningDeadline;

/**
 * A provider manager writes the implementation plan in headless Chromium, sees planned time against ramtid while
 * typing (and by how much it is above), saves, signs, and is told (keeping the input) when someone else saved in
 * between. The order is {@link TestData#order}: ramtid 25,00 h, from 2026-12-01, sign by 2026-12-16.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanScreenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aProviderManagerWritesAndSignsThePlanWithinRamtid() {
        Api api = new Api(base);
        String soder = api.token("handlaggare.soder");
        String chef = api.token("chef.omsorgshuset");
        HttpResponse<String> c = api.post("api/v1/clients", "{\"personalIdentityNumber\":\""
                + TestData.newPersonalIdentityNumber() + "\",\"firstName\":\"Skärm\",\"lastName\":\"Plansson\"}", soder);
        long clientId = Api.json(c.body()).getJsonNumber("id").longValue();
        long provider = TestData.providerOf(api, chef);
        long orderId = Api.json(api.post("api/v1/orders", TestData.order(clientId, provider), soder).body())
                .getJsonObject("order").getJsonNumber("id").longValue();
        api.post("api/v1/orders/" + orderId + "/send", "", soder);
        api.post("api/v1/orders/" + orderId + "/acknowledgement", "", chef);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        LocalDate deadline = SigningDeadline.of(LocalDate.of(2026, 12, 1));

        try (Browser browser = new Browser(base)) {
            browser.login("chef.omsorgshuset", Api.DEMO_PASSWORD);
            browser.waitVisible(By.id("tilePlansOverdue"));
            browser.waitVisible(By.id("tilePlansDueSoon"));
            browser.open("/plans/plan.xhtml?clientId=" + clientId);
            browser.waitText(By.id("deadline"), "2026-12-16");
            // The proposal from the order: 30 and 45 minutes, 21,74 h of 25,00 h.
            browser.waitText(By.id("planForm:frame"), "21,74");

            browser.type(By.id("planForm:activities:0:timeOfDay"), "07:30");
            browser.type(By.id("planForm:activities:0:how"), "Väck försiktigt, frukost vid köksbordet");
            browser.type(By.id("planForm:activities:0:wishes"), "Kaffe med mjölk");
            minutes(browser, 0, "35");
            browser.waitText(By.id("planForm:frame"), "24,28");
            // (35 × 30,4375 + 60 × 2 × 30,4375 / 7) / 60 = 26,45 h: 1,45 h (87 min) above ramtid
            minutes(browser, 1, "60");
            browser.waitText(By.id("planForm:frameText"), "1,45 h (87 min) över ramtiden 25,00 h");
            // Time moved from the shower back: exactly the ordered 25,00 h.
            minutes(browser, 1, "50");
            browser.waitText(By.id("planForm:frameText"), "Inom ramtiden: 0,00 h kvar av 25,00 h");

            browser.type(By.id("planForm:goals:0:activity"), "Klär på sig själv, personalen hjälper med strumpor");
            browser.type(By.id("planForm:contactPerson"), "Fatima Ali");
            browser.type(By.id("planForm:clientParticipation"), "Planen skrevs hemma hos brukaren, som valde tiderna.");
            browser.driver().findElement(By.id("planForm:save")).click();
            browser.waitText(By.id("planForm:messages"), "Genomförandeplanen är sparad (revision 1).");
            browser.waitText(By.id("planStatus"), statusText(SigningDeadline.status(deadline, null, today)));
            assertEquals("35", browser.driver().findElement(By.id("planForm:activities:0:minutes")).getAttribute("value"));

            browser.waitVisible(By.id("signForm:signedOn"));
            assertEquals(today.toString(), browser.driver().findElement(By.id("signForm:signedOn")).getAttribute("value"));
            // The save's redirect loads the page anew: wait until it has loaded completely, so the tick and the
            // click land on the form that is sent and not where its button was before the layout settled.
            browser.waitForAjax();
            browser.driver().findElement(By.id("signForm:clientSigned")).click();
            assertTrue(browser.driver().findElement(By.id("signForm:clientSigned")).isSelected(), "ticked");
            browser.driver().findElement(By.id("signForm:signPlan")).click();
            browser.waitText(By.id("planForm:messages"), "Underskriften är registrerad.");
            browser.waitText(By.id("planStatus"), statusText(SigningDeadline.status(deadline, today, today)));
            browser.waitText(By.id("signed"), today + " · Fatima Ali");
            browser.waitText(By.id("revisions"), "Undertecknad");

            // Someone else saves meanwhile (another tab, or the phone): this screen's save is refused, input kept.
            JsonObject current = Api.json(api.get("api/v1/clients/" + clientId + "/plan", chef).body());
            String other = "{\"version\":" + current.getJsonNumber("version") + ",\"contactPerson\":\"Fatima Ali\","
                    + "\"activities\":[{\"serviceCode\":\"MORGON\",\"minutes\":30},"
                    + "{\"serviceCode\":\"BADDUSCH\",\"minutes\":45}]}";
            assertEquals(200, api.put("api/v1/clients/" + clientId + "/plan", other, chef).statusCode());
            browser.type(By.id("planForm:activities:1:how"), "Dusch med duschstol, hjälp med hårtvätt");
            browser.driver().findElement(By.id("planForm:save")).click();
            browser.waitText(By.id("planForm:messages"), "Någon annan har sparat planen sedan du öppnade den.");
            assertEquals("Dusch med duschstol, hjälp med hårtvätt",
                    browser.driver().findElement(By.id("planForm:activities:1:how")).getAttribute("value"));
            assertEquals("35", browser.driver().findElement(By.id("planForm:activities:0:minutes")).getAttribute("value"));

            // The assessor sees the same status on the client's record, and reads the plan without a form to save.
            browser.driver().manage().deleteAllCookies();
            browser.login("handlaggare.soder", Api.DEMO_PASSWORD);
            browser.waitVisible(By.id("tilePlansOverdue"));
            browser.open("/clients/client.xhtml?id=" + clientId);
            browser.waitText(By.id("openPlan"), "Genomförandeplan: "
                    + statusText(SigningDeadline.status(deadline, today, today)));
            browser.driver().findElement(By.id("openPlan")).click();
            browser.waitText(By.id("signed"), today + " · Fatima Ali");
            assertTrue(browser.driver().findElements(By.id("planForm:save")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("signForm:signPlan")).isEmpty());

            // The district's plan list, exported: the client's row with the plan's status as on screen.
            browser.open("/plans/index.xhtml?status=SIGNED");
            browser.waitText(By.id("plansForm:plans"), "Plansson");
            browser.driver().findElement(By.id("plansForm:exportCsv")).click();
            String row = Browser.lines(browser.download(".csv")).stream().filter(l -> l.contains("Plansson"))
                    .findFirst().orElseThrow(() -> new AssertionError("no Plansson row in the plan list export"));
            assertTrue(row.contains(statusText(SigningDeadline.status(deadline, today, today))), row);
            assertTrue(row.contains(today.toString()), row);
        }

        // The assessor reads the plan as saved.
        JsonObject read = Api.json(api.get("api/v1/clients/" + clientId + "/plan", soder).body());
        assertEquals(3, Api.jsonArray(api.get("api/v1/clients/" + clientId + "/plan/revisions", soder).body()).size());
        assertTrue(read.getBoolean("started"));
    }

    private static void minutes(Browser browser, int row, String value) {
        WebElement input = browser.waitVisible(By.id("planForm:activities:" + row + ":minutes"));
        input.clear();
        input.sendKeys(value, Keys.TAB);
        browser.waitForAjax();
    }

    private static String statusText(DeadlineStatus status) {
        return switch (status) {
            case OPEN -> "Utkast";
            case DUE_SOON -> "Ska undertecknas snart";
            case OVERDUE -> "Inte undertecknad i tid";
            case SIGNED -> "Undertecknad";
            case SIGNED_LATE -> "Undertecknad efter tidsfristen";
        };
    }
}
