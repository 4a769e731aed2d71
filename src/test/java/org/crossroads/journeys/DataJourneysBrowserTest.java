package org.crossroads.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crossroads.IntegrationTest;
import org.crossroads.directory.Places;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The data journey of issue 4: a data officer imports a file with errors, reads the report, fixes it,
 * imports it and sees the city profile update; the public sees "<5" for a small count, and is told while the
 * profile's PDF is made.
 */
@IntegrationTest
class DataJourneysBrowserTest extends BrowserJourney {

    static final String HEADER = "indicator,place,period,categories,value,source,method_note,quality,confidentiality\n";

    @Autowired Places places;

    Path file(String name, String content) throws Exception {
        Path path = Files.createTempDirectory("crossroads-data").resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    void upload(Path file, String action) {
        open("/data/import");
        waitFor(By.id("data-import-form")).findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#data-import-form button[value=" + action + "]")).click();
        wait.until(d -> d.findElements(By.id("batch-counts")).size() > 0);
    }

    @Test
    void aDataOfficerFixesAFileImportsItAndSeesTheProfileUpdate() throws Exception {
        desktopSize();
        logIn("admin", "admin-password-for-tests");
        upload(file("tataouine.csv", HEADER
                + "population,\"Tataouine, TN\",2024,,\"73 300\",INS,,good,public\n"
                + "migrant_associations,\"Tataouine, TN\",2024,,two,municipal register,,good,public\n"), "check");
        assertThat(browser.findElement(By.id("batch-problems")).getText()).contains("3", "value");
        assertThat(browser.findElement(By.id("batch-status")).getText()).contains("nothing");

        upload(file("tataouine-fixed.csv", HEADER
                + "population,\"Tataouine, TN\",2024,,\"73 300\",INS,,good,public\n"
                + "migrant_associations,\"Tataouine, TN\",2024,,2,municipal register,,good,public\n"), "import");
        assertThat(browser.findElements(By.id("batch-problems"))).isEmpty();

        long tataouine = places.resolve("Tataouine, TN").orElseThrow().id();
        open("/cities/" + tataouine + "/profile");
        assertThat(waitFor(By.id("series-population")).getText()).contains("73300");
        assertThat(browser.findElement(By.id("key-indicators")).getText()).contains("2");

        browser.manage().deleteAllCookies();
        open("/cities/" + tataouine + "/profile");
        assertThat(waitFor(By.id("key-indicators")).getText()).contains("<5");

        // the PDF takes a moment to make: the page says so, then says it is ready
        browser.findElement(By.cssSelector("a[data-slow]")).click();
        org.openqa.selenium.WebElement status = waitFor(By.cssSelector(".slow-status"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60))
                .until(d -> status.getText().contains("ready"));
    }
}
