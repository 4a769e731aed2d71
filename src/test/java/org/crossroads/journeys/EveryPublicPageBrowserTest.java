package org.crossroads.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.crossroads.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every public page type, on a 360 px phone, in English and Arabic (issue 12 §1): no page is wider than the screen
 * (tables scroll inside their own box), every map on it is drawn with finite coordinates, and axe-core finds no serious
 * or critical violation of WCAG 2.2 AA. The page types are the
 * application's GET routes: an anonymous reader's crawl from the home page and the lists finds one page of each, and a
 * route it never reaches must be one an anonymous reader may not open, so a new public page is checked without anyone
 * adding it here.
 */
@IntegrationTest
class EveryPublicPageBrowserTest extends BrowserJourney {

    /** Routes that give files or data, not pages. */
    static final String NOT_PAGES = "(/api/.*|/api-docs.*|/actuator.*|.*\\{format.*|.*\\.(csv|json|geojson|pdf|xlsx|ris|bib|png|svg|xml|txt)|/error)";

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final List<PathPattern> pageRoutes = new ArrayList<>();
    /** One public page of each route the crawl reached. */
    final Map<PathPattern, String> samples = new LinkedHashMap<>();

    @BeforeAll
    void crawl() throws Exception {
        pageRoutes.addAll(pageRoutes(mappings));
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/");
        pageRoutes.stream().map(PathPattern::getPatternString).filter(p -> !p.contains("{")).forEach(queue::add);
        Set<String> seen = new TreeSet<>();
        while (!queue.isEmpty() && seen.size() < 600) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> page = get(path);
            if (page.statusCode() != 200 || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            routeOf(path).ifPresent(route -> samples.putIfAbsent(route, path));
            for (Element link : Jsoup.parse(page.body()).select("a[href^=/]")) {
                String href = link.attr("href").replaceAll("[?#].*$", "");
                routeOf(href).filter(route -> !samples.containsKey(route)).ifPresent(route -> queue.add(href));
            }
        }
        unreachedRoutes();
    }

