package org.crossroads.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Role;
import org.crossroads.commitments.Framework;
import org.crossroads.commitments.Frameworks;
import org.crossroads.commitments.PledgeDraft;
import org.crossroads.commitments.PledgeEditing;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The commitments journey of issue 13 §4 in a browser: a coordinator adds the next review to the Global Refugee Forum
 * and opens a reporting round for it; Oujda updates its pledge in Arabic on a phone through its personal link; the
 * framework's page and its report for the review show the new status.
 */
@IntegrationTest
class CommitmentsJourneyBrowserTest extends BrowserJourney {

    static final String COORDINATOR = "journey-commitments-coordinator";
    static final String PASSWORD = "journey-password";

    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired Frameworks frameworks;
    @Autowired PledgeEditing pledges;
    @Autowired JdbcClient jdbc;

    String run;
    Framework forum;
    long oujda;
    long pledge;
    String office;

    @BeforeAll
    void aCoordinatorAndAPledgeOfOujda() {
        if (!accounts.exists(COORDINATOR)) {
            accounts.create(COORDINATOR, "Journey coordinator of commitments", "{noop}" + PASSWORD, Role.NETWORK_COORDINATOR,
                    organisations.resolve("org:mc2cm").orElseThrow().id(), null);
        }
        run = UUID.randomUUID().toString().substring(0, 8);
        forum = frameworks.all().stream().filter(f -> "global-refugee-forum".equals(f.externalId())).findFirst().orElseThrow();
        oujda = places.resolve("Oujda, MA").orElseThrow().id();
        office = "journey-" + run + "@oujda.example";
        pledge = pledges.createAs(new PledgeDraft(null, String.valueOf(forum.id()), List.of("Oujda, MA"), List.of(), "fr",
                "Ouvrir un guichet d’accueil pour les personnes en transit " + run,
                Map.of("ar", Map.of("text", "فتح شباك استقبال للأشخاص العابرين " + run),
                        "en", Map.of("text", "Open a reception desk for people in transit " + run)),
                List.of(), List.of("15"), List.of("2"), List.of("reception_orientation"), "2026", "Division des affaires sociales",
                office, "announced", "2022-06", false, List.of()), "test");
    }

    @Test
    void aCoordinatorOpensARoundAndOujdaReportsInArabicOnAPhone() {
        desktopSize();
        logIn(COORDINATOR, PASSWORD);
        open("/frameworks/" + forum.id());
        waitFor(By.cssSelector("a[href='/frameworks/" + forum.id() + "/cycles/new']")).click();
        waitFor(By.id("cycle-form"));
        new Select(browser.findElement(By.id("process"))).selectByValue("GRF");
        browser.findElement(By.id("name")).sendKeys("GRF progress review " + run);
        setDate("heldFrom", LocalDate.now().plusDays(60));
        setDate("heldTo", LocalDate.now().plusDays(62));
        browser.findElement(By.cssSelector("#cycle-form button[type=submit]")).click();
        WebElement review = waitFor(By.xpath("//li[contains(., 'GRF progress review " + run + "')]"));
        review.findElement(By.cssSelector("a[href*='/rounds/new']")).click();

        waitFor(By.id("round-form"));
        WebElement ask = browser.findElement(By.id("ask-" + oujda));
        assertThat(ask.isSelected()).as("a city with an office address is asked by default").isTrue();
        assertThat(browser.findElement(By.id("email-" + oujda)).getAttribute("value")).isEqualTo(office);
        new Select(browser.findElement(By.id("language-" + oujda))).selectByValue("ar");
        WebElement open = browser.findElement(By.cssSelector("#round-form button[type=submit]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", open);
        open.click();
        assertThat(waitFor(By.id("round-progress")).getText()).contains("0 of");

        String token = token(office);
        browser.manage().deleteAllCookies();
        phoneSize();
        open("/report/" + token);
        waitFor(By.id("report-form"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector("#pledge-" + pledge + " legend")).getText())
                .contains("فتح شباك استقبال للأشخاص العابرين");
        WebElement fulfilled = browser.findElement(By.id("p" + pledge + ".status-fulfilled"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", fulfilled);
        fulfilled.click();
        browser.findElement(By.id("p" + pledge + ".note")).sendKeys("افتُتح الشباك في مقر البلدية");
        WebElement send = browser.findElement(By.cssSelector("#report-form button[type=submit]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", send);
        send.click();
        waitFor(By.id("link-message"));
        Long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).as("no sideways scrolling on a phone").isLessThanOrEqualTo(400);

        desktopSize();
        browser.manage().deleteAllCookies();
        open("/frameworks/" + forum.id() + "?lang=en");
        assertThat(waitFor(By.cssSelector("#pledge-" + pledge + " .status")).getText()).isEqualTo("Fulfilled");
        long cycle = jdbc.sql("select id from review_cycle where name = :n").param("n", "GRF progress review " + run)
                .query(Long.class).single();
        open("/frameworks/" + forum.id() + "/reports/" + cycle);
        WebElement row = waitFor(By.id("report-pledge-" + pledge));
        assertThat(row.getText()).contains("Fulfilled").contains("Announced").contains("افتُتح الشباك");
        assertThat(row.getAttribute("class")).contains("changed");
    }

    void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)),
                date.toString());
    }

    String token(String recipient) {
        String body = jdbc.sql("select body_text from mail_outbox where recipient = :r order by id desc limit 1")
                .param("r", recipient).query(String.class).single();
        Matcher m = Pattern.compile("/report/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
