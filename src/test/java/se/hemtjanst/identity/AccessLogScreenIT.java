package se.hemtjanst.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import se.hemtjanst.it.TestData;

/**
 * Loggkontroll in the browser: system administration finds who registered and read a client, by personal identity
 * number, and exports it; an assessor cannot open the screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessLogScreenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorFindsWhoReadAClientAndExportsIt() throws Exception {
        Api api = new Api(base);
        String soder = api.token("handlaggare.soder");
        String pin = TestData.newPersonalIdentityNumber();
        long clientId = Api.json(api.post("api/v1/clients", "{\"personalIdentityNumber\":\"" + pin
                + "\",\"firstName\":\"Logg\",\"lastName\":\"Kontroll\"}", soder).body()).getJsonNumber("id").longValue();
        assertEquals(200, api.get("api/v1/clients/" + clientId, soder).statusCode());

        try (Browser browser = new Browser(base)) {
            browser.login("handlaggare.soder", Api.DEMO_PASSWORD);
            browser.waitVisible(By.id("tileClients"));
            assertTrue(browser.driver().findElements(By.id("menuForm:menuAccessLog")).isEmpty(), "no menu item for an assessor");
            browser.open("/admin/access-log.xhtml");
            browser.waitText(By.tagName("body"), "Ingen behörighet");
        }

        try (Browser browser = new Browser(base)) {
            browser.login("admin", Api.DEMO_PASSWORD);
            browser.waitVisible(By.id("menuForm:menuAccessLog"));
            browser.open("/admin/access-log.xhtml");
            browser.driver().findElement(By.id("accessLogForm:search")).click();
            browser.waitText(By.id("accessLogForm"), "Ange brukare eller användare att söka loggen på.");

            browser.type(By.id("accessLogForm:pin"), pin);
            browser.driver().findElement(By.id("accessLogForm:search")).click();
            browser.waitText(By.id("accessLogForm"), "Logg Kontroll");
            String table = browser.driver().findElement(By.id("accessLogForm:entries")).getText();
            assertTrue(table.contains("handlaggare.soder") && table.contains("Registrerad") && table.contains("Läst"),
                    table);

            browser.driver().findElement(By.id("accessLogForm:exportCsv")).click();
            Path csv = browser.download(".csv");
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertTrue(lines.get(0).contains("Användare") && lines.get(0).contains(";"), lines.get(0));
            assertTrue(lines.stream().anyMatch(l -> l.contains("handlaggare.soder") && l.contains(String.valueOf(clientId))),
                    lines.toString());
        }
        // The review itself leaves a trace: the administrator's search is a read of the client's data.
        var rows = Api.json(api.get("api/v1/access-log?clientId=" + clientId + "&username=admin", api.token("admin"))
                .body()).getJsonArray("items");
        assertTrue(rows.size() >= 1, rows.toString());
    }
}
