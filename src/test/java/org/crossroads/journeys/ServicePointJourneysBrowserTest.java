package org.crossroads.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Role;
import org.crossroads.servicepoints.ServicePointDraft;
import org.crossroads.servicepoints.ServicePointEditing;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 4, places within a city: a visitor finds a service point on the city map; a focal point adds one. */
@IntegrationTest
class ServicePointJourneysBrowserTest extends BrowserJourney {

    @Autowired ServicePointEditing editing;
    @Autowired Accounts accounts;
    @Autowired Places places;

    @Test
    void aVisitorOpensAServicePointOnTheCityMapInFrench() {
        Place sfax = places.resolve("Sfax, TN").orElseThrow();
        editing.create(new ServicePointDraft("sp:journey:1", "Sfax, TN", "Permanence juridique du port", "legal_aid",
                "Port de Sfax", sfax.latitude() - 0.012, sfax.longitude() + 0.01, null, List.of("ar", "fr"),
                "Lun-Ven 9:00-15:00", null, "https://example.org/permanence", null, "Browser journey"),
                accounts.findByUsername("admin").orElseThrow());

        open("/");
        browser.manage().deleteAllCookies(); // a visitor: no session left by another journey
        open("/cities/" + sfax.id() + "?lang=fr");
        WebElement map = waitFor(By.cssSelector("[data-map]"));
        wait.until(d -> map.getAttribute("data-layers-loaded") != null);
        assertThat(Integer.parseInt(map.getAttribute("data-layers-loaded"))).isPositive();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Permanence juridique du port", "Aide juridique");

        browser.findElement(By.cssSelector("[data-map] path.leaflet-interactive[stroke='#5b2a86']")).click();
        WebElement popup = waitFor(By.cssSelector(".leaflet-popup-content"));
        assertThat(popup.getText()).contains("Permanence juridique du port", "Aide juridique · Port de Sfax", "Lun-Ven 9:00-15:00",
                "https://example.org/permanence");
        popup.findElement(By.linkText("Permanence juridique du port")).click();
        wait.until(d -> d.getCurrentUrl().contains("/service-points#service-point-"));
        WebElement listMap = waitFor(By.cssSelector("[data-map]"));
        wait.until(d -> listMap.getAttribute("data-layers-loaded") != null);
        assertThat(browser.findElement(By.id("service-points")).getText()).contains("Permanence juridique du port", "arabe, français");
        assertThat(browser.findElements(By.linkText("Modifier"))).isEmpty();
    }

    @Test
    void aFocalPointCorrectsSwappedCoordinatesAndSeesThePointPublished() {
        Place sfax = places.resolve("Sfax, TN").orElseThrow();
        if (!accounts.exists("journey-sfax-focal-point")) {
            accounts.create("journey-sfax-focal-point", "Sfax focal point", "{noop}journey-password", Role.CITY_FOCAL_POINT, null,
                    sfax.id());
        }
        phoneSize();
        logIn("journey-sfax-focal-point", "journey-password");
        open("/cities/" + sfax.id() + "/service-points?lang=en");
        waitFor(By.id("add-service-point")).click();
        waitFor(By.id("service-point-form"));
        browser.findElement(By.id("name")).sendKeys("Reception office for newcomers");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("kind"))).selectByValue("reception_orientation");
        browser.findElement(By.id("latitude")).sendKeys(String.valueOf(sfax.longitude()));
        browser.findElement(By.id("longitude")).sendKeys(String.valueOf(sfax.latitude()));
        browser.findElement(By.id("source")).sendKeys("Visit in 2025");
        browser.findElement(By.cssSelector("#service-point-form button[type=submit]")).click();

        assertThat(waitFor(By.id("err-latitude")).getText()).contains("km from Sfax", "swapped");
        browser.findElement(By.id("latitude")).clear();
        browser.findElement(By.id("latitude")).sendKeys(String.valueOf(sfax.latitude() + 0.005));
        browser.findElement(By.id("longitude")).clear();
        browser.findElement(By.id("longitude")).sendKeys(String.valueOf(sfax.longitude() + 0.005));
        browser.findElement(By.cssSelector("#service-point-form button[type=submit]")).click();

        assertThat(waitFor(By.cssSelector("p.notice")).getText()).isEqualTo("The service point is saved.");
        assertThat(browser.findElement(By.id("service-points")).getText()).contains("Reception office for newcomers",
                "Reception and orientation");
        desktopSize();
    }
}
