package org.crossroads.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Role;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.learning.events.EventDraft;
import org.crossroads.learning.events.EventEditing;
import org.crossroads.learning.participants.ParticipantDraft;
import org.crossroads.learning.participants.ParticipantRegistry;
import org.crossroads.learning.surveys.SurveyRounds;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The peer-learning journeys of issue 3 in a browser: a coordinator creates an event, registers
 * participants and sends the feedback link; a participant answers on a phone in French; the
 * coordinator sees the results; an erasure removes the person and keeps the counts.
 */
@IntegrationTest
class LearningJourneysBrowserTest extends BrowserJourney {

    static final String COORDINATOR = "journey-mc2cm-coordinator";
    static final String PASSWORD = "journey-password";
    static final String PEER = "journey-tunis-focal-point";

    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired EventEditing editing;
    @Autowired ParticipantRegistry registry;
    @Autowired SurveyRounds rounds;

    @BeforeAll
    void aNetworkCoordinator() {
        if (!accounts.exists(COORDINATOR)) {
            accounts.create(COORDINATOR, "Journey coordinator", "{noop}" + PASSWORD, Role.NETWORK_COORDINATOR,
                    organisations.resolve("org:mc2cm").orElseThrow().id(), null);
        }
    }

    void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)),
                date.toString());
    }

    void register(String name, String email, String city, String language) {
        type("fullName", name);
        type("email", email);
        type("city", city);
        new Select(browser.findElement(By.id("position"))).selectByValue("technical");
        new Select(browser.findElement(By.id("gender"))).selectByValue("woman");
        new Select(browser.findElement(By.id("language"))).selectByValue(language);
        browser.findElement(By.cssSelector("input[name=consents][value=participation]")).click();
        browser.findElement(By.cssSelector("input[name=consents][value=surveys]")).click();
        browser.findElement(By.cssSelector("#register-form button[type=submit]")).click();
        waitFor(By.cssSelector("p.notice"));
    }

    @Test
    void aCoordinatorRunsAnEventAndAParticipantAnswersOnAPhoneInFrench() {
        desktopSize();
        logIn(COORDINATOR, PASSWORD);
        open("/events/new");
        waitFor(By.id("event-form"));
        type("theme", "Journey: reception of newcomers in transit cities");
        type("hostCity", "Sousse, TN");
        setDate("start", LocalDate.now().minusDays(3));
        setDate("end", LocalDate.now().minusDays(2));
        new Select(browser.findElement(By.id("format"))).selectByValue("hybrid");
        browser.findElement(By.cssSelector("input[name=methods][value=field_visit]")).click();
        type("objectives", "Technical staff: map the local actors of reception");
        type("source", "Browser journey");
        browser.findElement(By.cssSelector("#event-form button[type=submit]")).click();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Journey: reception of newcomers in transit cities");
        String eventPath = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "");

        open(eventPath + "/participants");
        waitFor(By.id("register-form"));
        register("Leïla Mansour", "leila.journey@example.org", "Sousse, TN", "fr");
        register("Samira Journey", "samira.journey@example.org", "Sfax, TN", "en");
        assertThat(browser.findElements(By.cssSelector("#participants tbody tr"))).hasSize(2);

        open(eventPath + "/surveys");
        browser.findElement(By.cssSelector("#create-survey button[type=submit]")).click();
        waitFor(By.id("survey-rounds"));
        browser.findElement(By.cssSelector("#round-feedback form button")).click();
        // the first figure of the report is how many were invited by email
        assertThat(waitFor(By.id("send-report")).getText()).containsPattern("^\\D*2\\D");
        String resultsPath = browser.findElement(By.cssSelector("#round-feedback a")).getAttribute("href");

        String token = token("leila.journey@example.org");
        browser.manage().deleteAllCookies();
        phoneSize();
        open("/respond/" + token);
        waitFor(By.id("survey-form"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.cssSelector("#question-relevance legend")).getText()).contains("pertinents");
        for (String code : new String[] {"relevance", "usefulness", "equality", "mutuality", "openness", "accessibility"}) {
            WebElement option = browser.findElement(By.cssSelector("#question-" + code + " input[value='4']"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", option);
            option.click();
        }
        WebElement submit = browser.findElement(By.cssSelector("#survey-form button[type=submit]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", submit);
        submit.click();
        assertThat(waitFor(By.id("link-message")).getText()).contains("Merci");
        Long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).as("no sideways scrolling on a phone").isLessThanOrEqualTo(400);

        desktopSize();
        logIn(COORDINATOR, PASSWORD);
        browser.get(resultsPath);
        assertThat(waitFor(By.id("response-count")).getText()).startsWith("1");

        open(eventPath + "/dashboard");
        String delegatesBefore = waitFor(By.id("participation-table")).getText();
        open(eventPath + "/participants");
        browser.findElement(By.linkText("Leïla Mansour")).click();
        waitFor(By.id("erase-form")).findElement(By.tagName("button")).click();
        assertThat(waitFor(By.cssSelector("p.notice")).getText()).isNotBlank();
        assertThat(browser.findElement(By.tagName("h1")).getText()).doesNotContain("Leïla");
        open(eventPath + "/dashboard");
        assertThat(waitFor(By.id("participation-table")).getText()).isEqualTo(delegatesBefore);
    }

    @Test
    void aFollowUpAnswerBecomesAnOutcomeThatIsSubstantiatedValidatedAndShownOnTheDashboards() {
        Editor coordinator = accounts.findByUsername(COORDINATOR).orElseThrow();
        if (!accounts.exists(PEER)) {
            accounts.create(PEER, "Tunis focal point", "{noop}" + PASSWORD, Role.CITY_FOCAL_POINT, null,
                    places.resolve("Tunis, TN").orElseThrow().id());
        }
        LocalDate ended = LocalDate.now().minusMonths(3);
        long event = editing.create(new EventDraft(null, "Journey: one-stop desks for newcomers", "Tangier, MA", ended, ended,
                "day", "in_person", List.of("org:mc2cm"), List.of("fr"), List.of("field_visit"), List.of(), null, List.of(), null,
                "Browser journey"), coordinator);
        registry.register(event, new ParticipantDraft("Nadia Journey", "nadia.journey@example.org", null, "Oujda, MA",
                "technical", null, "woman", null, "fr", List.of("participation", "surveys"), null), coordinator);
        rounds.createFeedback(event, null, false, coordinator);
        jdbc.sql("update survey set opens_on = current_date where event_id = :e and round = 'follow_up_3'").param("e", event).update();
        rounds.sendDue();

        browser.manage().deleteAllCookies();
        phoneSize();
        open("/respond/" + token("nadia.journey@example.org"));
        waitFor(By.id("survey-form"));
        browser.findElement(By.cssSelector("#question-change_reported input[value=yes]")).click();
        browser.findElement(By.cssSelector("#question-change_type input[value=practice]")).click();
        browser.findElement(By.cssSelector("textarea[data-code=change_description]")).sendKeys("Oujda opened a one-stop desk for newcomers after the visit to Tangier");
        WebElement submit = browser.findElement(By.cssSelector("#survey-form button[type=submit]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", submit);
        submit.click();
        waitFor(By.id("link-message"));
        Long outcome = jdbc.sql("""
                select o.id from outcome_statement o join outcome_event e on e.outcome_id = o.id
                where e.event_id = :e and o.status = 'draft'""").param("e", event).query(Long.class).single();

        desktopSize();
        logIn(PEER, PASSWORD);
        open("/outcomes/" + outcome);
        waitFor(By.id("substantiation")).sendKeys("Confirmed by the Tunis delegation during its visit to Oujda");
        browser.findElement(By.cssSelector("#substantiate-form button")).click();
        wait.until(d -> d.findElement(By.id("outcome-status")).getText().equals("Substantiated"));

        logIn(COORDINATOR, PASSWORD);
        open("/outcomes/" + outcome);
        waitFor(By.cssSelector("#validate-form button")).click();
        wait.until(d -> d.findElement(By.id("outcome-status")).getText().equals("Validated"));

        browser.manage().deleteAllCookies();
        open("/cities/" + places.resolve("Oujda, MA").orElseThrow().id() + "/learning");
        assertThat(waitFor(By.id("outcomes-table")).getText()).contains("one-stop desk");
        open("/learning/network/" + organisations.resolve("org:mc2cm").orElseThrow().id());
        assertThat(waitFor(By.id("outcomes-by-change-table")).getText()).isNotBlank();
        open("/events/" + event + "/dashboard");
        assertThat(waitFor(By.id("outcomes-table")).getText()).contains("one-stop desk");
    }

    private String token(String email) {
        String body = jdbc.sql("select body_text from mail_outbox where recipient = :r order by id desc limit 1")
                .param("r", email).query(String.class).single();
        Matcher m = Pattern.compile("/respond/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
