package se.hemtjanst.catalog;

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
import org.openqa.selenium.WebElement;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Browser;
import se.hemtjanst.it.Deployments;

/** The catalogue screen in real headless Chromium: login, filter, edit with a Swedish validation message, save. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogScreenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void adminEditsACatalogueRow() {
        // A row of its own: the demo catalogue's standard times are what other tests compute ramtid from.
        Api api = new Api(base);
        String code = CatalogApiIT.uniqueCode();
        String unique = "Testinsats " + code.toLowerCase();
        assertEquals(201, api.post("api/v1/catalog/services", CatalogApiIT.newService(code, "2026-01-01")
                .replace("\"Testinsats\"", "\"" + unique + "\""), api.token("admin")).statusCode());
        try (Browser browser = new Browser(base)) {
            browser.open("/catalog/services.xhtml");
            // Not signed in: the screen sends us to the login page first, and back afterwards.
            browser.waitVisible(By.id("loginForm:username"));
            browser.fillLogin("admin", Api.DEMO_PASSWORD, se.hemtjanst.it.Totp.demoCode("admin", se.hemtjanst.it.Totp.WEB));

            browser.waitVisible(By.id("catalogForm:services"));
            assertTrue(browser.driver().getCurrentUrl().contains("/catalog/services.xhtml"));

            WebElement filter = browser.waitVisible(By.cssSelector("#catalogForm\\:services\\:colName input"));
            filter.sendKeys(unique);
            browser.waitRows(By.cssSelector("#catalogForm\\:services_data tr"), 1);
            assertTrue(browser.driver().findElement(By.id("catalogForm:services_data")).getText().contains(code));

            browser.driver().findElement(By.cssSelector("#catalogForm\\:services_data tr button[id$='edit']")).click();
            browser.waitVisible(By.id("editForm:name"));
            browser.waitForAjax();

            WebElement name = browser.driver().findElement(By.id("editForm:name"));
            name.clear();
            browser.driver().findElement(By.id("editForm:save")).click();
            browser.waitText(By.id("editForm"), "Benämning måste anges.");

            browser.type(By.id("editForm:name"), unique + " hela bostaden");
            browser.type(By.id("editForm:standardMinutes"), "75");
            browser.driver().findElement(By.id("editForm:save")).click();
            browser.waitGone(By.id("editDialog"));
            browser.waitText(By.id("catalogForm:services_data"), unique + " hela bostaden");
            assertTrue(browser.driver().findElement(By.id("catalogForm:services_data")).getText().contains("75"));
        }
    }

    @Test
    void staffSeeTheCatalogueButCannotEditIt() {
        try (Browser browser = new Browser(base)) {
            browser.login("personal.omsorgshuset", Api.DEMO_PASSWORD);
            browser.waitVisible(By.id("dashboardTitle"));
            assertTrue(browser.driver().findElement(By.id("dashboardTitle")).getText().contains("Fatima Ali"));
            browser.open("/catalog/services.xhtml");
            browser.waitText(By.id("catalogForm:services_data"), "Morgonhjälp");
            assertTrue(browser.driver().findElements(By.cssSelector("button[id$='edit']")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("catalogForm:newService")).isEmpty());

            // Swedish by default; English is one click away and stays for the session.
            browser.driver().findElement(By.id("menuForm:language")).click();
            browser.waitText(By.id("menuForm"), "Service catalogue");
            browser.open("/index.xhtml");
            browser.waitText(By.id("dashboardTitle"), "Welcome, Fatima Ali");
        }
    }

    @Test
    void aWrongPasswordIsAnsweredInSwedish() {
        try (Browser browser = new Browser(base)) {
            browser.login("admin", "fel-lösenord");
            browser.waitText(By.id("loginForm"), "Fel användarnamn, lösenord eller engångskod.");
        }
    }
}
