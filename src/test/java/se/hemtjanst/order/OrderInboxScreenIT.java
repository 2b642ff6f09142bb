package se.hemtjanst.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Browser;
import se.hemtjanst.it.Deployments;

/**
 * The two sides of an order in the browser: the provider manager acknowledges a new order from the inbox reached
 * from the dashboard and reports changed needs on the client's record; the assessor sees the message unread on
 * the dashboard, writes the next version with its reason and reads the difference between the versions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderInboxScreenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theProviderAcknowledgesAndReportsChangedNeedsAndTheAssessorChangesTheOrder() {
        Api api = new Api(base);
        String soder = api.token("handlaggare.soder");
        JsonObject client = Api.json(api.get("api/v1/clients?q=Pettersson&size=1", soder).body())
                .getJsonArray("items").getJsonObject(0);
        long clientId = client.getJsonNumber("id").longValue();
        String clientName = client.getString("name");
        long omsorgshuset = Api.jsonArray(api.get("api/v1/orders", api.token("chef.omsorgshuset")).body())
                .getJsonObject(0).getJsonNumber("providerId").longValue();
        HttpResponse<String> created = api.post("api/v1/orders", se.hemtjanst.it.TestData.order(clientId, omsorgshuset), soder);
        assertEquals(201, created.statusCode(), created.body());
        long orderId = Api.json(created.body()).getJsonObject("order").getJsonNumber("id").longValue();
        api.post("api/v1/orders/" + orderId + "/send", "", soder);

        try (Browser browser = new Browser(base)) {
            browser.login("chef.omsorgshuset", Api.DEMO_PASSWORD);
            browser.waitVisible(By.id("tileOrdersAwaiting")).click();
            browser.waitText(By.cssSelector("h1"), "Inkorg – beställningar");
            WebElement row = browser.waitVisible(By.xpath("//tr[.//a[@href[contains(., 'id=" + orderId + "')]]]"));
            assertTrue(row.getText().contains("Ny beställning"), row.getText());
            // The inbox exported as CSV, Excel and PDF: the same row in the CSV, real files for the others.
            browser.driver().findElement(By.id("ordersForm:exportCsv")).click();
            assertTrue(Browser.lines(browser.download(".csv")).stream()
                    .anyMatch(l -> l.contains(clientName) && l.contains("Ny beställning")), "inbox CSV");
            browser.driver().findElement(By.id("ordersForm:exportXlsx")).click();
            assertTrue(Browser.startsWith(browser.download(".xlsx"), "PK"), "xlsx is a zip");
            browser.driver().findElement(By.id("ordersForm:exportPdf")).click();
            assertTrue(Browser.startsWith(browser.download(".pdf"), "%PDF"), "a PDF");
            row.findElement(By.cssSelector("button.acknowledge")).click();
            browser.waitText(By.id("ordersForm:messages"), "Beställningen är kvitterad.");

            browser.open("/clients/client.xhtml?id=" + clientId);
            new Select(browser.waitVisible(By.id("messageForm:kind"))).selectByValue("CHANGED_NEEDS");
            browser.waitVisible(By.id("messageForm:orderId"));
            browser.driver().findElement(By.xpath("//label[text()='Förflyttning']")).click();
            browser.type(By.id("messageForm:subject"), "Förändrade behov");
            browser.type(By.id("messageForm:body"), "Tiden räcker inte.");
            browser.driver().findElement(By.id("messageForm:sendMessage")).click();
            browser.waitText(By.id("clientRecord"), "Beskriv vad som har förändrats i den enskildes behov");
            browser.type(By.id("messageForm:body"),
                    "Har fallit två gånger nattetid och behöver nu stöd vid förflyttning ur sängen.");
            browser.driver().findElement(By.id("messageForm:sendMessage")).click();
            browser.waitText(By.id("messages"), "Meddelandet är skickat.");
            browser.waitText(By.id("messagesPanel"), "behöver nu stöd vid förflyttning");
        }

        try (Browser browser = new Browser(base)) {
            browser.login("handlaggare.soder", Api.DEMO_PASSWORD);
            browser.waitVisible(By.id("tileUnreadMessages")).click();
            browser.waitVisible(By.xpath("//a[contains(@class,'unread') and text()='" + clientName + "']"));

            browser.open("/orders/order.xhtml?id=" + orderId);
            browser.waitText(By.id("status"), "Kvitterad");
            browser.waitVisible(By.id("actions:change")).click();
            browser.type(By.id("orderForm:changeReason"), "Behöver stöd vid förflyttning ur sängen på morgonen.");
            WebElement count = browser.waitVisible(By.id("orderForm:lines:0:count"));
            count.clear();
            count.sendKeys("2", org.openqa.selenium.Keys.TAB);
            browser.waitForAjax();
            browser.driver().findElement(By.id("orderForm:saveAndSend")).click();
            browser.waitText(By.id("messages"), "Den nya versionen är skickad till Omsorgshuset Söder AB.");
            browser.waitText(By.id("status"), "Skickad, ej kvitterad");
            browser.waitText(By.id("diffForm:changes"), "Morgonhjälp");
            String diff = browser.driver().findElement(By.id("diffForm:changes")).getText();
            assertTrue(diff.contains("1 gång(er) per dag") && diff.contains("2 gång(er) per dag"), diff);
            assertTrue(diff.contains("Ramtid"), diff);
        }
    }
}
