package org.crossroads.library.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.crossroads.IntegrationTest;
import org.crossroads.WebClient;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Role;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.library.DocumentQuery;
import org.crossroads.library.Documents;
import org.crossroads.library.files.DocumentFiles;
import org.crossroads.library.files.TestFiles;
import org.crossroads.library.practices.PracticeQuery;
import org.crossroads.library.practices.PracticeReads;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one search (issue 11 §3, §4) over real HTTP: documents found by their files' text in French, Arabic and
 * Spanish, practices by their translations, "jumelage" and "صفاقس" across kinds, members-only text never found nor
 * counted for others, Chatham House documents found without their source, the page, the header box and the API.
 * Every fixture carries a made-up word of this run (letters only), so the built-in dataset never interferes.
 */
@IntegrationTest
class PlatformSearchTest {

    static final String PASSWORD = "search heron lantern quarry";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired OrganisationEditing organisations;
    @Autowired DocumentFiles files;
    @Autowired Documents documents;
    @Autowired PracticeReads practices;
    @Autowired LibraryLexicon lexicon;

    static String run;
    static long network;
    static long frenchDoc;
    static long arabicDoc;
    static long spanishDoc;
    static long membersDoc;
    static long chathamDoc;
    static long sfaxDoc;
    static long practice;

    static String word(String prefix) {
        return prefix + run;
    }

    @BeforeEach
    void fixtures() throws Exception {
        if (run != null) {
            return;
        }
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        run = letters.toString();
        network = organisations.upsertByExternalId(new OrganisationDraft("org:search-" + run, "Search Network " + run,
                "SN" + run, "city_network", null, null, null, null, "Search test"), "test").id();
        accounts.create("search-coord-" + run, "Search coordinator", "{noop}" + PASSWORD, Role.NETWORK_COORDINATOR, network, null);

        frenchDoc = document("public", "Rapport " + word("kelvora"), null);
        attach(frenchDoc, "rapport.pdf", TestFiles.pdf("Les hébergements solidaires de la ville accueillent les familles "
                + "migrantes. " + word("kelvora") + " décrit le guichet unique."));
        arabicDoc = document("public", "Report " + word("tamsin"), null);
        attach(arabicDoc, "taqrir.docx", TestFiles.docx("افتتحت البلدية مكتبا موحدا للمهاجرين يجد فيه الوافدون معلومات عن الإسكان "
                + "والصحة " + word("tamsin")));
        spanishDoc = document("public", "Informe " + word("velmora"), null);
        attach(spanishDoc, "informe.docx", TestFiles.docx("Las ciudades acogedoras abrieron oficinas únicas para las personas "
                + "recién llegadas " + word("velmora")));
        membersDoc = document("members", "Members " + word("draxel"), null);
        jdbc.sql("insert into document_organisation (document_id, organisation_id, role) values (:d, :o, 'network')")
                .param("d", membersDoc).param("o", network).update();
        attach(membersDoc, "members.pdf", TestFiles.pdf("Confidential notes about " + word("morvane") + " housing pilots."));
        chathamDoc = document("chatham_house", "Chatham " + word("quillon"), "Remarks under the rule " + word("quillon"));
        jdbc.sql("insert into document_author (document_id, position, name) values (:d, 0, :n)")
                .param("d", chathamDoc).param("n", "Secretauthor " + word("bexley")).update();
        jdbc.sql("insert into document_organisation (document_id, organisation_id, role) values (:d, :o, 'publisher')")
                .param("d", chathamDoc).param("o", network).update();
        sfaxDoc = document("public", "City twinning notes " + word("sorvik"), "Notes on a twinning between two cities");
        long sfax = jdbc.sql("select id from place where name = 'Sfax' and country_code = 'TN' order by population desc nulls last limit 1")
                .query(Long.class).single();
        jdbc.sql("insert into document_place (document_id, place_id) values (:d, :p)").param("d", sfaxDoc).param("p", sfax).update();
        practice = jdbc.sql("""
                insert into practice (external_id, language, title, translations, country_codes, themes, problem, publication,
                    provenance, created_by)
                values (:x, 'en', :t, cast(:tr as jsonb), '{TN}', '{}', 'Newcomers did not know where to go.', 'published',
                    'Search test', 'test') returning id""")
                .param("x", "practice:search-" + run).param("t", "One-stop shop " + word("pelagor"))
                .param("tr", "{\"fr\": {\"title\": \"Guichet unique " + word("pelagor") + "\"}, \"es\": {\"title\": \"Ventanilla única "
                        + word("pelagor") + "\"}, \"ar\": {\"title\": \"الشباك الموحد " + word("pelagor") + "\"}}")
                .query(Long.class).single();
        for (long doc : List.of(frenchDoc, arabicDoc, spanishDoc, membersDoc)) {
            passagesOf(doc);
        }
        lexicon.refresh(); // the scheduled refresh, now: this run's public words become corrections' targets
    }

