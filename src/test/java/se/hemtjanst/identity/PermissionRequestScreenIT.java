package se.hemtjanst.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import se.hemtjanst.it.Totp;
import se.hemtjanst.it.Accounts;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Browser;
import se.hemtjanst.it.Deployments;

/**
 * Behörigheter in the browser, both sides: a newcomer applies on screen and sees the request pending; a newcomer's
 * application (sent over REST) is approved on screen by the provider's manager.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermissionRequestScreenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theProvidersManagerApprovesAnApplicationOnScreen() {
        Api api = new Api(base);
        String admin = api.token("admin");
        long omsorgshuset = Api.json(api.get("api/v1/accounts/personal.omsorgshuset", admin).body())
                .getJsonNumber("providerId").longValue();
        String username = "it.s" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        assertEquals(201, api.post("api/v1/accounts", "{\"username\":\"" + username + "\",\"displayName\":"
                + "\"Skärm Sökande\",\"initialPassword\":\"" + Accounts.PASSWORD + "\",\"roles\":[]}", admin)
                .statusCode());
        String secret = Accounts.enrol(api, username);
        String token = api.newToken(username, Accounts.PASSWORD, secret);
        HttpResponse<String> applied = api.post("api/v1/permission-requests", "{\"role\":\"STAFF\",\"unitId\":"
                + omsorgshuset + ",\"motivation\":\"Börjar på måndag\"}", token);
        assertEquals(201, applied.statusCode(), applied.body());
        long id = Api.json(applied.body()).getJsonNumber("id").longValue();

        try (Browser browser = new Browser(base)) {
            browser.login("chef.omsorgshuset", Api.DEMO_PASSWORD);
            browser.waitVisible(By.id("menuForm:menuPermissions"));
            browser.open("/permissions.xhtml");
            browser.waitText(By.id("permissionsForm:toDecide"), username);
            By row = By.xpath("//tbody[@id='permissionsForm:toDecide_data']/tr[contains(., '" + username + "')]");
            browser.driver().findElement(row).findElement(By.cssSelector("input[id$=':note']"))
                    .sendKeys("Välkommen");
            browser.driver().findElement(row).findElement(By.cssSelector("button[id$=':approve']")).click();
            browser.waitText(By.id("permissionsForm:messages"), "Ansökan från Skärm Sökande (" + username
                    + ") är beviljad.");
        }

        JsonObject mine = Api.jsonArray(api.get("api/v1/permission-requests", token).body()).stream()
                .map(v -> v.asJsonObject()).filter(v -> v.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow();
        assertEquals("APPROVED", mine.getString("status"));
        assertEquals("chef.omsorgshuset", mine.getString("decidedBy"));
        assertTrue(Api.json(api.get("api/v1/accounts/" + username, admin).body()).getJsonArray("roles").toString()
                .contains("STAFF"));
    }

    @Test
    void aNewcomerAppliesOnScreenAndSeesTheRequestPending() {
        Api api = new Api(base);
        String admin = api.token("admin");
        String username = "it.a" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        assertEquals(201, api.post("api/v1/accounts", "{\"username\":\"" + username + "\",\"displayName\":"
                + "\"Ny Ansökare\",\"initialPassword\":\"" + Accounts.PASSWORD + "\",\"roles\":[]}", admin)
                .statusCode());
        String secret = Accounts.enrol(api, username);

        try (Browser browser = new Browser(base)) {
            browser.login(username, Accounts.PASSWORD, Totp.code(username, secret, Totp.WEB));
            browser.waitVisible(By.id("menuForm:menuPermissions"));
            browser.open("/permissions.xhtml");
            new Select(browser.waitVisible(By.id("permissionsForm:role"))).selectByVisibleText("Hemtjänstpersonal");
            new Select(browser.driver().findElement(By.id("permissionsForm:unit")))
                    .selectByVisibleText("Utförare: Omsorgshuset Söder AB");
            browser.type(By.id("permissionsForm:motivation"), "Anställd från december");
            browser.driver().findElement(By.id("permissionsForm:apply")).click();
            browser.waitText(By.id("permissionsForm:messages"), "Ansökan är skickad");
            browser.waitText(By.id("permissionsForm:mine"), "Väntar på beslut");
            assertTrue(browser.driver().findElement(By.id("permissionsForm:mine")).getText()
                    .contains("Omsorgshuset Söder AB"));
            assertTrue(browser.driver().findElements(By.id("permissionsForm:toDecide")).isEmpty(),
                    "no decision list for a person without a manager's role");
        }
    }
}
