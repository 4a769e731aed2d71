package org.crossroads.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.directory.Places;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The under-connected page (tables, no script, Arabic right to left) and the network API. */
@IntegrationTest
class NetworkWebTest extends WebTest {

    @Autowired CooperationNetwork network;
    @Autowired Places places;
    @Autowired JsonMapper json;

    @BeforeEach
    void setUp() {
        network.latest().orElseGet(network::refresh);
    }

    String body(String url, String... params) throws Exception {
        var request = get(url);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theUnderConnectedPageListsTheCitiesOfARouteAndCountryWithTheirReasonsAndTheGapCountries() throws Exception {
        Document page = Jsoup.parse(body("/network/under-connected", "route", "central_med", "country", "SD"));
        assertThat(page.select("table.figures").first().text()).contains("Kassala", "Dongola", "member of no network");
        assertThat(page.select("script[src*=network]")).isEmpty();
        Document gaps = Jsoup.parse(body("/network/under-connected", "route", "central_med"));
        assertThat(gaps.select("#gaps + p + div table").text()).contains("Libya", "Egypt", "Algeria");
        assertThat(gaps.select("#hubs").text()).isEqualTo("Hubs and brokers");

        Document arabic = Jsoup.parse(body("/network/under-connected", "route", "central_med", "country", "DZ", "lang", "ar"));
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("h1").text()).isEqualTo("المدن ضعيفة الترابط");
        assertThat(arabic.text()).contains("Tamanrasset", "مدينة عبور على طريق وسط البحر الأبيض المتوسط")
                .doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]");
    }

    @Test
    void aCityPageShowsItsConnectionsAndWhereItIsUnderConnected() throws Exception {
        Document sfax = Jsoup.parse(body("/cities/" + places.resolve("Sfax, TN").orElseThrow().id()));
        var section = sfax.select("h2:containsOwn(Connections) + ul");
        assertThat(section.text()).contains("member of", "twinning", "All figures and ties (JSON)");
        assertThat(section.select("a[href^=/cities/]:not([href$=/peers])")).hasSizeBetween(1, 10);
        // and the way to the peers that could help it (peer matching)
        assertThat(section.select("a[href$=/peers]").text()).isEqualTo("Peers that could help this city");
        Document kassala = Jsoup.parse(body("/cities/" + places.resolve("Kassala, SD").orElseThrow().id(), "lang", "fr"));
        assertThat(kassala.select("h2:containsOwn(Liens) + ul").text())
                .contains("membre d’aucun réseau", "Peu connectée sur la route de la Méditerranée centrale");
    }

    @Test
    void theGraphExportsAsJsonGraphMlAndGexfForAnyFilter() throws Exception {
        JsonNode twinnings = json.readTree(body("/api/network/graph", "kind", "twinning"));
        assertThat(twinnings.get("ties").size()).as("the built-in twinnings of Sfax and others").isGreaterThanOrEqualTo(5);
        assertThat(twinnings.get("ties").findValuesAsString("kind")).containsOnly("twinning");
        assertThat(twinnings.get("nodes").size()).isGreaterThan(twinnings.get("ties").size() / 2);

        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document graphMl = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                body("/api/network/graph", "format", "graphml", "route", "central_med").getBytes(StandardCharsets.UTF_8)));
        assertThat(graphMl.getDocumentElement().getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
        assertThat(graphMl.getElementsByTagName("edge").getLength()).isGreaterThan(10);
        assertThat(graphMl.getElementsByTagName("node").getLength()).isGreaterThan(5);

        org.w3c.dom.Document gexf = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                body("/api/network/graph", "format", "gexf", "kind", "membership").getBytes(StandardCharsets.UTF_8)));
        assertThat(gexf.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(gexf.getElementsByTagName("edge").getLength()).isGreaterThan(50);

        assertThat(mvc.perform(get("/api/network/graph").param("format", "xls")).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void aYearShowsTheTiesActiveThatYearAndHostileFiltersMeanAny() throws Exception {
        int year = network.latest().orElseThrow().years().lastKey();
        assertThat(Jsoup.parse(body("/network/under-connected", "year", Integer.toString(year))).select("#year option[selected]").text())
                .isEqualTo(Integer.toString(year));
        assertThat(body("/network/under-connected", "route", "'; drop table place; --", "country", "<script>", "page", "-3"))
                .doesNotContain("<script>");
        assertThat(mvc.perform(get("/network/under-connected").param("year", "abc")).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void theApiGivesACitysMetricsAndTiesAndTheUnderConnectedListWithReasonsInTheLanguageAsked() throws Exception {
        long sfax = places.resolve("Sfax, TN").orElseThrow().id();
        JsonNode city = json.readTree(body("/api/network/cities/" + sfax));
        assertThat(city.get("metrics").get("degree").asInt()).isGreaterThan(10);
        assertThat(city.get("metrics").get("networks").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(city.get("ties").size()).isGreaterThan(10);
        assertThat(city.get("ties").get(0).get("record").asText()).isNotBlank();

        JsonNode list = json.readTree(body("/api/network/under-connected", "route", "central_med", "country", "SD"));
        assertThat(list.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(list.get("items").findValuesAsString("name")).contains("Kassala", "Dongola");
        JsonNode first = list.get("items").get(0);
        assertThat(first.get("reasons").get(0).asText()).isEqualTo("member of no network");
        assertThat(first.get("figures").get("networks").asInt()).isZero();

        JsonNode arabic = json.readTree(body("/api/network/under-connected", "route", "central_med", "country", "SD", "lang", "ar"));
        assertThat(arabic.get("items").get(0).get("reasons").get(0).asText()).isEqualTo("ليست عضوًا في أي شبكة");

        assertThat(mvc.perform(get("/api/network/cities/999999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/network/cities/" + sfax).param("year", "1900")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
