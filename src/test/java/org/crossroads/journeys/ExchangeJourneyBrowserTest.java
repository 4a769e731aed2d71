package org.crossroads.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Role;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10, the request workflow: a focal point of Kanifing states a need, gets explained suggestions, asks Tangier
 * (one of them) for an exchange; Tangier's
 * focal point accepts and arranges a planned peer-learning event, which appears on the events list.
 */
@IntegrationTest
class ExchangeJourneyBrowserTest extends BrowserJourney {

    static final String PASSWORD = "journey-password";

    @Autowired Accounts accounts;
    @Autowired Places places;

    @Test
    void kanifingStatesANeedAsksTangierAndTangierAcceptsAndArrangesAPlannedEvent() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Place kanifing = places.resolve("place:kanifing").orElseThrow();
        Place tangier = places.resolve("Tangier, MA").orElseThrow();
        account("journey-kanifing-" + run, Role.CITY_FOCAL_POINT, kanifing.id());
        account("journey-tangier-" + run, Role.CITY_FOCAL_POINT, tangier.id());

        phoneSize();
        logIn("journey-kanifing-" + run, PASSWORD);
        open("/cities/" + kanifing.id() + "/needs/new?lang=en");
        waitFor(By.id("need-form"));
        browser.findElement(By.id("title")).sendKeys("A one-stop shop for migrants " + run);
        browser.findElement(By.id("description")).sendKeys("We want to open a one-stop shop where migrants find every service.");
        browser.findElement(By.cssSelector("input[name=themes][value=reception_orientation]")).click();
        browser.findElement(By.cssSelector("#need-form button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().matches(".*/needs/\\d+$"));
        String needId = browser.getCurrentUrl().replaceAll(".*/needs/", "");

        // The need's page suggests peers, each explained factor by factor; Tangier (which offers its migrant office
        // and agreed to be contacted) is among them, and its "Request an exchange" link opens the request form.
        By tangierSuggestion = By.id("peer-" + tangier.id());
        wait.until(d -> {
            if (d.findElements(tangierSuggestion).isEmpty()) {
                d.navigate().refresh(); // the matching index may still be being prepared right after start
                return false;
            }
            return true;
        });
        WebElement suggestion = browser.findElement(tangierSuggestion);
        assertThat(suggestion.findElements(By.cssSelector("ul.factors li"))).as("explained factor by factor").isNotEmpty();
        assertThat(suggestion.getText()).contains(tangier.name());
        suggestion.findElement(By.cssSelector("a.button")).click();
        wait.until(d -> d.getCurrentUrl().contains("/exchanges/new"));
        assertThat(browser.getCurrentUrl()).contains("need=" + needId, "peer=" + tangier.id());
        assertThat(waitFor(By.id("need-title")).getText()).isEqualTo("A one-stop shop for migrants " + run);
        assertThat(browser.findElement(By.id("peer-name")).getText()).isEqualTo(tangier.name());
        browser.findElement(By.cssSelector("input[name=activity][value=event]")).click();
        browser.findElement(By.id("message")).sendKeys("Kanifing would like to learn how Tangier runs its migrant office.");
        browser.findElement(By.cssSelector("#exchange-form button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector("p.notice")).getText()).isEqualTo("The request was sent.");
        String exchange = browser.getCurrentUrl().replaceAll("\\?.*", "");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Requested");

        logIn("journey-tangier-" + run, PASSWORD);
        open("/exchanges?lang=en");
        WebElement received = waitFor(By.id("table-received"));
        assertThat(received.getText()).contains("Kanifing", "A one-stop shop for migrants " + run, "Requested");
        received.findElement(By.cssSelector("tbody tr:first-child a")).click();
        waitFor(By.id("accept-note")).sendKeys("Welcome to Tangier.");
        browser.findElement(By.cssSelector("#accept-form button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector("p.notice")).getText()).isEqualTo("The exchange was accepted.");
        assertThat(browser.getCurrentUrl()).startsWith(exchange);

        browser.findElement(By.cssSelector("input[name=kind][value=event]")).click();
        WebElement title = browser.findElement(By.id("title"));
        title.clear();
        title.sendKeys("Running a migrant office " + run);
        LocalDate start = LocalDate.now().plusMonths(2);
        browser.executeScript("arguments[0].value = arguments[1]; arguments[2].value = arguments[3]",
                browser.findElement(By.id("startsOn")), start.toString(), browser.findElement(By.id("endsOn")),
                start.plusDays(1).toString());
        new Select(browser.findElement(By.id("format"))).selectByValue("in_person");
        new Select(browser.findElement(By.id("organiser"))).selectByVisibleText(
                new Select(browser.findElement(By.id("organiser"))).getOptions().stream()
                        .filter(o -> o.getText().contains("MC2CM") || o.getText().contains("Mediterranean City"))
                        .findFirst().orElseThrow().getText());
        browser.findElement(By.cssSelector("input[name=languages][value=fr]")).click();
        browser.findElement(By.cssSelector("#arrange-form button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector("p.notice")).getText()).isEqualTo("The exchange was arranged.");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Arranged");
        assertThat(browser.findElement(By.id("arranged-event")).getText()).isEqualTo("Running a migrant office " + run);

        open("/events?lang=en&q=" + run);
        assertThat(waitFor(By.tagName("main")).getText()).contains("Running a migrant office " + run);
        desktopSize();
    }

    private void account(String username, Role role, long placeId) {
        accounts.create(username, "Journey " + username, "{noop}" + PASSWORD, role, null, placeId);
        accounts.setContact(accounts.findByUsername(username).orElseThrow().id(), username + "@example.org", "en");
    }
}
