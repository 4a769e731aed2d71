package org.crossroads.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crossroads.IntegrationTest;
import org.crossroads.WebClient;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Role;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.learning.events.EventQuery;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.learning.outcomes.OutcomeQuery;
import org.crossroads.shared.search.SearchLexicon;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facets of the one search (issue 11 §3) over real HTTP: counts per value for the current words and the other
 * facets' selections, OR within a facet and AND across facets, kinds without a facet left out and named, access
 * (members-only and Chatham House documents never counted for readers who may not see them or their source), labels
 * in Arabic, the API's JSON; and events and outcomes found in four languages. Every fixture carries a made-up word of
 * this run, so the built-in dataset and other tests' records never interfere.
 */
@IntegrationTest
class PlatformSearchFacetsTest {

    static final String PASSWORD = "facet heron lantern quarry";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired OrganisationEditing organisations;
    @Autowired LearningEvents events;
    @Autowired OutcomeHarvest outcomes;
    @Autowired SearchLexicon lexicon;

    static String run;
    static long networkOne;
    static long networkTwo;
    static long sfax;
    static long tangier;
    static long housingDoc;
    static long healthDoc;
    static long membersDoc;
    static long chathamDoc;
    static long practice;
    static long event;
    static long outcome;

    /** The word every fixture carries: a made-up word of this run. */
    static String w() {
        return "zorvex" + run;
    }

    @BeforeEach
    void fixtures() {
        if (run != null) {
            return;
        }
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        run = letters.toString();
        networkOne = organisations.upsertByExternalId(new OrganisationDraft("org:facet-one-" + run, "Facet Network One " + run,
                "FNO" + run, "city_network", null, null, null, null, "Facet test"), "test").id();
        networkTwo = organisations.upsertByExternalId(new OrganisationDraft("org:facet-two-" + run, "Facet Network Two " + run,
                "FNT" + run, "city_network", null, null, null, null, "Facet test"), "test").id();
        accounts.create("facet-one-" + run, "Facet coordinator one", "{noop}" + PASSWORD, Role.NETWORK_COORDINATOR, networkOne, null);
        accounts.create("facet-two-" + run, "Facet coordinator two", "{noop}" + PASSWORD, Role.NETWORK_COORDINATOR, networkTwo, null);
        sfax = place("Sfax", "TN");
        tangier = place("Tangier", "MA");

        housingDoc = document("public", "housing", "TN", 2003, "fr", "report");
        link(housingDoc, sfax, networkOne);
        healthDoc = document("public", "health", "MA", 2004, "en", "case_study");
        jdbc.sql("insert into document_place (document_id, place_id) values (:d, :p)").param("d", healthDoc).param("p", tangier).update();
        membersDoc = document("members", "housing", "TN", 2003, "fr", "report");
        link(membersDoc, sfax, networkOne);
        chathamDoc = document("chatham_house", "housing", "TN", 2003, "fr", "report");
        link(chathamDoc, sfax, networkTwo);

        practice = jdbc.sql("""
                insert into practice (external_id, language, title, country_codes, themes, problem, publication, provenance, created_by)
                values (:x, 'en', :t, '{TN}', '{housing}', 'Newcomers had nowhere to stay.', 'published', 'Facet test', 'test')
                returning id""").param("x", "practice:facet-" + run).param("t", "Shelter network " + w()).query(Long.class).single();
        event = jdbc.sql("""
                insert into learning_event (external_id, theme, host_place_id, starts_on, ends_on, format, source, created_by)
                values (:x, :t, :p, date '2003-05-12', date '2003-05-13', 'in_person', 'Facet test', 'test') returning id""")
                .param("x", "facet:event:" + run).param("t", "Twinning of coastal cities " + w() + " quarnetik" + run)
                .param("p", sfax).query(Long.class).single();
        jdbc.sql("insert into learning_event_organiser (event_id, organisation_id) values (:e, :o)")
                .param("e", event).param("o", networkOne).update();
        outcome = jdbc.sql("""
                insert into outcome_statement (status, change_agent, change_type, description, observed_on, place_id,
                    network_id, source, chatham_house, created_by)
                values ('validated', 'The city council', 'policy', :d, date '2003-09-01', :p, :n, :s, true, 'test') returning id""")
                .param("d", "Les hébergements d'urgence accueillent les familles " + w()).param("p", sfax)
                .param("n", networkOne).param("s", "Secret informant " + run).query(Long.class).single();
        lexicon.replace("event", "select to_tsvector('simple', search_text) from learning_event");
    }

