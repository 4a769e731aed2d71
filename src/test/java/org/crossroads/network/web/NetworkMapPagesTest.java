package org.crossroads.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.directory.Places;
import org.crossroads.network.CooperationNetwork;
import org.crossroads.network.NetworkSnapshot;
import org.crossroads.network.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network map, the route view, the graph view and the year comparison in the four languages, as tables
 * that need no script, with their data for the scripts written with digits 0–9 and a dot; the CSV exports
 * of nodes and edges for any filter; bad years refused naming the field.
 */
@IntegrationTest
class NetworkMapPagesTest extends WebTest {

    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");
    static final String OTHER_DIGITS = "[\u0660-\u0669\u06F0-\u06F9]";

    @Autowired CooperationNetwork network;
    @Autowired Places places;
    @Autowired JsonMapper json;
    NetworkSnapshot snapshot;

    @BeforeEach
    void setUp() {
        snapshot = network.latest().orElseGet(network::refresh);
    }

    MockHttpServletResponse response(String url, String... params) throws Exception {
        var request = get(url);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    String body(String url, String... params) throws Exception {
        MockHttpServletResponse response = response(url, params);
        assertThat(response.getStatus()).as(url + " " + List.of(params)).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    Document page(String url, String... params) throws Exception {
        return Jsoup.parse(body(url, params));
    }

    String[] with(String[] params, String... more) {
        List<String> all = new ArrayList<>(List.of(params));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void everyNetworkPageRendersInTheFourLanguagesAsTablesWithTheNetworkNavigationAndArabicRightToLeft() throws Exception {
        Map<String, String> pages = new TreeMap<>(Map.of("/network", "#ties-table", "/network/graph", "#nodes-table",
                "/network/routes", "#routes-table", "/network/routes/central_med", "#route-cities",
                "/network/changes", "#summary", "/network/under-connected", "table.figures"));
        for (String language : LANGUAGES) {
            for (var entry : pages.entrySet()) {
                Document page = page(entry.getKey(), "lang", language);
                assertThat(page.select(entry.getValue()).first()).as("%s in %s", entry.getKey(), language).isNotNull();
                assertThat(page.select(entry.getValue() + " tbody tr")).as("%s rows in %s", entry.getKey(), language).isNotEmpty();
                assertThat(page.select("nav a[href=/network/graph]")).as("network navigation on %s", entry.getKey()).isNotEmpty();
                assertThat(page.select("h1").text()).as("%s heading in %s", entry.getKey(), language).isNotBlank();
                assertThat(page.select("html").attr("dir")).isEqualTo("ar".equals(language) ? "rtl" : "ltr");
                if ("ar".equals(language)) {
                    assertThat(page.select("main, body").text()).as("%s in Arabic writes digits 0-9", entry.getKey())
                            .doesNotContainPattern(OTHER_DIGITS);
                }
            }
        }
        assertThat(page("/network", "lang", "ar").select("h1").text()).isEqualTo("خريطة الشبكة");
        assertThat(page("/network/graph", "lang", "fr").select("h1").text()).isEqualTo("Vue en graphe");
        assertThat(page("/network/routes", "lang", "es").select("h1").text()).isEqualTo("Rutas");
        assertThat(page("/").select("nav a[href=/network]").text()).isEqualTo("Network");
    }

    @Test
    void theMapDrawsOnlyTiesBetweenCitiesFromLocaleFreeJsonAndListsThemWithExportsOfTheSameSelection() throws Exception {
        for (String language : LANGUAGES) {
            Document map = page("/network", "lang", language);
            Element canvas = map.selectFirst("[data-network-map]");
            assertThat(canvas).isNotNull();
            String data = canvas.attr("data-graph");
            assertThat(data).as("the map's data in %s", language).doesNotContainPattern(OTHER_DIGITS).doesNotContain("NaN");
            JsonNode graph = json.readTree(data);
            assertThat(graph.get("cities").size()).isGreaterThan(10);
            assertThat(graph.get("links").size()).isGreaterThan(10);
            for (JsonNode city : graph.get("cities")) {
                assertThat(city.get("lat").isNumber() && city.get("lon").isNumber()).as(city.toString()).isTrue();
                assertThat(Math.abs(city.get("lat").asDouble())).isLessThanOrEqualTo(90);
            }
            assertThat(graph.get("links").toString()).doesNotContain("membership");
            assertThat(map.select("script[src*=leaflet]")).hasSize(1);
            assertThat(map.select("script[src=/js/network-map.js]")).hasSize(1);
        }
        Document map = page("/network");
        assertThat(map.text()).contains("Memberships tie a city to a network", "Ties between cities", "Cities on the map");
        assertThat(map.select("ul.legend li").eachText()).as("the map's legend: kinds it draws").contains("twinning")
                .doesNotContain("same network");
        assertThat(page("/network/graph").select("ul.legend li").eachText()).contains("same network", "City network");
        assertThat(map.select("#ties-table tbody tr").size()).isBetween(1, NetworkMapController.PAGE_SIZE);
        assertThat(map.select("#cities-table a[href^=/cities/]")).isNotEmpty();
        assertThat(map.select("a[href^=/api/network/graph?format=nodes.csv]")).hasSize(1);
        assertThat(map.select("a[href^=/api/network/graph?format=gexf]")).hasSize(1);

        Document twinnings = page("/network", "kind", "twinning", "route", "central_med");
        assertThat(twinnings.select("#ties-table tbody td:nth-child(4)").eachText()).isNotEmpty().containsOnly("twinning");
        assertThat(twinnings.select("input[name=kind][value=twinning][checked]")).hasSize(1);
        assertThat(twinnings.select("#route option[selected]").val()).isEqualTo("central_med");
        assertThat(twinnings.select("a[href*=format=edges.csv]").attr("href"))
                .isEqualTo("/api/network/graph?format=edges.csv&kind=twinning&route=central_med");
    }

    @Test
    void theGraphViewCarriesEveryKindOfNodeForCytoscapeWithATableOfNodesLinkedToTheirPages() throws Exception {
        Document graph = page("/network/graph", "lang", "ar");
        JsonNode data = json.readTree(graph.selectFirst("[data-network-graph]").attr("data-graph"));
        assertThat(data.get("nodes").findValuesAsString("kind")).contains("place", "network");
        assertThat(data.get("edges").size()).isGreaterThan(10);
        assertThat(graph.selectFirst("[data-network-graph]").attr("data-graph")).doesNotContainPattern(OTHER_DIGITS);
        assertThat(graph.select("script[src=/webjars/cytoscape/3.33.1/dist/cytoscape.min.js]")).hasSize(1);
        assertThat(response("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").getStatus()).as("the bundled library is served").isEqualTo(200);

        Document english = page("/network/graph", "kind", "membership");
        assertThat(english.select("#nodes-table a[href^=/organisations/]")).as("networks link to their pages").isNotEmpty();
        assertThat(english.select("#nodes-table a[href^=/cities/]")).isNotEmpty();
        assertThat(english.select("#nodes-table tbody tr").size()).isLessThanOrEqualTo(NetworkMapController.PAGE_SIZE);
        int nodes = english.select("#nodes-table tbody tr").size();
        if (english.select("a[rel=next]").isEmpty()) {
            assertThat(nodes).isEqualTo(json.readTree(english.selectFirst("[data-network-graph]").attr("data-graph")).get("nodes").size());
        }
    }

    @Test
    void theRouteViewListsTheCitiesOfACorridorFromOriginToDestinationWithConnectednessInFiguresAndWords() throws Exception {
        Document routes = page("/network/routes");
        assertThat(routes.select("#routes-table tbody tr")).hasSize(4);
        assertThat(routes.select("#routes-table a[href^=/network/routes/]").eachAttr("href").stream().map(h -> h.replaceAll("\\?.*", "")))
                .contains("/network/routes/central_med", "/network/routes/western_med", "/network/routes/eastern_med", "/network/routes/atlantic");

        Document central = page("/network/routes/central_med");
        List<String> roles = new ArrayList<>(central.select("#route-cities tbody td:nth-child(1)").eachText());
        String cityNames = central.select("#route-cities").text();
        int rows = central.select("#route-cities tbody tr").size();
        for (int p = 1; !page("/network/routes/central_med", "page", Integer.toString(p - 1)).select("a[rel=next]").isEmpty(); p++) {
            Document next = page("/network/routes/central_med", "page", Integer.toString(p));
            roles.addAll(next.select("#route-cities tbody td:nth-child(1)").eachText());
            cityNames += " " + next.select("#route-cities").text();
            rows += next.select("#route-cities tbody tr").size();
            assertThat(next.select("#route-cities tbody tr").size()).isLessThanOrEqualTo(RoutesController.PAGE_SIZE);
        }
        List<Integer> order = roles.stream().map(r -> r.startsWith("Origin") ? 0 : r.startsWith("Transit") ? 1 : 2).toList();
        assertThat(order).as("origin, then transit, then destination").isSorted().contains(0, 1, 2);
        assertThat(cityNames).contains("Agadez", "Tamanrasset", "Kassala", "Dongola");
        for (Element cell : central.select("#route-cities tbody td:nth-child(4)")) {
            assertThat(cell.text()).as("the number and the word beside the colour").containsPattern("\\d+% (little|somewhat|well) connected");
        }
        assertThat(central.select("#bands li")).hasSize(3);
        JsonNode map = json.readTree(central.selectFirst("[data-network-map]").attr("data-graph"));
        assertThat(map.get("cities").size()).as("the map shows every city of the route, on every page").isEqualTo(rows);
        assertThat(map.get("cities").findValuesAsString("colour")).allMatch(c -> c.matches("#[0-9a-f]{6}"));

        Document sudan = page("/network/routes/central_med", "country", "SD", "lang", "ar");
        assertThat(sudan.select("#route-cities").text()).contains("Kassala").doesNotContain("Agadez").doesNotContainPattern(OTHER_DIGITS);

        assertThat(response("/network/routes/pacific").getStatus()).isEqualTo(404);
        assertThat(response("/network/routes/central_med", "year", "1800").getStatus()).isEqualTo(400);
    }

    @Test
    void theCsvExportsGiveNodesWithTheirMetricsAndEdgesWithTheirSourceForAnyFilterWithHxlHashtags() throws Exception {
        MockHttpServletResponse nodes = response("/api/network/graph", "format", "nodes.csv", "route", "central_med");
        assertThat(nodes.getStatus()).isEqualTo(200);
        assertThat(nodes.getContentType()).startsWith("text/csv");
        assertThat(nodes.getHeader("Content-Disposition")).contains("cooperation-graph-nodes.csv");
        assertThat(nodes.getContentAsByteArray()[0]).as("for machines: no byte order mark, the header first").isEqualTo((byte) 'i');
        List<CSVRecord> nodeRows = CSVFormat.RFC4180.parse(new java.io.StringReader(nodes.getContentAsString(StandardCharsets.UTF_8))).getRecords();
        assertThat(nodeRows.get(0).toList()).startsWith("id", "kind", "record_id", "label", "country", "latitude", "longitude")
                .contains("degree", "betweenness", "pagerank", "connectedness");
        assertThat(nodeRows.get(1).get(0)).isEqualTo("#x_node+id");
        assertThat(nodeRows.get(1).toList()).contains("#loc+name", "#country+code", "#geo+lat");
        assertThat(nodeRows.size()).isGreaterThan(10);
        CSVRecord sfax = nodeRows.stream().filter(r -> r.get(3).equals("Sfax")).findFirst().orElseThrow();
        assertThat(sfax.get(1)).isEqualTo("place");
        assertThat(sfax.get(5)).matches("-?\\d+(\\.\\d+)?");
        assertThat(Integer.parseInt(sfax.get(8))).as("degree").isGreaterThan(5);

        String edgesText = response("/api/network/graph", "format", "edges.csv", "kind", "twinning", "lang", "ar").getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> edges = CSVFormat.RFC4180.parse(new java.io.StringReader(edgesText)).getRecords();
        assertThat(edges.get(0).toList()).startsWith("source", "target", "type", "kind", "weight", "since", "until", "record", "record_id", "via");
        assertThat(edges.subList(2, edges.size())).isNotEmpty().allMatch(r -> r.get(3).equals("twinning") && r.get(0).startsWith("place:"));
        assertThat(edgesText).doesNotContainPattern(OTHER_DIGITS);

        // A country: every tie has at least one city in it, and the JSON, GraphML and CSV agree on the count.
        long tunis = places.resolve("Sfax, TN").orElseThrow().id();
        assertThat(tunis).isPositive();
        List<CSVRecord> tunisian = CSVFormat.RFC4180.parse(new java.io.StringReader(
                body("/api/network/graph", "format", "edges.csv", "country", "TN"))).getRecords();
        Set<String> tunisianPlaces = new java.util.HashSet<>();
        snapshot.nodes().values().stream().filter(n -> n.kind() == Node.Kind.PLACE && "TN".equals(n.countryCode()))
                .forEach(n -> tunisianPlaces.add(n.key()));
        assertThat(tunisian.subList(2, tunisian.size())).isNotEmpty()
                .allMatch(r -> tunisianPlaces.contains(r.get(0)) || tunisianPlaces.contains(r.get(1)));
        JsonNode asJson = json.readTree(body("/api/network/graph", "country", "TN"));
        assertThat(asJson.get("ties").size()).isEqualTo(tunisian.size() - 2);
        String graphMl = body("/api/network/graph", "format", "graphml", "country", "TN");
        assertThat(graphMl.split("<edge ", -1).length - 1).isEqualTo(tunisian.size() - 2);

        assertThat(response("/api/network/graph", "format", "xlsx").getStatus()).isEqualTo(400);
        assertThat(json.readTree(response("/api/network/graph", "format", "xlsx").getContentAsString()).get("parameter").asText())
                .isEqualTo("format");
    }

    @Test
    void theYearComparisonShowsChangedCitiesAndTheTiesThatStartedAndEndedAndRefusesBadYearsNamingTheField() throws Exception {
        int first = snapshot.years().firstKey();
        int last = snapshot.years().lastKey();
        assertThat(last).as("the built-in dataset has ties over several years").isGreaterThan(first);
        String from = Integer.toString(first);
        String to = Integer.toString(last);

        JsonNode changes = json.readTree(body("/api/network/changes", "from", from, "to", to));
        assertThat(changes.get("from").asInt()).isEqualTo(first);
        assertThat(changes.get("tiesTo").asInt()).isEqualTo(snapshot.years().get(last).tiesCount());
        assertThat(changes.get("started").size()).as("ties recorded since the first year").isPositive();
        assertThat(changes.get("cities").size()).isPositive();
        long started = snapshot.ties().stream().filter(t -> t.activeIn(last) && !t.activeIn(first)).count();
        assertThat(changes.get("started").size()).isEqualTo((int) started);

        for (String language : LANGUAGES) {
            Document page = page("/network/changes", "from", from, "to", to, "lang", language);
            assertThat(page.select("#from option[selected]").val()).isEqualTo(from);
            assertThat(page.select("#changed-cities tbody tr")).isNotEmpty();
            assertThat(page.select("#started-ties tbody tr")).isNotEmpty();
            assertThat(page.select("#summary").text()).contains(to);
        }
        assertThat(page("/network/changes", "lang", "ar").select("#summary").text()).doesNotContainPattern(OTHER_DIGITS);

        MockHttpServletResponse badPage = response("/network/changes", "from", "1800", "to", to);
        assertThat(badPage.getStatus()).isEqualTo(400);
        Document bad = Jsoup.parse(badPage.getContentAsString(StandardCharsets.UTF_8));
        assertThat(bad.select("#from").attr("aria-invalid")).isEqualTo("true");
        assertThat(bad.select("#from-error").text()).isEqualTo("Choose a year with ties, from " + from + " to " + to + ".");
        MockHttpServletResponse backwards = response("/network/changes", "from", to, "to", from);
        assertThat(Jsoup.parse(backwards.getContentAsString(StandardCharsets.UTF_8)).select("#to-error")).hasSize(1);

        MockHttpServletResponse badApi = response("/api/network/changes", "from", from, "to", "3000");
        assertThat(badApi.getStatus()).isEqualTo(400);
        assertThat(json.readTree(badApi.getContentAsString()).get("parameter").asText()).isEqualTo("to");
        assertThat(json.readTree(response("/api/network/changes", "from", "x", "to", to).getContentAsString()).get("parameter").asText())
                .isEqualTo("from");
        assertThat(response("/api/network/changes", "from", to, "to", to).getStatus()).isEqualTo(400);
        assertThat(response("/api/network/changes", "to", to).getStatus()).isEqualTo(400);
    }

    @Test
    void badFiltersMeanAnyOrAreRefusedNamingTheYear() throws Exception {
        Document hostile = page("/network", "kind", "<script>", "route", "'; drop table place; --", "country", "ZZZ", "page", "-4");
        assertThat(hostile.select("#ties-table tbody tr")).isNotEmpty();
        assertThat(hostile.html()).doesNotContain("<script>alert");
        assertThat(response("/network", "year", "abc").getStatus()).isEqualTo(400);
        assertThat(response("/network/graph", "year", "1800").getStatus()).isEqualTo(400);
        assertThat(page("/network", "page", "99999").select("#ties-table tbody tr")).isNotEmpty();
        String year = Integer.toString(snapshot.years().lastKey());
        assertThat(page("/network", "year", year).select("#year option[selected]").val()).isEqualTo(year);
    }
}
