package org.crossroads.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** The inventory's pages, exports and API as a browser or a script sees them, on the built-in dataset. */
@IntegrationTest
class InventoryWebTest extends WebTest {

    @Autowired InitiativeEditing editing;

    MvcResult perform(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    static final Editor ADMIN = new Editor(0, "admin", "admin", Role.ADMINISTRATOR, null, null);

    @Test
    void theSearchPageListsTheBuiltInInitiativesWithFacetCountsAndNarrowsByFacet() throws Exception {
        Document all = page(get("/initiatives"));
        int total = count(all);
        assertThat(total).isGreaterThan(50);
        assertThat(all.select("#facet-type input[type=checkbox]")).isNotEmpty();
        Document narrowed = page(get("/initiatives").param("type", "peer_exchange"));
        assertThat(count(narrowed)).isBetween(1, total - 1);
        assertThat(narrowed.select("#facet-type input[value=peer_exchange][checked]")).hasSize(1);
        Document text = page(get("/initiatives").param("q", "Sfax"));
        assertThat(count(text)).isPositive();
    }

    /** Issue 12 §3: from the home page a newcomer finds every part, the map frames every city, networks by name. */
    @Test
    void theHomePageLeadsToEveryPartAndNamesNetworksInFull() throws Exception {
        for (String lang : List.of("en", "fr", "ar", "es")) {
            Document home = page(get("/").param("lang", lang));
            assertThat(home.select("#home-parts dt a")).as(lang).hasSize(11);
            assertThat(home.select("#home-parts dd").eachText()).as(lang).allMatch(t -> t.length() > 20);
        }
        Document home = page(get("/"));
        for (String href : home.select("#home-parts dt a").eachAttr("href")) {
            assertThat(perform(get(href)).getResponse().getStatus()).as(href).isEqualTo(200);
        }
        assertThat(home.selectFirst("#home-map").hasAttr("data-center")).as("the map fits every city it shows").isFalse();
        assertThat(home.text()).contains("Mediterranean City-to-City Migration (MC2CM)");
        // the map's circles cannot be reached from the keyboard: every city it shows is listed as text
        int mapped = tools.jackson.databind.json.JsonMapper.builder().build().readTree(perform(get("/map/cities.geojson"))
                .getResponse().getContentAsString()).get("features").size();
        assertThat(home.select("#map-cities li a")).hasSize(mapped);
        assertThat(home.select("#map-cities summary").text()).contains("All " + mapped + " cities on the map");
    }

    @Test
    void anUnknownInitiativeIsATranslatedNotFoundPage() throws Exception {
        MvcResult result = perform(get("/initiatives/999999999").header("Accept-Language", "fr"));
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aFormWithErrorsComesBackWithMessagesBesideTheFieldsAndTheTypedValues() throws Exception {
        Document form = page(post("/initiatives/new").with(user("admin").roles("ADMINISTRATOR")).with(csrf())
                .param("name", "").param("activityType", "peer_exchange").param("cities", "Atlantis, ZZ")
                .param("summary", "kept text").param("source", "test").param("version", "0"));
        assertThat(form.select("#err-name").text()).isNotBlank();
        assertThat(form.select("#err-cities").text()).contains("Atlantis, ZZ");
        assertThat(form.select("#summary").text()).isEqualTo("kept text");
        assertThat(form.select("#error-summary a").eachAttr("href")).as("every error at the top, linked to its field")
                .contains("#err-name", "#err-cities");
        assertThat(form.select("#error-summary a").eachAttr("href")).allMatch(h -> !form.select(h).isEmpty());
        MvcResult saved = perform(post("/initiatives/new").with(user("admin").roles("ADMINISTRATOR")).with(csrf())
                .param("name", "Web-made exchange").param("activityType", "peer_exchange").param("cities", "Sfax, TN")
                .param("source", "test").param("version", "0"));
        assertThat(saved.getResponse().getRedirectedUrl()).matches("/initiatives/\\d+");
    }

    @Test
    void aStaleFormIsAConflictThatKeepsTheEditorsText() throws Exception {
        long id = editing.create(draft("web:conflict", "Conflict on the web"), ADMIN);
        editing.update(id, 0, draft("web:conflict", "Changed meanwhile"), ADMIN);
        Document conflict = page(post("/initiatives/" + id + "/edit").with(user("admin").roles("ADMINISTRATOR")).with(csrf())
                .param("externalId", "web:conflict").param("name", "My late change").param("activityType", "peer_exchange")
                .param("source", "test").param("version", "0"));
        assertThat(conflict.select(".conflict")).isNotEmpty();
        assertThat(conflict.select("#name").val()).isEqualTo("My late change");
    }

    /** The import form chooses no kind for the editor, says every missing choice at once, and its two actions differ. */
    @Test
    void theImportFormChoosesNoKindAndReportsEveryMissingChoiceAtOnce() throws Exception {
        Document form = page(get("/import").with(user("admin").roles("ADMINISTRATOR")));
        assertThat(form.select("#kind option[selected]")).hasSize(1);
        assertThat(form.selectFirst("#kind option[selected]").val()).isEmpty();
        assertThat(form.selectFirst("#kind").hasAttr("required")).isTrue();
        assertThat(form.selectFirst("#import-now").hasClass("secondary")).isTrue();
        assertThat(form.selectFirst("#check").hasClass("secondary")).isFalse();
        Document linked = page(get("/import?kind=initiatives").with(user("admin").roles("ADMINISTRATOR")));
        assertThat(linked.selectFirst("#kind option[selected]").val()).isEqualTo("initiatives");

        Document neither = page(multipart("/import").with(user("admin").roles("ADMINISTRATOR")).with(csrf())
                .param("action", "check"));
        assertThat(neither.select(".error-summary a").eachAttr("href")).containsExactly("#err-kind", "#err-file");
        assertThat(neither.selectFirst("#kind").attr("aria-invalid")).isEqualTo("true");
        assertThat(neither.selectFirst("#kind").attr("aria-describedby")).isEqualTo("err-kind");
        assertThat(neither.selectFirst("#file").attr("aria-describedby")).isEqualTo("err-file");
        Document noFile = page(multipart("/import").with(user("admin").roles("ADMINISTRATOR")).with(csrf())
                .param("kind", "organisations").param("action", "check"));
        assertThat(noFile.select(".error-summary a").eachAttr("href")).containsExactly("#err-file");
        assertThat(noFile.selectFirst("#kind option[selected]").val()).as("the choice is kept").isEqualTo("organisations");
    }

    @Test
    void searchResultsExportAsCsvWithHxlPlainCsvJsonAndGeoJson() throws Exception {
        editing.create(draft("web:formula", "=HYPERLINK(\"http://evil\")"), ADMIN);
        String hxl = perform(get("/initiatives.csv").param("q", "hyperlink")).getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = hxl.lines().toList();
        assertThat(lines.get(0)).startsWith("external_id,name,");
        assertThat(lines.get(1)).contains("#activity+id", "#loc+name", "#country+code");
        assertThat(hxl).contains("'=HYPERLINK");
        String plain = perform(get("/initiatives.plain.csv").param("q", "hyperlink")).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(plain.lines().skip(1).findFirst().orElseThrow()).doesNotStartWith("#");
        assertThat(perform(get("/initiatives.geojson").param("type", "peer_exchange")).getResponse().getContentAsString())
                .startsWith("{\"type\":\"FeatureCollection\"").contains("MultiPoint");
        assertThat(perform(get("/initiatives.json").param("q", "hyperlink")).getResponse().getContentAsString()).startsWith("[{");
    }

    @Test
    void theApiSearchesWithFacetsAndIsDocumented() throws Exception {
        String json = perform(get("/api/initiatives").param("q", "migration").param("type", "peer_exchange"))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"total\"").contains("\"facets\"").contains("\"activityType\":\"peer_exchange\"");
        assertThat(perform(get("/api/initiatives/999999999")).getResponse().getStatus()).isEqualTo(404);
        assertThat(perform(get("/api-docs")).getResponse().getContentAsString()).contains("/api/initiatives").contains("/api/cities");
        assertThat(perform(get("/api/vocabularies/gcm_objective")).getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("\"code\":\"23\"");
    }

    @Test
    void editingPagesNeedALogin() throws Exception {
        assertThat(perform(get("/initiatives/new")).getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(perform(get("/import")).getResponse().getRedirectedUrl()).endsWith("/login");
    }

    static InitiativeDraft draft(String externalId, String name) {
        return new InitiativeDraft(externalId, name, null, "peer_exchange", List.of(), List.of("Oujda, MA"), List.of(), false,
                List.of("MC2CM"), List.of(), List.of(), List.of(), null, null, "active", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), java.util.Map.of(), "test");
    }

    private static int count(Document page) {
        return Integer.parseInt(page.select("#list-status").attr("data-total"));
    }
}
