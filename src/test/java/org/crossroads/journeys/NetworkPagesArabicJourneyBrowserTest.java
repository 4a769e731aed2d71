package org.crossroads.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.crossroads.IntegrationTest;
import org.crossroads.network.CooperationNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Arabic pages of the network (issue 10 §5): right to left, the network map drawn by Leaflet with its
 * tie layers and no NaN in any coordinate, the graph view drawn by Cytoscape with its nodes, and the map
 * and the under-connected list fitting a 360 px phone without sideways scrolling.
 */
@IntegrationTest
class NetworkPagesArabicJourneyBrowserTest extends BrowserJourney {

    @Autowired CooperationNetwork network;

    @BeforeAll
    void graphReady() {
        network.latest().orElseGet(network::refresh);
    }

    void arabic(String path) {
        open(path + (path.contains("?") ? "&" : "?") + "lang=ar");
        wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
    }

    long overflow() {
        return ((Number) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }

    @Test
    void theNetworkMapDrawsItsTiesInArabicWithFiniteCoordinates() {
        desktopSize();
        arabic("/network");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("خريطة الشبكة");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> !d.findElement(By.id("network-map")).getAttribute("data-ties-drawn").isEmpty());
        int drawn = Integer.parseInt(browser.findElement(By.id("network-map")).getAttribute("data-ties-drawn"));
        assertThat(drawn).as("tie lines on the map").isGreaterThan(10);
        Object lines = browser.executeScript("return document.querySelectorAll('#network-map canvas, #network-map path').length");
        assertThat(((Number) lines).intValue()).as("Leaflet drew layers").isPositive();
        @SuppressWarnings("unchecked")
        List<Object> bad = (List<Object>) browser.executeScript("""
                var data = JSON.parse(document.getElementById('network-map').getAttribute('data-graph'));
                return data.cities.filter(function (c) { return !isFinite(c.lat) || !isFinite(c.lon); });""");
        assertThat(bad).as("cities with NaN coordinates").isEmpty();
        Object nanInLayers = browser.executeScript("""
                var found = false;
                document.querySelectorAll('#network-map path').forEach(function (p) {
                  if ((p.getAttribute('d') || '').indexOf('NaN') >= 0) found = true; });
                return found;""");
        assertThat(nanInLayers).isEqualTo(false);
        assertThat(browser.findElement(By.id("ties-table")).getText()).doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]");
    }

    @Test
    void theGraphViewDrawsItsNodesWithCytoscape() {
        desktopSize();
        arabic("/network/graph");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("عرض المخطط البياني");
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(d -> !d.findElement(By.id("network-graph")).getAttribute("data-loaded").isEmpty());
        Object nodes = browser.executeScript("return window.crossroadsGraph ? window.crossroadsGraph.nodes().length : 0");
        assertThat(((Number) nodes).intValue()).as("nodes in the Cytoscape instance").isPositive();
        Object finite = browser.executeScript("""
                return window.crossroadsGraph.nodes().every(function (n) {
                  var p = n.position(); return isFinite(p.x) && isFinite(p.y); });""");
        assertThat(finite).isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("#network-graph canvas"))).isNotEmpty();
    }

    @Test
    void theMapAndTheUnderConnectedListFitAPhoneInArabic() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 780));
        try {
            arabic("/network/under-connected");
            waitFor(By.tagName("h1"));
            assertThat(((Number) browser.executeScript("return window.innerWidth")).intValue()).as("a phone's viewport")
                    .isLessThanOrEqualTo(400);
            assertThat(overflow()).as("no sideways scrolling on the under-connected list").isLessThanOrEqualTo(0);
            arabic("/network");
            waitFor(By.id("network-map"));
            assertThat(overflow()).as("no sideways scrolling on the network map").isLessThanOrEqualTo(0);
            arabic("/network/routes/central_med");
            waitFor(By.id("route-cities"));
            assertThat(overflow()).as("no sideways scrolling on the route view").isLessThanOrEqualTo(0);
        } finally {
            desktopSize();
        }
    }
}
