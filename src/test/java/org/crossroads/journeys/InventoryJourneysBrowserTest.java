package org.crossroads.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crossroads.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The journeys of issue 2 as a person makes them in a browser, on the built-in dataset. */
@IntegrationTest
class InventoryJourneysBrowserTest extends BrowserJourney {

    @Autowired JdbcClient jdbc;

    @Test
    void aVisitorSearchesFiltersOpensAnInitiativeAndSeesItOnTheMap() {
        open("/");
        waitFor(By.id("home-map"));
        wait.until(d -> d.findElement(By.id("home-map")).getAttribute("data-loaded") != null);
        assertThat(Integer.parseInt(browser.findElement(By.id("home-map")).getAttribute("data-loaded"))).isGreaterThan(50);

        browser.findElement(By.id("home-q")).sendKeys("Sfax");
        browser.findElement(By.cssSelector("main form[role=search] button")).click();
        int found = Integer.parseInt(waitFor(By.id("list-status")).getAttribute("data-total"));
        assertThat(found).isPositive();

        WebElement firstType = browser.findElement(By.cssSelector("#facet-type input[type=checkbox]"));
        String before = browser.findElement(By.id("list-status")).getText();
        String ticked = firstType.getAttribute("value");
        firstType.click(); // the page submits itself when a facet changes
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("list-status"), before)));
        assertThat(browser.getCurrentUrl()).contains("type=");
        assertThat(Integer.parseInt(browser.findElement(By.id("list-status")).getAttribute("data-total"))).isBetween(1, found);
        // the ticked filter keeps the keyboard focus on the new page (issue 12 §4)
        wait.until(d -> ticked.equals(d.switchTo().activeElement().getAttribute("value")));

        browser.findElement(By.cssSelector(".results li a")).click();
        WebElement map = waitFor(By.id("initiative-map"));
        wait.until(d -> map.getAttribute("data-loaded") != null);
        assertThat(Integer.parseInt(map.getAttribute("data-loaded"))).isPositive();
        assertThat(browser.findElements(By.cssSelector("#initiative-map path.leaflet-interactive"))).isNotEmpty();
        assertThat(browser.findElement(By.id("initiative-places")).getText()).isNotBlank();
    }

    @Test
    void anEditorFixesAFormWithAnErrorAndSeesTheInitiativePublished() {
        logIn("admin", "admin-password-for-tests");
        open("/initiatives/new");
        waitFor(By.id("initiative-form"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("activityType"))).selectByValue("peer_exchange");
        browser.findElement(By.id("summary")).sendKeys("Exchange between reception offices");
        browser.findElement(By.id("cities")).sendKeys("Atlantis, ZZ");
        browser.findElement(By.id("source")).sendKeys("Browser journey");
        browser.findElement(By.id("save")).click();

        assertThat(waitFor(By.id("err-name")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("err-cities")).getText()).contains("Atlantis, ZZ");
        assertThat(browser.findElement(By.id("summary")).getAttribute("value")).isEqualTo("Exchange between reception offices");

        browser.findElement(By.id("name")).sendKeys("Reception offices exchange Sfax–Tunis");
        WebElement cities = browser.findElement(By.id("cities"));
        cities.clear();
        cities.sendKeys("Sfax, TN; Tunis, TN");
        browser.findElement(By.id("save")).click();

        assertThat(waitFor(By.cssSelector("p.notice")).getText()).isNotBlank();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Reception offices exchange Sfax–Tunis");

        open("/initiatives?q=reception+offices+exchange");
        assertThat(waitFor(By.cssSelector(".results")).getText()).contains("Reception offices exchange Sfax–Tunis");
    }

    @Test
    void switchingToArabicGivesARightToLeftPageThatFitsAPhone() {
        desktopSize();
        open("/initiatives?lang=en");
        waitFor(By.cssSelector("ul.languages a[lang=ar]")).click();
        wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
        assertThat(browser.executeScript("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector("header nav a")).getText()).isEqualTo("المبادرات");

        phoneSize();
        open("/initiatives");
        waitFor(By.id("list-status"));
        Object overflow = browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);

        desktopSize();
        browser.findElement(By.cssSelector("ul.languages a[lang=en]")).click();
        wait.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    }

    @Test
    void anEditorImportsAMalformedFileAndReadsItsErrorReport() throws Exception {
        Path file = Files.createTempFile("malformed", ".csv");
        Files.writeString(file, "external_id,name,activity_type,cities,start,source\n"
                + "journey:bad-1,=HYPERLINK(\"http://evil\"),gardening,\"Sfax, TN\",2021,test\n"
                + "journey:bad-2,Second,peer_exchange,\"Atlantis, ZZ\",2021-13-45,test\n", StandardCharsets.UTF_8);
        logIn("admin", "admin-password-for-tests");
        open("/import");
        new org.openqa.selenium.support.ui.Select(waitFor(By.id("kind"))).selectByValue("initiatives");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("check")).click();

        WebElement problems = waitFor(By.id("import-problems"));
        String report = problems.getText();
        assertThat(report).contains("activity_type", "cities", "start", "gardening", "Atlantis, ZZ");
        assertThat(problems.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.id("import-summary")).getText()).isNotBlank();
        assertThat(browser.findElements(By.id("confirm-import"))).isEmpty();
        assertThat(jdbc.sql("select count(*) from initiative where external_id like 'journey:%'").query(Long.class).single()).isZero();
    }
}
