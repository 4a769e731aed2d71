package org.crossroads.journeys;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.crossroads.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The pages of those who edit, on a 360 px phone (issue 12 §1): forms, histories, dashboards and review queues fit the
 * screen and axe-core finds no serious or critical WCAG 2.2 AA violation on them. An administrator, who may open every
 * page, crawls every GET route from the home page and the lists; one page of each route is checked, in English (the
 * public pages are checked in English and Arabic by {@link EveryPublicPageBrowserTest}, which also shows right-to-left
 * layout holds).
 */
@IntegrationTest
class EverySignedInPageBrowserTest extends BrowserJourney {

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyPageOfThoseWhoEditFitsAPhoneAndHasNoSeriousAccessibilityViolation() throws Exception {
        logIn("admin", "admin-password-for-tests");
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        Map<PathPattern, String> samples = crawl(EveryPublicPageBrowserTest.pageRoutes(mappings), session.getName() + "=" + session.getValue());
        String axe = Files.readString(EveryPublicPageBrowserTest.AXE);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.manage().window().setSize(new Dimension(360, 800));
        List<String> wide = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        for (String path : samples.values()) {
            open(path + (path.contains("?") ? "&" : "?") + "lang=en");
            wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
            long overflow = ((Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
            if (overflow > 0) {
                wide.add(path + ": " + overflow + " px too wide: " + browser.executeScript(EveryPublicPageBrowserTest.WIDEST));
            }
            browser.executeScript(axe);
            @SuppressWarnings("unchecked")
            List<Object> found = (List<Object>) browser.executeAsyncScript(EveryPublicPageBrowserTest.AXE_RUN);
            found.forEach(v -> violations.add(path + ": " + v));
        }
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(samples).as("page types an administrator opens").hasSizeGreaterThan(60);
            soft.assertThat(samples.values()).as("a form no link leads to, found from its part's ids")
                    .anyMatch(path -> path.endsWith("/capabilities/assess"));
            soft.assertThat(wide).as("pages wider than a 360 px phone").isEmpty();
            soft.assertThat(violations).as("serious or critical accessibility violations (axe-core)").isEmpty();
        });
    }

    /** One page of each route the administrator reaches by following links (GET only: nothing is changed). */
    Map<PathPattern, String> crawl(List<PathPattern> routes, String cookie) throws Exception {
        Map<PathPattern, String> samples = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/");
        routes.stream().map(PathPattern::getPatternString).filter(p -> !p.contains("{")).forEach(queue::add);
        Set<String> seen = new TreeSet<>();
        while (!queue.isEmpty() && seen.size() < 900) {
            String path = queue.poll();
            if (!seen.add(path) || path.contains("logout")) {
                continue;
            }
            HttpResponse<String> page = get(path, cookie);
            if (page.statusCode() != 200 || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            routeOf(routes, path).ifPresent(route -> samples.putIfAbsent(route, path));
            for (Element link : Jsoup.parse(page.body()).select("a[href^=/]")) {
                String href = link.attr("href").replaceAll("[?#].*$", "");
                routeOf(routes, href).filter(route -> !samples.containsKey(route)).ifPresent(route -> queue.add(href));
            }
        }
        // routes no link led to (a city's self-assessment form): with the ids of a reached page of the same part
        for (PathPattern route : routes) {
            if (samples.containsKey(route)) {
                continue;
            }
            for (String path : EveryPublicPageBrowserTest.candidates(route, samples)) {
                if (path.contains("logout")) {
                    continue;
                }
                HttpResponse<String> page = get(path, cookie);
                if (page.statusCode() == 200 && page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    samples.put(route, path);
                    break;
                }
            }
        }
        return samples;
    }

    HttpResponse<String> get(String path, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookie)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static Optional<PathPattern> routeOf(List<PathPattern> routes, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return routes.stream().filter(p -> p.matches(container)).sorted().findFirst();
    }
}
