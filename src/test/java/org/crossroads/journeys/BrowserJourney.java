package org.crossroads.journeys;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives Debian's headless Chromium against the application on its random port: one browser per test
 * class, explicit waits, a screenshot in target/browser-screenshots after every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;
    private Path profile;

    @BeforeAll
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("crossroads-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("CHROMIUM_BINARY", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"))).build();
        browser = new ChromeDriver(service, options);
        // a condition may read an element of the page a click is just replacing: try again, as for one not found yet
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void screenshot(TestInfo test) throws IOException {
        Path folder = Path.of("target/browser-screenshots");
        Files.createDirectories(folder);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName() + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Logs in with a fresh session and waits for the signed-in header. */
    void logIn(String username, String password) {
        open("/login");
        browser.manage().deleteAllCookies();
        open("/login");
        waitFor(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        waitFor(By.cssSelector("header form[action$='/logout']"));
    }

    void phoneSize() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    void desktopSize() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private static String executable(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
