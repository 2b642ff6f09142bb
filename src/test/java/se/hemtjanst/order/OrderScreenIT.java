package se.hemtjanst.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Browser;
import se.hemtjanst.it.Deployments;

/**
 * An assessor creates and sends a frame order in headless Chromium, counting every interaction from the landing
 * page (the count is recorded in docs/usability.md; the goal is at most 15).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderScreenIT {

    static final int MAX_INTERACTIONS = 15;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAssessorCreatesAndSendsAnOrderInFewInteractions() {
        try (Browser browser = new Browser(base)) {
            browser.login("handlaggare.soder", Api.DEMO_PASSWORD);
            browser.waitVisible(By.id("tileClients"));
            int interactions = 0;

            browser.driver().findElement(By.id("tileClients")).click();
            interactions++;
            browser.type(By.id("clientsForm:search"), "Karlsson");
            interactions++;
            browser.waitRows(By.cssSelector("#clientsForm\\:clients_data tr"), 1);
            browser.driver().findElement(By.cssSelector("#clientsForm\\:clients_data a")).click();
            interactions++;
            browser.waitVisible(By.id("newOrder")).click();
            interactions++;

            browser.waitVisible(By.id("orderForm:providerId"));
            new Select(browser.driver().findElement(By.id("orderForm:providerId")))
                    .selectByVisibleText("Omsorgshuset Söder AB");
            interactions++;
            browser.driver().findElement(By.id("orderForm:description"))
                    .sendKeys("Bor ensam efter en stroke, behöver hjälp att komma igång på morgonen och med dusch.");
            interactions++;
            browser.driver().findElement(By.id("orderForm:purpose")).sendKeys("Att kunna bo kvar hemma tryggt.");
            interactions++;
            new Select(browser.driver().findElement(By.id("orderForm:lines:0:code"))).selectByValue("MORGON");
            interactions++;
            browser.waitText(By.id("orderForm:calculation"), "Morgonhjälp");

            browser.driver().findElement(By.id("orderForm:addLine")).click();
            interactions++;
            browser.waitVisible(By.id("orderForm:lines:1:code"));
            new Select(browser.driver().findElement(By.id("orderForm:lines:1:code"))).selectByValue("BADDUSCH");
            interactions++;
            browser.waitText(By.id("orderForm:calculation"), "Bad/dusch");
            new Select(browser.driver().findElement(By.id("orderForm:lines:1:frequency"))).selectByValue("PER_WEEK");
            interactions++;
            browser.waitText(By.id("orderForm:calculation"), "4,35 tillfällen");
            var count = browser.driver().findElement(By.id("orderForm:lines:1:count"));
            count.clear();
            count.sendKeys("2", Keys.TAB);
            interactions++;
            // (30 + 5) × 30.4375 + (45 + 5) × 2 × 30.4375 / 7 = 1500.13 min = 25,00 h
            browser.waitText(By.id("orderForm:ramtid"), "25,00");

            browser.driver().findElement(By.id("orderForm:saveAndSend")).click();
            interactions++;
            browser.waitText(By.id("messages"), "Beställningen är skickad till Omsorgshuset Söder AB.");

            assertTrue(interactions <= MAX_INTERACTIONS, interactions + " interactions");
            assertEquals(13, interactions, "update docs/usability.md when the flow changes");
        }

        // The provider sees it in its inbox, not yet acknowledged.
        Api api = new Api(base);
        var inbox = Api.jsonArray(api.get("api/v1/orders?status=SENT", api.token("chef.omsorgshuset")).body());
        assertTrue(inbox.stream().anyMatch(o -> o.asJsonObject().getString("clientName").endsWith("Karlsson")
                && "25.00".equals(o.asJsonObject().getJsonNumber("ramtidHours").bigDecimalValue().toPlainString())),
                inbox.toString());
    }
}