    long document(String access, String title, String summary) {
        return jdbc.sql("""
                insert into document (external_id, type, title, summary, language, year, access, publication, source, created_by)
                values (:x, 'report', :t, :s, 'en', 2001, :a, 'published', :src, 'search-someone') returning id""")
                .param("x", "doc:search-" + run + "-" + title.hashCode()).param("t", title).param("s", summary)
                .param("a", access).param("src", "Confidential source " + word("sourcery")).query(Long.class).single();
    }

    void attach(long doc, String name, byte[] bytes) throws Exception {
        files.attach(doc, new MockMultipartFile("file", name, "application/octet-stream", bytes), "search-test");
    }

    /** Waits for the background extraction and the passage index, within a deadline. */
    void passagesOf(long doc) {
        await("passages for document " + doc).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.sql("select count(*) from document_passage where document_id = :d").param("d", doc)
                        .query(Long.class).single() > 0);
    }

    JsonNode api(WebClient client, String query) {
        HttpResponse<String> response = client.get("/api/search?" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    static JsonNode group(JsonNode answer, String kind) {
        for (JsonNode g : answer.get("groups")) {
            if (g.get("kind").asString().equals(kind)) {
                return g;
            }
        }
        throw new AssertionError("no group " + kind);
    }

    static List<Long> ids(JsonNode group) {
        List<Long> ids = new ArrayList<>();
        group.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    static String q(String words) {
        return java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void frenchArabicAndSpanishQueriesFindDocumentsByTheirFilesText() {
        WebClient reader = WebClient.anonymous(port);
        JsonNode french = api(reader, "q=" + q("hebergement " + word("kelvora")) + "&kind=documents&lang=fr");
        assertThat(ids(group(french, "documents"))).containsExactly(frenchDoc);
        String passage = group(french, "documents").get("items").get(0).get("passage").asString();
        assertThat(passage).contains("**").containsIgnoringCase("hébergements").contains(word("kelvora"));
        assertThat(passage.length()).as("a passage, not the whole text").isLessThan(600);

        // alef with hamza below written as bare alef, a prefix of a word with the article
        JsonNode arabic = api(reader, "q=" + q("الاسكان " + word("tamsin")) + "&kind=documents&lang=ar");
        assertThat(ids(group(arabic, "documents"))).containsExactly(arabicDoc);
        assertThat(group(arabic, "documents").get("total").asLong()).isEqualTo(1);

        JsonNode spanish = api(reader, "q=" + q("ciudad oficina " + word("velmora")) + "&kind=documents&lang=es");
        assertThat(ids(group(spanish, "documents"))).containsExactly(spanishDoc);

        // the library's own list reads the file text in four languages too
        assertThat(documents.list(new DocumentQuery(null, null, null, null, null, null, null, null,
                "ciudades " + word("velmora"), 1, 20), Optional.empty()).items()).extracting(d -> d.id()).containsExactly(spanishDoc);
    }

    @Test
    void practicesAreFoundByTheirTranslationsInEachLanguage() {
        WebClient reader = WebClient.anonymous(port);
        for (String words : List.of("guichets " + word("pelagor"), "ventanillas " + word("pelagor"),
                "الشباك " + word("pelagor"), "one-stop " + word("pelagor"))) {
            JsonNode answer = api(reader, "q=" + q(words) + "&kind=practices");
            assertThat(ids(group(answer, "practices"))).as(words).containsExactly(practice);
        }
        JsonNode french = api(reader, "q=" + q("guichet " + word("pelagor")) + "&kind=practices&lang=fr");
        assertThat(group(french, "practices").get("items").get(0).get("title").asString()).startsWith("Guichet unique");
        // the practices list and its typo correction (a word of 5+ letters one edit away, from published practices)
        assertThat(practices.search(new PracticeQuery(null, null, null, null, null, "ventanilla " + word("pelagor")),
                Optional.empty())).extracting(p -> p.id()).containsExactly(practice);
        PracticeReads.Found typo = practices.searchUnderstood(new PracticeQuery(null, null, null, null, null,
                word("pelagr")), Optional.empty());
        assertThat(typo.practices()).extracting(p -> p.id()).containsExactly(practice);
        assertThat(typo.understood().corrected()).isTrue();
    }

    @Test
    void jumelageAndSfaxInArabicAreUnderstoodAcrossKinds() {
        WebClient reader = WebClient.anonymous(port);
        JsonNode jumelage = api(reader, "q=jumelage");
        assertThat(group(jumelage, "initiatives").get("total").asLong()).as("initiatives of type twinning").isPositive();
        JsonNode twinningDocs = api(reader, "q=jumelage&kind=documents&year=2001");
        assertThat(ids(group(twinningDocs, "documents"))).contains(sfaxDoc);

        JsonNode sfax = api(reader, "q=" + q("صفاقس"));
        assertThat(group(sfax, "initiatives").get("total").asLong()).as("initiatives in Sfax").isPositive();
        assertThat(group(sfax, "cities").get("items").get(0).get("title").asString()).startsWith("Sfax");
        JsonNode sfaxDocs = api(reader, "q=" + q("صفاقس") + "&kind=documents&year=2001");
        assertThat(ids(group(sfaxDocs, "documents"))).as("a document about Sfax, by its place").contains(sfaxDoc);

        // the page: grouped, counted, an "all N" link to each kind's own list with the same words
        var page = Jsoup.parse(reader.get("/search?q=" + q("صفاقس") + "&lang=ar").body());
        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("#group-initiatives .all-link").attr("href")).startsWith("/initiatives?q=");
        assertThat(page.select("#group-cities li")).isNotEmpty();
        assertThat(page.select("#kind-documents").text()).isNotBlank();
        assertThat(page.text()).as("digits 0-9 on Arabic pages").doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]");
    }

    @Test
    void aMembersOnlyDocumentsTextIsNeverFoundNorCountedForOthers() {
        String words = q(word("morvane"));
        JsonNode anonymous = api(WebClient.anonymous(port), "q=" + words);
        assertThat(group(anonymous, "documents").get("total").asLong()).isZero();
        assertThat(anonymous.get("total").asLong()).isZero();
        var page = Jsoup.parse(WebClient.anonymous(port).get("/search?q=" + words + "&kind=documents").body());
        assertThat(page.select("#documents-" + membersDoc)).isEmpty();
        assertThat(page.select("#search-total").text()).isEqualTo("No result");
        assertThat(page.text()).doesNotContain("Confidential notes");
        assertThat(documents.list(new DocumentQuery(null, null, null, null, null, null, null, null, word("morvane"), 1, 20),
                Optional.empty()).total()).isZero();

        WebClient member = WebClient.signedIn(port, "search-coord-" + run, PASSWORD);
        JsonNode found = api(member, "q=" + words + "&kind=documents");
        assertThat(ids(group(found, "documents"))).containsExactly(membersDoc);
        assertThat(group(found, "documents").get("items").get(0).get("passage").asString()).contains("**" + word("morvane") + "**");
    }

    @Test
    void aChathamHouseDocumentIsFoundWithoutItsSource() {
        WebClient reader = WebClient.anonymous(port);
        JsonNode found = api(reader, "q=" + q(word("quillon")) + "&kind=documents");
        assertThat(ids(group(found, "documents"))).containsExactly(chathamDoc);
        assertThat(found.toString()).doesNotContain(word("sourcery")).doesNotContain("Secretauthor");
        // its authors and organisations are not words a reader can find it by
        assertThat(group(api(reader, "q=" + q("Secretauthor " + word("bexley")) + "&kind=documents"), "documents")
                .get("total").asLong()).isZero();
        assertThat(group(api(reader, "q=" + q("SN" + run + " " + word("quillon")) + "&kind=documents"), "documents")
                .get("total").asLong()).isZero();
        var page = Jsoup.parse(reader.get("/search?q=" + q(word("quillon"))).body());
        assertThat(page.select("#documents-" + chathamDoc)).hasSize(1);
        assertThat(page.text()).doesNotContain(word("sourcery")).doesNotContain("Secretauthor");
    }

    @Test
    void theApiAnswersGroupedByKindAndRefusesUnknownValues() {
        WebClient reader = WebClient.anonymous(port);
        JsonNode all = api(reader, "q=" + q("hebergements " + word("kelvora")) + "&lang=es");
        assertThat(all.get("lang").asString()).isEqualTo("es");
        List<String> kinds = new ArrayList<>();
        all.get("groups").forEach(g -> kinds.add(g.get("kind").asString()));
        assertThat(kinds).containsExactly("initiatives", "organisations", "cities", "events", "outcomes", "practices", "documents", "pledges", "recommendations");
        JsonNode item = group(all, "documents").get("items").get(0);
        assertThat(item.get("kind").asString()).isEqualTo("documents");
        assertThat(item.get("link").asString()).isEqualTo("/documents/" + frenchDoc);
        assertThat(group(all, "documents").get("all").asString()).startsWith("/library?q=");
        JsonNode typo = api(reader, "q=" + q(word("kelvra")) + "&kind=documents");
        assertThat(ids(group(typo, "documents"))).containsExactly(frenchDoc);
        assertThat(typo.get("corrections")).isNotEmpty();
        for (String bad : List.of("kind=books", "lang=de", "country=Tunisia", "year=20x1", "theme=nonsense")) {
            assertThat(reader.get("/api/search?q=x&" + bad).statusCode()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void aDetachedFilesTextIsNoLongerFound() throws Exception {
        long doc = document("public", "Detached " + word("wendrel"), null);
        attach(doc, "detached.docx", TestFiles.docx("Passage about " + word("grumbold") + " shelters."));
        passagesOf(doc);
        WebClient reader = WebClient.anonymous(port);
        assertThat(ids(group(api(reader, "q=" + q(word("grumbold")) + "&kind=documents"), "documents"))).containsExactly(doc);
        files.detach(files.of(doc).get(0), "search-test");
        assertThat(jdbc.sql("select count(*) from document_passage where document_id = :d").param("d", doc)
                .query(Long.class).single()).isZero();
        assertThat(group(api(reader, "q=" + q(word("grumbold")) + "&kind=documents"), "documents").get("total").asLong()).isZero();
    }

    @Test
    void everyPageHasTheSearchBoxLabelledInItsLanguage() {
        WebClient reader = WebClient.anonymous(port);
        for (String lang : List.of("en", "fr", "ar", "es")) {
            var page = Jsoup.parse(reader.get("/library?lang=" + lang).body());
            var form = page.select("header.site form.site-search");
            assertThat(form.attr("action")).isEqualTo("/search");
            assertThat(form.attr("method")).isEqualTo("get");
            assertThat(page.select("label[for=site-search-q]").text()).as(lang).isNotBlank();
        }
        assertThat(Jsoup.parse(reader.get("/library?lang=fr").body()).select("label[for=site-search-q]").text())
                .isEqualTo("Rechercher partout");
        // the page without words: the form and an introduction, no results
        HttpResponse<String> empty = reader.get("/search?q=&kind=&year=&lang=ar");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(empty.body()).select("form.facets input[name=q]")).hasSize(1);
        assertThat(Jsoup.parse(empty.body()).select(".search-groups")).isEmpty();
    }
}
