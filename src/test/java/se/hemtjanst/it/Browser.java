package se.hemtjanst.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's chromium and chromium-driver; .ci/run installs them). The flags keep it off
 * the network: this machine has none beyond loopback.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    public Browser(URL base) {
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("CHROMIUM_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--window-size=1400,1000",
                "--lang=sv-SE", "--user-data-dir=" + profile);
        // Exports land in the profile's downloads folder, where tests open and check them.
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
                profile.resolve("downloads").toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        String s = base.toString();
        this.base = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * Waits for a finished download whose name ends with the suffix, and returns it. Chromium reserves the final
     * name with an empty file when a download starts and writes into a {@code .crdownload} beside it, so a file is
     * finished only when it has content and no download is still being written.
     */
    public Path download(String suffix) {
        Path dir = profile.resolve("downloads");
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(dir)) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                for (Path f : all) {
                    if (f.getFileName().toString().endsWith(suffix) && Files.size(f) > 0) {
                        return f;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** The lines of a downloaded text export (UTF-8). */
    public static java.util.List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether a downloaded file starts with the magic text (PK for xlsx, %PDF for PDF). */
    public static boolean startsWith(Path file, String magic) {
        try (var in = Files.newInputStream(file)) {
            return new String(in.readNBytes(magic.length()), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .equals(magic);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String executable(String env, String fallback) {
        String value = System.getenv(env);
        String path = value == null || value.isBlank() ? fallback : value;
        if (!new File(path).canExecute()) {
            throw new IllegalStateException(path + " is missing: install Debian's chromium and chromium-driver "
                    + "(.ci/run does) or set " + env);
        }
        return path;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    /** Logs in a demo account: password and a fresh TOTP code from its documented secret. */
    public void login(String username, String password) {
        login(username, password, Totp.demoCode(username, Totp.WEB));
    }

    public void login(String username, String password, String code) {
        open("/login.xhtml");
        fillLogin(username, password, code);
    }

    /** Fills the login form already shown (e.g. after a redirect from a protected page) and submits it. */
    public void fillLogin(String username, String password, String code) {
        type(By.id("loginForm:username"), username);
        type(By.cssSelector("#loginForm\\:password input, input#loginForm\\:password"), password);
        if (code != null) {
            type(By.id("loginForm:code"), code);
        }
        driver.findElement(By.id("loginForm:submit")).click();
    }

    public void type(By by, String text) {
        WebElement e = waitVisible(by);
        e.clear();
        e.sendKeys(text);
    }

    public WebElement waitVisible(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitText(By by, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("'" + text + "' not in " + by + " on " + driver.getCurrentUrl() + "; the page says:\n"
                    + pageText(), e);
        }
    }

    /** The visible text of the page, for failure messages. */
    public String pageText() {
        try {
            String body = driver.findElement(By.tagName("body")).getText();
            return body.length() > 3000 ? body.substring(0, 3000) + " ..." : body;
        } catch (RuntimeException e) {
            return "(no page text: " + e + ")";
        }
    }

    public void waitGone(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public void waitRows(By rows, int count) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(rows).size() == count);
    }

    /**
     * Waits until the page has loaded completely (after a full-page POST and its redirect, the elements are there
     * before the scripts and styles: a click then can land where a button was before the layout settled) and
     * PrimeFaces has no ajax request in flight.
     */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A leftover temp profile is harmless.
            }
        }
    }
}
