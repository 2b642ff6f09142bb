package se.hemtjanst.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
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
 * The assessor's follow-up in the browser: from the menu to the district's months, one click to the clients of
 * September, one more to the client's visits — three clicks from anywhere; the client list exported to CSV.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FollowUpScreenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAssessorDrillsFromTheDistrictToAClientsVisits() throws Exception {
        Api api = new Api(base);
        String soder = api.token("handlaggare.soder");
        String chef = api.token("chef.tryggahander");
        long clientId = TestData.newClient(api, soder, "Borr", "Nedåt");
        long providerId = TestData.providerOf(api, chef);
        long orderId = TestData.acknowledgedOrder(api, soder, chef, TestData.order(clientId, providerId, "2026-09-01",
                TestData.CLEANING_TWICE_A_MONTH));
        String staff = api.token("personal.tryggahander");
        for (String day : List.of("2026-09-08", "2026-09-15")) {
            TestData.manualVisit(api, staff, clientId, day + "T09:00:00+02:00", day + "T09:45:00+02:00", "NO_TAG");
        }

        try (Browser browser = new Browser(base)) {
            browser.login("handlaggare.soder", Api.DEMO_PASSWORD);
            // From the dashboard: the individuppföljning tile opens the follow-up.
            browser.waitVisible(By.id("tileIndividualFollowUp")).click();
            browser.waitVisible(By.id("followUpForm:months"));
            // The individuppföljning list shows 25 clients a page; its export holds all, this client among them
            // (ordered time from September, no visits in the last two whole months: -100 % twice).
            assertTrue(browser.driver().findElements(By.cssSelector("#followUpForm\\:individual_data > tr")).size() <= 25);
            browser.driver().findElement(By.id("followUpForm:exportIndividualCsv")).click();
            assertTrue(Browser.lines(browser.download("individuppfoljning.csv")).stream()
                    .anyMatch(l -> l.contains("Nedåt, Borr") && l.contains("-100")), "individuppföljning CSV");
            browser.type(By.id("followUpForm:from"), "2026-09");
            browser.type(By.id("followUpForm:to"), "2026-10");
            browser.driver().findElement(By.id("followUpForm:show")).click();
            browser.waitForAjax();
            browser.waitText(By.id("followUpForm:months"), "september 2026");
            assertTrue(!browser.driver().findElement(By.id("followUpForm:months")).getText().contains("augusti"),
                    "only September and October");
            assertTrue(browser.driver().findElements(By.cssSelector("#followUpForm\\:chart canvas")).size() == 1,
                    "the chart is drawn");

            browser.driver().findElement(By.cssSelector("a[data-month='2026-09']")).click();
            browser.waitForAjax();
            browser.waitText(By.id("followUpForm:clients"), "Nedåt, Borr");
            String row = browser.driver().findElement(By.xpath("//tbody[@id='followUpForm:clients_data']"
                    + "/tr[contains(., 'Nedåt, Borr')]")).getText();
            // 2.17 h ordered, 1.50 h performed: −30.9 %.
            assertTrue(row.contains("2,17") && row.contains("1,50") && row.contains("30,9 %"), row);

            browser.driver().findElement(By.id("followUpForm:exportClientsCsv")).click();
            Path csv = browser.download("-brukare.csv");
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertTrue(lines.stream().anyMatch(l -> l.contains("Nedåt, Borr") && l.contains("2,17")), lines.toString());

            browser.driver().findElement(By.cssSelector("a[data-client='" + clientId + "']")).click();
            browser.waitText(By.id("visitsTitle"), "Besök hos Nedåt, Borr");
            String visits = browser.driver().findElement(By.id("followUpForm:visits_data")).getText();
            assertTrue(visits.contains("45") && visits.contains("personal.tryggahander") && visits.contains("Manuell"),
                    visits);
        }
    }
}
