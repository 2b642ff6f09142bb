package se.hemtjanst.identity;

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
import se.hemtjanst.it.Accounts;
import se.hemtjanst.it.Api;
import se.hemtjanst.it.Browser;
import se.hemtjanst.it.Deployments;
import se.hemtjanst.it.Totp;

/** The login page with two factors, and the enrolment of a new account's authenticator with its QR code. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginScreenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aPersonLogsInWithPasswordAndCodeAndAWrongCodeIsRefused() {
        try (Browser browser = new Browser(base)) {
            browser.login("handlaggare.kungsholmen", Api.DEMO_PASSWORD,
                    Totp.staleCode(Totp.demoSecret("handlaggare.kungsholmen")));
            browser.waitText(By.id("loginForm:messages"), "Fel användarnamn, lösenord eller engångskod.");
            browser.login("handlaggare.kungsholmen", Api.DEMO_PASSWORD, null);
            browser.waitText(By.id("loginForm:messages"), "Fel användarnamn, lösenord eller engångskod.");
            browser.login("handlaggare.kungsholmen", Api.DEMO_PASSWORD);
            browser.waitText(By.id("dashboardTitle"), "Erik Holm");
        }
    }

    @Test
    void aNewAccountSetsUpItsAuthenticatorFromTheQrCodeAndThenLogsIn() {
        Api api = new Api(base);
        String user = Accounts.newStaff(api, api.token("admin"));
        try (Browser browser = new Browser(base)) {
            browser.login(user, Accounts.PASSWORD, null);
            browser.waitVisible(By.id("enrolQr"));
            assertTrue(browser.driver().getCurrentUrl().contains("/enrol.xhtml"), browser.driver().getCurrentUrl());
            assertTrue(browser.driver().findElement(By.id("enrolQr")).getAttribute("src")
                    .startsWith("data:image/png;base64,"));
            String secret = browser.driver().findElement(By.id("enrolForm:secret")).getText().replace(" ", "");
            assertEquals(32, secret.length(), secret);

            browser.type(By.id("enrolForm:code"), Totp.staleCode(secret));
            browser.driver().findElement(By.id("enrolForm:confirm")).click();
            browser.waitText(By.id("enrolForm"), "Koden stämmer inte.");

            browser.type(By.id("enrolForm:code"), Totp.code(user, secret, Totp.ENROL));
            browser.driver().findElement(By.id("enrolForm:confirm")).click();
            browser.waitText(By.id("loginForm:messages"), "Autentiseringsappen är kopplad.");

            browser.fillLogin(user, Accounts.PASSWORD, Totp.code(user, secret, Totp.WEB));
            browser.waitText(By.id("dashboardTitle"), "Test Testsson");
        }
        // The enrolment page is no way in without a fresh password check.
        try (Browser other = new Browser(base)) {
            other.open("/enrol.xhtml");
            other.waitVisible(By.id("loginForm:username"));
        }
    }

    @Test
    void anAdminResetsALostAuthenticatorOnTheAccountsPage() {
        Api api = new Api(base);
        String admin = api.token("admin");
        String user = Accounts.newStaff(api, admin);
        Accounts.enrol(api, user);
        try (Browser browser = new Browser(base)) {
            browser.login("admin", Api.DEMO_PASSWORD);
            browser.waitVisible(By.id("dashboardTitle"));
            browser.open("/admin/accounts.xhtml");
            browser.type(By.id("accountsForm:username"), user);
            browser.driver().findElement(By.id("accountsForm:find")).click();
            browser.waitText(By.id("accountsForm:state"), "Autentiseringsapp kopplad");
            browser.driver().findElement(By.id("accountsForm:resetTotp")).click();
            browser.waitText(By.id("accountsForm:messages"), "Ange varför autentiseringsappen återställs.");
            browser.type(By.id("accountsForm:reason"), "Tappad telefon, ärende 4712");
            browser.driver().findElement(By.id("accountsForm:resetTotp")).click();
            browser.waitText(By.id("accountsForm:state"), "Ingen autentiseringsapp");
        }
        assertTrue(Api.jsonArray(api.get("api/v1/security-events?username=" + user, admin).body()).stream()
                .map(v -> v.asJsonObject()).anyMatch(e -> e.getString("kind").equals("TOTP_RESET")
                        && e.getString("detail").contains("4712")));
        // Not for anyone else: the page is closed to staff.
        try (Browser staff = new Browser(base)) {
            staff.login("personal.egenregi", Api.DEMO_PASSWORD);
            staff.waitVisible(By.id("dashboardTitle"));
            staff.open("/admin/accounts.xhtml");
            assertTrue(staff.driver().findElements(By.id("accountsForm:username")).isEmpty());
        }
    }
}
