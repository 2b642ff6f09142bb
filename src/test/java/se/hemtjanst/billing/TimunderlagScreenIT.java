package se.hemtjanst.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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

/**
 * The provider manager's Timunderlag LOV in the browser: the same total row as the REST resource, and the three
 * exports downloaded, opened and read — CSV with semicolons and decimal commas, an Excel sheet, a PDF.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TimunderlagScreenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theManagerShowsTheMonthAndExportsItThreeWays() throws Exception {
        Api api = new Api(base);
        JsonObject total = Api.json(api.get("api/v1/reports/timunderlag?month=2026-10",
                api.token("chef.omsorgshuset")).body()).getJsonObject("total");
        String expectedTotal = total.getJsonNumber("beviljadTid").bigDecimalValue().toPlainString().replace('.', ',');

        try (Browser browser = new Browser(base)) {
            browser.login("chef.omsorgshuset", Api.DEMO_PASSWORD);
            browser.waitVisible(By.id("tileClients"));
            browser.open("/billing/timunderlag.xhtml");
            browser.type(By.id("reportForm:month"), "2026-13");
            browser.driver().findElement(By.id("reportForm:showReport")).click();
            browser.waitText(By.id("reportForm"), "Ange månad som ÅÅÅÅ-MM.");

            browser.type(By.id("reportForm:month"), "2026-10");
            browser.driver().findElement(By.id("reportForm:showReport")).click();
            browser.waitText(By.id("reportTitle"), "Omsorgshuset Söder AB · 2026-10");
            String totalRow = browser.driver().findElement(By.cssSelector("#reportForm\\:timunderlag_data tr.total-row"))
                    .getText();
            assertTrue(totalRow.contains(expectedTotal), totalRow + " / " + expectedTotal);

            browser.driver().findElement(By.id("reportForm:exportCsv")).click();
            Path csv = browser.download(".csv");
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertTrue(lines.get(0).contains("Insatstyp") && lines.get(0).contains(";"), lines.get(0));
            assertTrue(lines.stream().anyMatch(l -> l.contains(expectedTotal)), lines.toString());

            browser.driver().findElement(By.id("reportForm:exportXlsx")).click();
            Path xlsx = browser.download(".xlsx");
            try (InputStream in = Files.newInputStream(xlsx); Workbook book = WorkbookFactory.create(in)) {
                Sheet sheet = book.getSheetAt(0);
                assertEquals("Insatstyp", sheet.getRow(0).getCell(0).getStringCellValue());
                assertEquals("Ramtid", sheet.getRow(1).getCell(0).getStringCellValue());
            }

            browser.driver().findElement(By.id("reportForm:exportPdf")).click();
            Path pdf = browser.download(".pdf");
            PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
            try {
                String text = new PdfTextExtractor(reader).getTextFromPage(1);
                assertTrue(text.contains("Insatstyp") && text.contains("Ramtid"), text);
            } finally {
                reader.close();
            }

            // The report as a link (from a bookmark or the settlements), and another provider's refused.
            long own = se.hemtjanst.it.TestData.providerOf(api, api.token("chef.omsorgshuset"));
            browser.open("/billing/timunderlag.xhtml?provider=" + own + "&month=2026-10");
            browser.waitText(By.id("reportTitle"), "Omsorgshuset Söder AB · 2026-10");
            long other = se.hemtjanst.it.TestData.providerOf(api, api.token("chef.tryggahander"));
            browser.open("/billing/timunderlag.xhtml?provider=" + other + "&month=2026-10");
            browser.waitText(By.id("reportForm:messages"), "Du kan bara se er egen utförares underlag.");
            assertTrue(browser.driver().findElements(By.id("reportTitle")).isEmpty(), "another provider's report");
        }
    }
}
