package se.hemtjanst.client;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Browser;
import se.hemtjanst.it.Deployments;

/** The assessor's client list and record in headless Chromium, including a client of another district. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClientScreenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAssessorFindsAClientOfTheirDistrictAndIsRefusedAnother() {
        Api api = new Api(base);
        long otherDistrictClient = Api.json(api.get("api/v1/clients?size=1", api.token("handlaggare.kungsholmen"))
                .body()).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        try (Browser browser = new Browser(base)) {
            browser.login("handlaggare.soder", Api.DEMO_PASSWORD);
            // The district's count, as the API gives it (other tests register clients in Södermalm too).
            long inDistrict = Api.json(new Api(base).get("api/v1/clients?size=1",
                    new Api(base).token("handlaggare.soder")).body()).getJsonNumber("total").longValue();
            browser.waitText(By.id("tileClients"), String.valueOf(inDistrict));
            browser.driver().findElement(By.id("tileClients")).click();

            browser.waitRows(By.cssSelector("#clientsForm\\:clients_data tr"), (int) Math.min(inDistrict, 25));
            browser.type(By.id("clientsForm:search"), "Andersson");
            browser.waitRows(By.cssSelector("#clientsForm\\:clients_data tr"), 1);
            browser.driver().findElement(By.cssSelector("#clientsForm\\:clients_data a")).click();

            browser.waitText(By.id("clientRecord"), "Margareta Andersson");
            // The assessor may edit the life story: it is shown in its text area.
            assertTrue(browser.driver().findElement(By.id("lifeStoryForm:lifeStory")).getAttribute("value")
                    .contains("sjuksköterska"));

            browser.open("/clients/client.xhtml?id=" + otherDistrictClient);
            browser.waitText(By.id("messages"), "Brukaren tillhör inte ditt distrikt eller din utförare.");
            assertTrue(browser.driver().findElements(By.id("clientRecord")).isEmpty());
        }
    }
}
