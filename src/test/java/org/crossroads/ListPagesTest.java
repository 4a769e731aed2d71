package org.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.crossroads.network.CooperationNetwork;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every list pages and sorts the same way (issue 12 §4): the lists of records have the sort control in their filter
 * form, the count in words in a status, and the shared numbered pager; tables that page by what they measure have the
 * pager. A page that reads a {@code page} parameter and is in neither set fails here until it is put in one, and a
 * template that draws a pager of its own fails too.
 */
@IntegrationTest
class ListPagesTest {

    /** The public lists of records. */
    static final List<String> LISTS = List.of("/initiatives", "/cities", "/organisations", "/events", "/outcomes", "/library",
            "/practices", "/needs", "/offers", "/pledges", "/recommendations");
    /** Tables of the network pages, ordered by the measure they show: numbered pages, no choice of order. By pattern, a path to open. */
    static final Map<String, String> TABLES = Map.of("/network", "/network", "/network/graph", "/network/graph",
            "/network/under-connected", "/network/under-connected", "/network/routes/{route}", "/network/routes/central_med",
            // a framework's report for a review: its pledges, the changed ones first
            "/frameworks/{id:\\d+}/reports/{cycle:\\d+}", "/frameworks/1/reports/1");
    /** Templates with links to other pages of their own, and why they are not the numbered pager. */
    static final Map<String, String> OWN_PAGES = Map.of("data/analytics/pivot.html",
            "a pivot table knows only whether more rows follow, not how many pages there are");

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    @Autowired CooperationNetwork network;

    static Stream<Arguments> listsInEnglishAndArabic() {
        return LISTS.stream().flatMap(path -> Stream.of(Arguments.of(path, "en"), Arguments.of(path, "ar")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("listsInEnglishAndArabic")
    void everyListHasTheSortControlTheCountInWordsAndTheNumberedPager(String path, String language) {
        WebClient reader = WebClient.anonymous(port);
        ListPage first = ListPage.of(reader, path + "?lang=" + language);
        assertThat(first.sortsWithoutScript()).as(path + ": a sort control in the filter form, with its button").isTrue();
        assertThat(first.sortChoices()).as(path).isNotEmpty().isSubsetOf("relevance", "name", "date", "changed")
                .doesNotContain("relevance");
        assertThat(first.sortChoices()).as(path + ": the default order is chosen").contains(first.sort());
        assertThat(first.total()).as(path + ": built-in records").isPositive();
        assertThat(first.status()).as(path).isNotBlank();
        assertThat(first.document().select("html").attr("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
        assertThat(first.document().select("script[src$=/js/filters.js]")).as(path + ": keeps the focus on the sort control").hasSize(1);

        // a page past the last: the pager leads back, keeping the order; its addresses have digits 0-9 in every language
        ListPage beyond = ListPage.of(reader, path + "?sort=name&page=99999");
        Element pager = beyond.pager();
        assertThat(pager).as(path + ": the shared pager").isNotNull();
        assertThat(pager.select("ul > li")).isNotEmpty();
        assertThat(pager.select("a[aria-current=page]")).isEmpty();
        assertThat(pager.select("a[rel=prev]")).hasSize(1);
        assertThat(beyond.pagerLinks()).allSatisfy(href -> assertThat(href)
                .matches(java.util.regex.Pattern.quote(path) + "\\?sort=name(&page=[0-9]+)?").doesNotContain("page=99999"));
        assertThat(pager.select("a[aria-label]").eachText()).allMatch(n -> n.matches("[0-9]+"));
        assertThat(beyond.status()).as(path + ": says the page is past the end").containsAnyOf("99,999", "100,000");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/network", "/network/graph", "/network/under-connected", "/network/routes/central_med"})
    void everyPagedTableHasTheNumberedPager(String path) {
        network.latest().orElseGet(network::refresh);
        ListPage second = ListPage.of(WebClient.anonymous(port), path + "?page=1");
        assertThat(second.pager()).as(path + ": the shared pager").isNotNull();
        assertThat(second.currentPage()).isEqualTo("2");
        assertThat(second.link("prev")).isEqualTo(path);
    }

    @Test
    void everyPageThatReadsAPageParameterIsAListOrATableOfTheseTests() {
        Set<String> paged = new TreeSet<>();
        for (MappedRoutes.Route route : MappedRoutes.of(mapping)) {
            boolean file = route.pattern().matches(".*\\.[a-z]+"); // an export (/outcomes.csv) takes the list's filters
            if (route.method().equals("GET") && !route.pattern().startsWith("/api/") && !file && route.parameters().contains("page")) {
                paged.add(route.pattern());
            }
        }
        List<String> known = new ArrayList<>(LISTS);
        known.addAll(TABLES.keySet());
        assertThat(paged).as("pages with a page parameter; a new list belongs in LISTS, a new table in TABLES").isSubsetOf(known);
        assertThat(MappedRoutes.readPatterns(mapping)).containsAll(LISTS).containsAll(TABLES.keySet());
    }

    @Test
    void noTemplateDrawsAPagerOfItsOwn() throws IOException {
        Path templates = Path.of("src/main/resources/templates");
        List<String> own = new ArrayList<>();
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String name = templates.relativize(template).toString().replace('\\', '/');
                String html = Files.readString(template);
                boolean pages = html.contains("rel=\"next\"") || html.contains("rel=\"prev\"") || html.contains("class=\"pager\"");
                if (pages && !name.equals("shared/lists.html") && !OWN_PAGES.containsKey(name)) {
                    own.add(name);
                }
            }
        }
        assertThat(own).as("templates with a pager of their own instead of shared/lists :: pager").isEmpty();
    }
}
