package se.hemtjanst.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Browser;
import se.hemtjanst.it.Deployments;

/**
 * The provider manager's visit screen in the browser: a visit of one minute shows up as a deviation with the days
 * left, the manager corrects it in the dialog (a reason is required) and it leaves the list, the original kept.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VisitScreenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theManagerSeesTheDeviationWithItsDaysLeftAndCorrectsIt() {
        Api api = new Api(base);
        String chef = api.token("chef.omsorgshuset");
        JsonObject client = Api.json(api.get("api/v1/clients?size=100", chef).body()).getJsonArray("items")
                .getJsonObject(5);
        long clientId = client.getJsonNumber("id").longValue();
        String uid = ScanApiIT.randomUid();
        assertEquals(201, api.post("api/v1/clients/" + clientId + "/tags", "{\"uid\":\"" + uid + "\"}", chef)
                .statusCode());
        String staff = api.deviceToken("personal2.omsorgshuset");
        assertEquals(201, api.post("api/v1/scans", ScanApiIT.scan(UUID.randomUUID().toString(), "ARRIVAL",
                ScanApiIT.uid(uid), ScanApiIT.now(-600), null), staff).statusCode());
        HttpResponse<String> out = api.post("api/v1/scans", ScanApiIT.scan(UUID.randomUUID().toString(), "DEPARTURE",
                ScanApiIT.uid(uid), ScanApiIT.now(-540), null), staff);
        long visitId = Api.json(out.body()).getJsonObject("visit").getJsonNumber("id").longValue();

        try (Browser browser = new Browser(base)) {
            browser.login("chef.omsorgshuset", Api.DEMO_PASSWORD);
            browser.waitVisible(By.id("tileDeviations")).click();
            browser.waitText(By.id("visitsForm:deviations"), client.getString("name"));
            WebElement row = browser.waitVisible(By.xpath("//tbody[@id='visitsForm:deviations_data']"
                    + "//button[@data-visit='" + visitId + "']/ancestor::tr[1]"));
            assertTrue(row.getText().contains("För kort"), row.getText());
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
            long daysLeft = se.hemtjanst.visit.domain.CorrectionWindow.daysLeft(today,
                    se.hemtjanst.visit.domain.CorrectionWindow.lastDay(today, 3));
            assertTrue(row.getText().startsWith(daysLeft + " "), daysLeft + " days left: " + row.getText());
            // The deviation list exported: the same row, with what is wrong, in the CSV.
            browser.driver().findElement(By.id("visitsForm:exportDeviationsCsv")).click();
            assertTrue(Browser.lines(browser.download(".csv")).stream()
                    .anyMatch(l -> l.contains(client.getString("name")) && l.contains("För kort")), "deviation CSV");

            row.findElement(By.cssSelector("button.correct")).click();
            browser.waitVisible(By.id("correctionForm:reason"));
            browser.driver().findElement(By.id("correctionForm:saveCorrection")).click();
            browser.waitText(By.id("correctionForm"), "Ange orsak till rättelsen");

            browser.waitForAjax();
            browser.type(By.id("correctionForm:reason"), "Glömde att läsa av taggen när jag gick.");
            String arrival = browser.driver().findElement(By.id("correctionForm:arrival")).getAttribute("value");
            // 25 minutes after the arrival, typed as digits into the mask yyyy-MM-dd HH:mm.
            java.time.LocalDateTime a = java.time.LocalDateTime.parse(arrival.replace(' ', 'T'));
            WebElement departure = browser.driver().findElement(By.id("correctionForm:departure"));
            departure.clear();
            departure.sendKeys(a.plusMinutes(25).toString().replace('T', ' ').replaceAll("[^0-9]", ""));
            browser.driver().findElement(By.id("correctionForm:saveCorrection")).click();
            browser.waitText(By.id("visitsForm:messages"), "Besöket är rättat.");

            // A day as a link: the visit's day lists it, a day long ago nothing.
            String visitDay = Api.json(api.get("api/v1/visits/" + visitId, chef).body()).getString("visitDay");
            browser.open("/visits/index.xhtml?day=" + visitDay);
            browser.waitText(By.id("visitsForm:today"), client.getString("name"));
            browser.open("/visits/index.xhtml?day=2020-01-06");
            browser.waitText(By.id("visitsForm:today"), "Inga besök registrerade.");
        }
        JsonObject visit = Api.json(api.get("api/v1/visits/" + visitId, chef).body());
        assertEquals(25, visit.getInt("minutes"));
        assertTrue(api.get("api/v1/visits/" + visitId + "/history", chef).body().contains("Glömde att läsa av"));
    }
}