    long place(String name, String country) {
        return jdbc.sql("select id from place where name = :n and country_code = :c order by population desc nulls last limit 1")
                .param("n", name).param("c", country).query(Long.class).single();
    }

    long document(String access, String theme, String country, int year, String language, String type) {
        return jdbc.sql("""
                insert into document (external_id, type, title, language, year, themes, country_codes, access, publication,
                    source, created_by)
                values (:x, :type, :t, :l, :y, array[:theme], array[:c], :a, 'published', 'Facet test', 'facet-someone')
                returning id""")
                .param("x", "doc:facet-" + run + "-" + access + "-" + theme).param("type", type)
                .param("t", "Facet " + access + " " + w()).param("l", language).param("y", year).param("theme", theme)
                .param("c", country).param("a", access).query(Long.class).single();
    }

    void link(long doc, long place, long network) {
        jdbc.sql("insert into document_place (document_id, place_id) values (:d, :p)").param("d", doc).param("p", place).update();
        jdbc.sql("insert into document_organisation (document_id, organisation_id, role) values (:d, :o, 'network')")
                .param("d", doc).param("o", network).update();
    }

    JsonNode api(WebClient client, String query) {
        HttpResponse<String> response = client.get("/api/search?q=" + q(w()) + "&" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    static String q(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    static long total(JsonNode answer, String kind) {
        for (JsonNode g : answer.get("groups")) {
            if (g.get("kind").asString().equals(kind)) {
                return g.get("total").asLong();
            }
        }
        throw new AssertionError("no group " + kind);
    }

    static JsonNode facet(JsonNode answer, String name) {
        for (JsonNode f : answer.get("facets")) {
            if (f.get("facet").asString().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** A facet's counts by value (empty when the facet is absent). */
    static Map<String, Long> counts(JsonNode answer, String name) {
        Map<String, Long> counts = new HashMap<>();
        JsonNode f = facet(answer, name);
        if (f != null) {
            f.get("values").forEach(v -> counts.put(v.get("value").asString(), v.get("count").asLong()));
        }
        return counts;
    }

    @Test
    void eachValueCountsWhatItWouldGiveWithTheOtherFacetsSelections() {
        WebClient reader = WebClient.anonymous(port);
        JsonNode all = api(reader, "");
        // housing: the public document, the Chatham House one (found, without its source) and the practice
        assertThat(counts(all, "theme")).containsEntry("housing", 3L).containsEntry("health", 1L);
        // Tunisia: the public and Chatham House documents, the practice, the event hosted in Sfax, the outcome in Sfax
        assertThat(counts(all, "country")).containsEntry("TN", 5L).containsEntry("MA", 1L);
        assertThat(counts(all, "city")).containsEntry(String.valueOf(sfax), 4L).containsEntry(String.valueOf(tangier), 1L);
        assertThat(counts(all, "year")).containsEntry("2003", 4L).containsEntry("2004", 1L);
        assertThat(counts(all, "language")).containsEntry("fr", 2L).containsEntry("en", 1L);
        assertThat(counts(all, "type")).containsEntry("report", 2L).containsEntry("case_study", 1L);

        // one theme: its own facet keeps the other value's count; kinds without themes are left out, and named
        JsonNode housing = api(reader, "theme=housing");
        assertThat(total(housing, "documents")).isEqualTo(2);
        assertThat(total(housing, "practices")).isEqualTo(1);
        assertThat(total(housing, "events")).isZero();
        assertThat(total(housing, "outcomes")).isZero();
        assertThat(counts(housing, "theme")).containsEntry("housing", 3L).containsEntry("health", 1L);
        assertThat(counts(housing, "year")).containsEntry("2003", 2L).doesNotContainKey("2004");
        List<String> leftOut = new ArrayList<>();
        facet(housing, "theme").get("leavesOut").forEach(k -> leftOut.add(k.asString()));
        assertThat(leftOut).containsExactly("organisations", "cities", "events", "outcomes");

        // two values of one facet: either; two facets: both
        assertThat(total(api(reader, "theme=housing&theme=health"), "documents")).isEqualTo(3);
        JsonNode both = api(reader, "theme=housing&year=2003");
        assertThat(total(both, "documents")).isEqualTo(2);
        assertThat(total(both, "practices")).as("practices have no year").isZero();
        assertThat(total(api(reader, "theme=health&year=2003"), "documents")).isZero();
        JsonNode cityAndYear = api(reader, "city=" + sfax + "&year=2003");
        assertThat(total(cityAndYear, "events")).isEqualTo(1);
        assertThat(total(cityAndYear, "outcomes")).isEqualTo(1);
        assertThat(total(cityAndYear, "documents")).isEqualTo(2);
        assertThat(counts(cityAndYear, "city")).as("the city facet ignores its own selection, not the year's")
                .containsEntry(String.valueOf(sfax), 4L).doesNotContainKey(String.valueOf(tangier));
        assertThat(counts(api(reader, "city=" + sfax), "city")).containsEntry(String.valueOf(tangier), 1L);

        // one kind: the facets count that kind only, the kind facet still every kind
        JsonNode events = api(reader, "kind=events");
        assertThat(counts(events, "year")).containsEntry("2003", 1L);
        assertThat(counts(events, "network")).containsEntry(String.valueOf(networkOne), 1L);
        assertThat(facet(events, "theme")).isNull();
    }

    @Test
    void membersOnlyAndChathamHouseDocumentsCountOnlyForThoseWhoMaySeeThem() {
        JsonNode anonymous = api(WebClient.anonymous(port), "kind=documents");
        assertThat(counts(anonymous, "theme")).containsEntry("housing", 2L);
        // the public document only: the members-only one is unseen, the Chatham House one hides its networks
        assertThat(counts(anonymous, "network")).containsEntry(String.valueOf(networkOne), 1L)
                .doesNotContainKey(String.valueOf(networkTwo));
        assertThat(total(api(WebClient.anonymous(port), "network=" + networkTwo), "documents")).isZero();
        assertThat(anonymous.toString()).doesNotContain("FNT" + run);

        JsonNode one = api(WebClient.signedIn(port, "facet-one-" + run, PASSWORD), "kind=documents");
        assertThat(counts(one, "theme")).as("a member of network one sees its members-only document").containsEntry("housing", 3L);
        assertThat(counts(one, "network")).containsEntry(String.valueOf(networkOne), 2L).doesNotContainKey(String.valueOf(networkTwo));

        JsonNode two = api(WebClient.signedIn(port, "facet-two-" + run, PASSWORD), "kind=documents");
        assertThat(counts(two, "network")).as("network two's coordinator may see its Chatham House document's source")
                .containsEntry(String.valueOf(networkTwo), 1L);
        assertThat(counts(two, "theme")).containsEntry("housing", 2L);
    }

    @Test
    void valuesAreLabelledInTheReadersLanguageAndNumbersAreLocaleFree() {
        WebClient reader = WebClient.anonymous(port);
        JsonNode arabic = api(reader, "lang=ar");
        JsonNode city = facet(arabic, "city");
        List<String> cityLabels = new ArrayList<>();
        city.get("values").forEach(v -> cityLabels.add(v.get("label").asString()));
        assertThat(cityLabels).anyMatch(l -> l.contains("صفاقس"));
        List<String> themeLabels = new ArrayList<>();
        facet(arabic, "theme").get("values").forEach(v -> themeLabels.add(v.get("label").asString()));
        assertThat(themeLabels).contains("السكن");
        facet(arabic, "year").get("values").forEach(v -> {
            assertThat(v.get("count").isNumber()).isTrue();
            assertThat(v.get("value").asString()).matches("[0-9]{4}");
        });
        assertThat(facet(arabic, "city").get("more").isNumber()).isTrue();
        JsonNode french = api(reader, "lang=fr");
        List<String> countries = new ArrayList<>();
        facet(french, "country").get("values").forEach(v -> countries.add(v.get("label").asString()));
        assertThat(countries).contains("Tunisie", "Maroc");

        Document page = Jsoup.parse(reader.get("/search?q=" + q(w()) + "&theme=housing&lang=ar").body());
        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("#facet-city label").text()).contains("صفاقس");
        assertThat(page.select("#facet-theme input[name=theme][value=housing]").hasAttr("checked")).isTrue();
        assertThat(page.select("#facet-theme .facet-leaves-out").text()).isNotBlank();
        assertThat(page.select("#facet-year .count").text()).matches("[0-9 ]+");
        assertThat(page.text()).doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]");
        assertThat(reader.get("/search?q=" + q(w()) + "&more=city").statusCode()).isEqualTo(200);
        for (String bad : List.of("more=colour", "city=Sfax", "network=x", "type=novel", "year=03")) {
            assertThat(reader.get("/api/search?q=x&" + bad).statusCode()).as(bad).isEqualTo(400);
            assertThat(reader.get("/search?q=x&" + bad).statusCode()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void aLongFacetShowsItsTopTenAndListsTheRestOnRequest() {
        String word = "morlix" + run;
        for (int year = 1990; year < 2002; year++) {
            jdbc.sql("""
                    insert into document (external_id, type, title, language, year, access, publication, source, created_by)
                    values (:x, 'report', :t, 'en', :y, 'public', 'published', 'Facet test', 'facet-someone')""")
                    .param("x", "doc:facet-" + run + "-year-" + year).param("t", "Yearly " + word).param("y", year).update();
        }
        WebClient reader = WebClient.anonymous(port);
        JsonNode top = JsonMapper.builder().build().readTree(reader.get("/api/search?kind=documents&q=" + word).body());
        assertThat(facet(top, "year").get("values")).hasSize(PlatformSearch.FACET_TOP);
        assertThat(facet(top, "year").get("more").asInt()).isEqualTo(2);
        JsonNode all = JsonMapper.builder().build().readTree(reader.get("/api/search?kind=documents&more=year&q=" + word).body());
        assertThat(facet(all, "year").get("values")).hasSize(12);
        assertThat(facet(all, "year").get("more").asInt()).isZero();
        // a selected value beyond the top ten stays listed, checked
        JsonNode selected = JsonMapper.builder().build().readTree(reader.get("/api/search?kind=documents&year=1990&year=2001&q=" + word).body());
        assertThat(total(selected, "documents")).isEqualTo(2);
        assertThat(counts(selected, "year")).containsKeys("1990", "2001").hasSize(11);

        Document page = Jsoup.parse(reader.get("/search?kind=documents&q=" + word).body());
        assertThat(page.select("#facet-year input[type=checkbox]")).hasSize(PlatformSearch.FACET_TOP);
        assertThat(page.select("#facet-year a.facet-more").attr("href")).contains("more=year");
        Document expanded = Jsoup.parse(reader.get(page.select("#facet-year a.facet-more").attr("href").replaceAll("#.*", "")).body());
        assertThat(expanded.select("#facet-year input[type=checkbox]")).hasSize(12);
    }

    @Test
    void eventsAndOutcomesAreFoundInFourLanguages() {
        WebClient reader = WebClient.anonymous(port);
        // a vocabulary label in French (twinning), the host city in Arabic script, a typo of five letters or more
        for (String words : List.of("jumelage " + w(), "صفاقس " + w(), "Twinnings " + w(), "quarnetk" + run)) {
            JsonNode found = JsonMapper.builder().build().readTree(reader.get("/api/search?kind=events&q=" + q(words)).body());
            assertThat(total(found, "events")).as(words).isEqualTo(1);
            assertThat(found.get("groups").get(0).get("items").get(0).get("id").asLong()).isEqualTo(event);
        }
        assertThat(events.search(EventQuery.text("hermanamiento " + w())).items()).extracting(e -> e.id()).containsExactly(event);

        // accents and stems in French, the city by an Arabic name, never its Chatham House source
        for (String words : List.of("hebergement " + w(), "صفاقس " + w(), "famille " + w())) {
            JsonNode found = JsonMapper.builder().build().readTree(reader.get("/api/search?kind=outcomes&q=" + q(words)).body());
            assertThat(total(found, "outcomes")).as(words).isEqualTo(1);
            assertThat(found.toString()).doesNotContain("Secret informant");
        }
        assertThat(total(JsonMapper.builder().build().readTree(reader.get("/api/search?kind=outcomes&q="
                + q("informant " + run)).body()), "outcomes")).as("the source is not searched").isZero();
        assertThat(outcomes.search(OutcomeQuery.all().withText("hébergement " + w()), java.util.Optional.empty()).items())
                .extracting(o -> o.id()).containsExactly(outcome);
    }
}
