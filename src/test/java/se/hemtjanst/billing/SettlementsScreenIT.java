package se.hemtjanst.billing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Browser;
import se.hemtjanst.it.Deployments;

/**
 * The settlement screen in the browser: system administration settles a provider's month, follows the progress bar
 * to "Beräknad", closes it after confirming, and asks for adjustments (none: nothing was corrected).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettlementsScreenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorSettlesClosesAndAdjustsAMonth() {
        try (Browser browser = new Browser(base)) {
            browser.login("admin", Api.DEMO_PASSWORD);
            browser.waitVisible(By.id("menuForm:menuSettlements"));
            browser.open("/billing/settlements.xhtml");
            new Select(browser.driver().findElement(By.id("settlementsForm:provider")))
                    .selectByVisibleText("Omsorgshuset Söder AB");
            browser.type(By.id("settlementsForm:month"), "2026-13");
            browser.driver().findElement(By.id("settlementsForm:start")).click();
            browser.waitText(By.id("settlementsForm"), "Ange månad som ÅÅÅÅ-MM.");

            browser.type(By.id("settlementsForm:month"), "2026-08");
            browser.driver().findElement(By.id("settlementsForm:start")).click();
            browser.waitText(By.id("settlementsForm"), "Avräkningen av 2026-08 har startat.");
            // The poll follows the batch job until the month is calculated.
            calculatedRows(browser, "//tr[contains(., '2026-08') and contains(., 'Omsorgshuset')"
                    + " and contains(., 'Beräknad')]", 1);

            browser.driver().findElement(By.xpath("//tr[contains(., '2026-08') and contains(., 'Omsorgshuset')]"
                    + "//button[contains(., 'Stäng')]")).click();
            browser.waitVisible(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.waitText(By.id("settlementsForm"), "Avräkningen av 2026-08 är stängd.");

            browser.waitVisible(By.xpath("//tr[contains(., '2026-08') and contains(., 'Omsorgshuset')]"
                    + "//button[contains(@class, 'adjust-button')]")).click();
            browser.waitVisible(By.id("settlementsForm:adjustReason"));
            browser.driver().findElement(By.id("settlementsForm:adjustSave")).click();
            browser.waitText(By.id("settlementsForm:adjustDialog"), "Ange skälet till justeringen");
            browser.type(By.id("settlementsForm:adjustReason"), "Kontroll efter rättelser i augusti.");
            browser.driver().findElement(By.id("settlementsForm:adjustSave")).click();
            browser.waitText(By.id("settlementsForm"), "Inget skiljer sig från det avräknade; inga justeringsrader.");

            // The month for every provider, one click: one job, every provider's row follows it.
            browser.type(By.id("settlementsForm:month"), "2026-05");
            browser.driver().findElement(By.id("settlementsForm:startAll")).click();
            browser.waitText(By.id("settlementsForm"), "Avräkningen av 2026-05 har startat för ");
            calculatedRows(browser, "//tr[contains(., '2026-05') and contains(., 'Beräknad')"
                    + " and (contains(., 'Omsorgshuset') or contains(., 'Trygga'))]", 2);

            // The provider's name opens the month's Timunderlag behind the settlement.
            // (The progress poll may re-render the table between finding the link and clicking it: find it again.)
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                        d.findElement(By.xpath("//tr[contains(., '2026-08')]//a[contains(., 'Omsorgshuset')]")).click();
                        return true;
                    });
            browser.waitText(By.id("reportTitle"), "Omsorgshuset Söder AB · 2026-08");
        }
    }

    /** Waits (a minute at most) until the settlements table shows that many rows of the path. */
    private static void calculatedRows(Browser browser, String rows, int count) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
                .until(d -> d.findElements(By.xpath(rows)).size() == count);
    }
}