    /** The application's GET routes that give pages (not files nor data). */
    static List<PathPattern> pageRoutes(RequestMappingHandlerMapping mappings) {
        List<PathPattern> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if ((methods.isEmpty() || methods.contains(RequestMethod.GET)) && info.getPathPatternsCondition() != null) {
                info.getPathPatternsCondition().getPatterns().stream()
                        .filter(p -> !p.getPatternString().matches(NOT_PAGES)).forEach(routes::add);
            }
        }
        return routes;
    }

    java.util.Optional<PathPattern> routeOf(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return pageRoutes.stream().filter(p -> p.matches(container)).sorted().findFirst();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Routes the crawl did not reach (pages linked only for editors, such as a record's history): tried with the values
     * of a reached page of the same part (a city's id for every /cities/... page), then with 1. A page that opens is
     * checked like the others; any other must be closed to anonymous readers.
     */
    void unreachedRoutes() throws Exception {
        for (PathPattern route : pageRoutes) {
            if (samples.containsKey(route)) {
                continue;
            }
            for (String path : candidates(route)) {
                HttpResponse<String> page = get(path);
                if (page.statusCode() == 200 && page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    samples.put(route, path);
                    break;
                }
            }
        }
    }

    List<String> candidates(PathPattern route) {
        return candidates(route, samples);
    }

    /** The route with the variable values of each reached page of the same part, then with 1 for every variable. */
    static List<String> candidates(PathPattern route, Map<PathPattern, String> samples) {
        String pattern = route.getPatternString();
        String part = pattern.replaceAll("^(/[^/]*).*", "$1");
        List<String> paths = new ArrayList<>();
        samples.forEach((reached, path) -> {
            if (reached.getPatternString().startsWith(part + "/")) {
                var variables = reached.matchAndExtract(PathContainer.parsePath(path));
                if (variables != null && !variables.getUriVariables().isEmpty()) {
                    List<String> values = new ArrayList<>(variables.getUriVariables().values());
                    String filled = pattern;
                    for (String value : values) {
                        filled = filled.replaceFirst("\\{[^}]*\\}", value);
                    }
                    if (!filled.contains("{")) {
                        paths.add(filled);
                    }
                }
            }
        });
        paths.add(pattern.replaceAll("\\{[^}]*\\}", "1"));
        return paths;
    }

    @Test
    void everyRouteNotCheckedIsClosedToAnonymousReaders() throws Exception {
        List<String> open = new ArrayList<>();
        for (PathPattern route : pageRoutes) {
            if (samples.containsKey(route)) {
                continue;
            }
            for (String path : candidates(route)) {
                HttpResponse<String> page = get(path);
                int status = page.statusCode();
                boolean closed = status == 401 || status == 403 || status == 405
                        || status == 302 && page.headers().firstValue("Location").orElse("").contains("/login");
                if (!closed && status != 404 && status != 400) {
                    open.add(route.getPatternString() + " at " + path + " (" + status + ")");
                }
            }
        }
        assertThat(open).as("page types neither checked nor closed to anonymous readers").isEmpty();
        assertThat(samples).as("public page types checked").hasSizeGreaterThan(40);
    }

    @Test
    void everyPublicPageFitsAPhoneDrawsItsMapsAndHasNoSeriousAccessibilityViolationInEnglishAndArabic() throws Exception {
        String axe = Files.readString(AXE);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.manage().window().setSize(new Dimension(360, 800));
        List<String> wide = new ArrayList<>();
        List<String> maps = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        for (String path : samples.values()) {
            for (String language : List.of("en", "ar")) {
                open(path + "?lang=" + language);
                wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
                long overflow = ((Number) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
                if (overflow > 0) {
                    wide.add(path + " (" + language + "): " + overflow + " px too wide: " + browser.executeScript(WIDEST));
                }
                String map = (String) browser.executeScript(MAPS);
                if (!map.isEmpty()) {
                    maps.add(path + " (" + language + "): " + map);
                }
                browser.executeScript(axe);
                @SuppressWarnings("unchecked")
                List<Object> found = (List<Object>) browser.executeAsyncScript(AXE_RUN);
                found.forEach(v -> violations.add(path + " (" + language + "): " + v));
            }
        }
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(wide).as("pages wider than a 360 px phone").isEmpty();
            soft.assertThat(maps).as("maps not drawn").isEmpty();
            soft.assertThat(violations).as("serious or critical accessibility violations (axe-core)").isEmpty();
        });
    }

    /** axe-core, installed from npm before the browser tests (pom.xml, src/test/axe). */
    static final Path AXE = Path.of("target/axe/node_modules/axe-core/axe.min.js");

    /** WCAG 2.2 A and AA rules; the serious and critical violations, with up to three of their elements each. */
    static final String AXE_RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
                                resultTypes: ['violations'] })
              .then(function (r) {
                done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                  .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3)
                    .map(function (n) { return n.target.join(' ') + (n.failureSummary ? ' — ' + n.failureSummary.split('\\n').slice(1, 2).join('') : ''); })
                    .join('; '); }));
              })
              .catch(function (e) { done(['axe did not run: ' + e]); });""";

    /** The innermost elements that reach past the screen's edges, for the message. */
    static final String WIDEST = """
            var w = document.documentElement.clientWidth, out = [], rtl = document.documentElement.dir === 'rtl';
            function past(r) { return rtl ? r.left < -1 : r.right > w + 1; }
            document.querySelectorAll('body *').forEach(function (e) {
              var r = e.getBoundingClientRect();
              if (past(r) && r.width > 0) {
                var inner = Array.prototype.some.call(e.children, function (c) { return past(c.getBoundingClientRect()); });
                if (!inner) out.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
                    + ' [' + (e.textContent || '').trim().slice(0, 40) + ']');
              }
            });
            return out.slice(0, 4).join('; ');""";

    /** Every map of the page drawn by Leaflet, without NaN in what it drew: what is wrong, or empty. */
    static final String MAPS = """
            var wrong = [];
            document.querySelectorAll('[data-map]').forEach(function (m) {
              if (!m.classList.contains('leaflet-container')) { wrong.push('#' + m.id + ' not drawn'); return; }
              var html = m.innerHTML;
              if (html.indexOf('NaN') >= 0) wrong.push('#' + m.id + ' has NaN');
            });
            return wrong.join(', ');""";
}
