package org.crossroads.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.Places;
import org.crossroads.inventory.search.Facet;
import org.crossroads.inventory.search.InitiativeSearch;
import org.crossroads.inventory.search.SearchQuery;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A place whose population is not known is of unknown size, never a "small town". */
@IntegrationTest
class UnknownSizeTest extends WebTest {

    static final String RUN = Long.toString(System.nanoTime(), 36);
    static final Editor ADMIN = new Editor(0, "size-admin", "Size admin", Role.ADMINISTRATOR, null, null);

    @Autowired InitiativeEditing editing;
    @Autowired InitiativeSearch search;
    @Autowired Places places;
    @Autowired Vocabularies vocabularies;
    @Autowired JdbcClient jdbc;

    @Test
    void aPlaceWithoutPopulationIsOfUnknownSizeInTheFacetAndOnTheHomePage() throws Exception {
        String ref = "place:nopop-" + RUN;
        jdbc.sql("""
                insert into place (external_id, name, country_code, population, latitude, longitude, created_by)
                values (:ref, :name, 'EG', null, 30.0, 31.2, 'test')""").param("ref", ref).param("name", "No population " + RUN)
                .update();
        jdbc.sql("""
                insert into place (external_id, name, country_code, population, latitude, longitude, created_by)
                values (:ref, :name, 'EG', 0, 30.0, 31.2, 'test')""").param("ref", ref + "-zero").param("name", "Zero " + RUN)
                .update();
        assertThat(places.resolve(ref).orElseThrow().sizeClass()).isEqualTo("unknown");
        assertThat(places.resolve(ref + "-zero").orElseThrow().sizeClass()).as("GeoNames writes 0 when not known").isEqualTo("unknown");

        String name = "Unknown size exchange " + RUN;
        editing.create(new InitiativeDraft("test:size-" + RUN, name, "Exchange in a place of unknown size", "peer_exchange",
                List.of("housing"), List.of(ref), List.of("EG"), false, List.of(), List.of(), List.of(), List.of(),
                LocalDate.of(2021, 1, 1), null, "active", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of(), "Test source"), ADMIN);
        var result = search.search(new SearchQuery(name, Map.of(), 1, 20));
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.facetCounts().get(Facet.SIZE_CLASS)).containsEntry("unknown", 1).doesNotContainKey("small");
        assertThat(search.search(new SearchQuery(name, Map.of(Facet.SIZE_CLASS, Set.of("small")), 1, 20)).total()).isZero();
        assertThat(search.search(new SearchQuery(name, Map.of(Facet.SIZE_CLASS, Set.of("unknown")), 1, 20)).total()).isEqualTo(1);

        for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ar"), Locale.forLanguageTag("es"))) {
            String label = vocabularies.label(Vocabularies.SIZE_CLASS, "unknown", language);
            assertThat(label).as(language.toString()).isNotBlank().isNotEqualTo("unknown");
        }

        Document facets = Jsoup.parse(mvc.perform(get("/initiatives").param("q", name)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(facets.select("#facet-size input[value=unknown]")).isNotEmpty();
        assertThat(facets.select("#facet-size").text()).contains("Size not known");
        Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(home.select("#count-unknown-size").text()).matches("Size not known for \\d+ cit(y|ies) with initiatives.*");
        Document arabic = Jsoup.parse(mvc.perform(get("/").param("lang", "ar")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(arabic.select("#count-unknown-size").text()).startsWith("حجم غير معروف");
    }
}
