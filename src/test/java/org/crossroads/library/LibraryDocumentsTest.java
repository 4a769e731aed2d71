package org.crossroads.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportOptions;
import org.crossroads.shared.tabular.ImportReport;
import org.crossroads.shared.tabular.ImportRunner;
import org.crossroads.shared.tabular.Problem;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Library documents on the real database: validation naming each field, optimistic locking, the audit trail,
 * proposals and publication; and access on every path — the document page, the list and its count, the API, each
 * export format, the city page — for every reader and access level, with the Chatham House rule hiding authors and
 * source; import dry runs and row errors; schema.org and Dublin Core metadata.
 */
@IntegrationTest
class LibraryDocumentsTest extends WebTest {

    @Autowired DocumentEditing editing;
    @Autowired Documents documents;
    @Autowired DocumentPermissions permissions;
    @Autowired org.crossroads.directory.Memberships memberships;
    @Autowired AuditTrail audit;
    @Autowired Accounts accounts;
    @Autowired PlaceEditing placeEditing;
    @Autowired OrganisationEditing organisationEditing;
    @Autowired MembershipEditing membershipEditing;
    @Autowired ImportRunner imports;
    @Autowired org.crossroads.learning.events.LearningEvents events;
    @Autowired org.crossroads.inventory.Initiatives initiatives;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static LibraryFixtures fixtures;

    @BeforeEach
    void setUp() {
        if (fixtures == null) {
            fixtures = LibraryFixtures.make(accounts, placeEditing, organisationEditing, membershipEditing, editing);
        }
    }

    @Test
    void aDocumentWithBadFieldsIsRefusedNamingEachField() {
        DocumentDraft bad = new DocumentDraft("Not an id", "pamphlet", "xx", " ", "s".repeat(10_001),
                Map.of("fr", Map.of("title", "", "summary", "Résumé sans titre")), "1850", "2021-13", List.of("klingon"),
                List.of("fortune_telling"), List.of("ZZ"), List.of("Atlantis, XX"), List.of(), List.of("org:nowhere"),
                List.of("org:nowhere"), List.of(), List.of(), List.of("init:nowhere"), List.of("mc2cm:event:99"),
                List.of("999999999"), null, "ftp://example.org/x", "secret", " ");
        List<FieldError> errors = errors(() -> editing.create(bad, fixtures.editor("administrator")));
        assertThat(errors).extracting(FieldError::field).contains("external_id", "type", "language", "title", "summary",
                "translation_fr", "year", "published_on", "languages", "themes", "countries", "cities",
                "author_organisations", "publishers", "initiatives", "events", "outcomes", "source_url", "access", "source");
        assertThat(errors).filteredOn(e -> e.field().equals("cities")).extracting(FieldError::arguments)
                .containsExactly(List.of("Atlantis, XX"));
    }

    @Test
    void aMembersOnlyDocumentNeedsANetworkAndCoordinatorsFileUnderTheirOwn() {
        DocumentDraft noNetwork = withNetworks(fixtures.draft("No network " + fixtures.run(), "members"), List.of());
        assertThat(errors(() -> editing.create(noNetwork, fixtures.editor("administrator")))).extracting(FieldError::field)
                .containsExactly("networks");
        DocumentDraft foreign = withNetworks(fixtures.draft("Foreign " + fixtures.run(), "public"), List.of(fixtures.networkBRef()));
        assertThat(errors(() -> editing.create(foreign, fixtures.editor("coordinator")))).extracting(FieldError::field)
                .containsExactly("networks");
    }

    @Test
    void aStaleEditIsRefusedAndEveryChangeIsInTheHistory() {
        Editor coordinator = fixtures.editor("coordinator");
        long id = editing.create(fixtures.draft("Versioned " + fixtures.run(), "public"), coordinator);
        int version = documents.find(id, Optional.of(coordinator)).orElseThrow().version();
        editing.update(id, version, fixtures.draft("Versioned and changed " + fixtures.run(), "public"), coordinator);
        assertThatThrownBy(() -> editing.update(id, version, fixtures.draft("Lost update " + fixtures.run(), "public"), coordinator))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(documents.find(id, Optional.empty()).orElseThrow().title()).isEqualTo("Versioned and changed " + fixtures.run());
        assertThat(audit.history(DocumentEditing.RECORD, id)).extracting(AuditTrail.Change::action)
                .containsExactly("updated", "created");
    }

    @Test
    void theFormSavesAndTellsOfAConcurrentChange() throws Exception {
        Editor coordinator = fixtures.editor("coordinator");
        long id = editing.create(fixtures.draft("Form edited " + fixtures.run(), "public"), coordinator);
        MockHttpServletResponse refused = mvc.perform(post("/documents/" + id + "/edit").with(user(coordinator.username()))
                .with(csrf()).param("title", "").param("type", "report").param("language", "en").param("source", "x")
                .param("version", "0")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("aria-invalid=\"true\"");
        MockHttpServletResponse saved = mvc.perform(post("/documents/" + id + "/edit").with(user(coordinator.username()))
                .with(csrf()).param("title", "Form saved " + fixtures.run()).param("type", "report").param("language", "en")
                .param("source", "Typed by a test").param("access", "public").param("cities", fixtures.cityReference())
                .param("titleFr", "Formulaire enregistré").param("version", "0")).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(documents.find(id, Optional.empty()).orElseThrow().translations()).containsKey("fr");
        MockHttpServletResponse stale = mvc.perform(post("/documents/" + id + "/edit").with(user(coordinator.username()))
                .with(csrf()).param("title", "Stale " + fixtures.run()).param("type", "report").param("language", "en")
                .param("source", "x").param("version", "0")).andReturn().getResponse();
        assertThat(Jsoup.parse(stale.getContentAsString()).select(".conflict")).hasSize(1);
        assertThat(mvc.perform(get("/documents/" + id + "/edit").with(user(fixtures.editor("contributor").username())))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void contributorsProposeAndACoordinatorPublishes() throws Exception {
        Editor contributor = fixtures.editor("contributor");
        DocumentDraft draft = withNetworks(fixtures.draft("Proposed " + fixtures.run(), "public"), List.of());
        long id = editing.create(draft, contributor);
        assertThat(documents.find(id, Optional.empty())).isEmpty();
        assertThat(documents.find(id, Optional.of(contributor))).isPresent();
        assertThat(visit("anonymous", "/documents/" + id).getStatus()).isEqualTo(404);
        assertThatThrownBy(() -> editing.publish(id, 0, contributor))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        MockHttpServletResponse published = mvc.perform(post("/documents/" + id + "/publish")
                .with(user(fixtures.editor("coordinator").username())).with(csrf()).param("version", "0")).andReturn().getResponse();
        assertThat(published.getStatus()).isEqualTo(302);
        assertThat(documents.find(id, Optional.empty())).isPresent();
        assertThatThrownBy(() -> editing.update(id, 1, draft, contributor))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        editing.withdraw(id, 1, fixtures.editor("coordinator"));
        assertThat(documents.find(id, Optional.empty())).isEmpty();
        assertThat(audit.history(DocumentEditing.RECORD, id)).extracting(AuditTrail.Change::action)
                .containsExactly("withdrawn", "published", "created");
    }

    /** Every path, every reader, every access level: shown exactly when DocumentPermissions says so. */
    @Test
    void everyPathShowsADocumentExactlyToThoseWhoMaySeeIt() throws Exception {
        String q = "q=" + fixtures.token();
        List<String> failures = new ArrayList<>();
        for (String reader : LibraryFixtures.READERS) {
            Optional<Editor> editor = fixtures.reader(reader);
            int expected = 0;
            String list = visit(reader, "/library?" + q).getContentAsString();
            String api = visit(reader, "/api/documents?size=200&" + q).getContentAsString();
            String city = visit(reader, "/cities/" + fixtures.city()).getContentAsString();
            String event = visit(reader, "/events/" + events.findByExternalId(LibraryFixtures.EVENT).orElseThrow().id())
                    .getContentAsString();
            String initiative = visit(reader, "/initiatives/"
                    + initiatives.findByExternalId(LibraryFixtures.INITIATIVE).orElseThrow().id()).getContentAsString();
            String oneSearch = visit(reader, "/search?" + q).getContentAsString();
            String oneSearchApi = visit(reader, "/api/search?" + q).getContentAsString();
            Map<String, String> exports = new java.util.LinkedHashMap<>();
            for (String format : exportFormats()) {
                exports.put(format, visit(reader, "/library/export." + format + "?" + q).getContentAsString());
            }
            for (long id : List.of(fixtures.publicDoc(), fixtures.membersDoc(), fixtures.chathamDoc())) {
                boolean maySee = permissions.maySee(id, editor);
                String title = documents.find(id, Optional.of(fixtures.editor("administrator"))).orElseThrow().title();
                expected += maySee ? 1 : 0;
                check(failures, reader, "page " + id, visit(reader, "/documents/" + id).getStatus() == 200, maySee);
                check(failures, reader, "api " + id, visit(reader, "/api/documents/" + id).getStatus() == 200, maySee);
                check(failures, reader, "list " + title, list.contains(title), maySee);
                check(failures, reader, "api list " + title, api.contains(title), maySee);
                check(failures, reader, "city page " + title, city.contains(title), maySee);
                check(failures, reader, "event page " + title, event.contains(title), maySee);
                check(failures, reader, "initiative page " + title, initiative.contains(title), maySee);
                check(failures, reader, "one search " + title, oneSearch.contains(title), maySee);
                check(failures, reader, "one search api " + title, oneSearchApi.contains(title), maySee);
                exports.forEach((format, body) -> check(failures, reader, format + " export " + title,
                        body.contains(title.replace("&", "\\&")), maySee));
            }
            Document page = Jsoup.parse(list);
            check(failures, reader, "count " + expected, page.select("#list-status").text()
                    .startsWith(expected == 0 ? "No document" : expected + " document"), true);
            check(failures, reader, "api total " + expected, api.contains("\"total\":" + expected + ","), true);
        }
        assertThat(failures).isEmpty();
    }

    /**
     * The in-memory search index asks ReaderScope's Java rules, the lists its SQL conditions: both say what
     * DocumentPermissions says, for every reader and access level.
     */
    @Test
    void theSearchIndexAccessRulesAreDocumentPermissions() {
        List<String> failures = new ArrayList<>();
        for (String reader : LibraryFixtures.READERS) {
            Optional<Editor> editor = fixtures.reader(reader);
            ReaderScope scope = ReaderScope.of(editor, memberships);
            for (long id : List.of(fixtures.publicDoc(), fixtures.membersDoc(), fixtures.chathamDoc())) {
                DocumentPermissions.Access access = permissions.access(id).orElseThrow();
                for (String publication : List.of("published", "proposed")) {
                    DocumentPermissions.Access a = new DocumentPermissions.Access(id, access.level(), publication,
                            access.networkIds(), editor.map(Editor::username).orElse("someone"));
                    check(failures, reader, "sees " + a, scope.sees(a), permissions.maySee(a, editor));
                    check(failures, reader, "sees the source of " + a, scope.seesSource(a), permissions.maySeeSource(a, editor));
                    DocumentPermissions.Access others = new DocumentPermissions.Access(id, access.level(), publication,
                            access.networkIds(), "someone else");
                    check(failures, reader, "sees " + others, scope.sees(others), permissions.maySee(others, editor));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** A Chatham House document never shows its authors, organisations or source to readers who may not see them. */
    @Test
    void theChathamHouseRuleHidesAuthorsAndSourceOnEveryPath() throws Exception {
        long id = fixtures.chathamDoc();
        String q = "q=Candid+lessons+" + fixtures.token();
        List<String> failures = new ArrayList<>();
        for (String reader : LibraryFixtures.READERS) {
            DocumentPermissions.Access access = permissions.access(id).orElseThrow();
            boolean maySeeSource = permissions.maySeeSource(access, fixtures.reader(reader));
            Map<String, String> paths = new java.util.LinkedHashMap<>();
            paths.put("page", visit(reader, "/documents/" + id).getContentAsString());
            paths.put("history", visit(reader, "/documents/" + id + "/history").getContentAsString());
            paths.put("api", visit(reader, "/api/documents/" + id).getContentAsString());
            paths.put("api list", visit(reader, "/api/documents?" + q).getContentAsString());
            for (String format : exportFormats()) {
                paths.put(format + " export", visit(reader, "/library/export." + format + "?" + q).getContentAsString());
            }
            paths.forEach((path, body) -> {
                check(failures, reader, path + " shows the author", body.contains(LibraryFixtures.SECRET_AUTHOR), maySeeSource);
                check(failures, reader, path + " shows the source", body.contains(LibraryFixtures.SECRET_URL_PART), maySeeSource);
                if (!path.equals("history")) { // the history names organisations by number
                    check(failures, reader, path + " shows the organisation",
                            body.contains("Hidden Institute") || body.contains(fixtures.authorOrgRef()), maySeeSource);
                }
            });
            // filtering by the network would tell which network it belongs to
            String byNetwork = visit(reader, "/library?network=" + fixtures.networkA() + "&" + q).getContentAsString();
            check(failures, reader, "network filter", byNetwork.contains("Candid lessons " + fixtures.token()), maySeeSource);
        }
        assertThat(failures).isEmpty();
        assertThat(visit("anonymous", "/documents/" + id).getContentAsString()).contains("Chatham House");
    }

    /** Every library page in each interface language: rendered, right to left in Arabic, no message key missing. */
    @Test
    void everyLibraryPageRendersInEveryLanguage() throws Exception {
        long id = fixtures.publicDoc();
        List<String> pages = List.of("/library", "/library?q=" + fixtures.token() + "&type=learning_report&year=2021",
                "/documents/" + id, "/documents/" + id + "/history", "/documents/new", "/documents/" + id + "/edit",
                "/documents/new?event=" + LibraryFixtures.EVENT);
        for (String lang : List.of("en", "fr", "ar", "es")) {
            for (String page : pages) {
                String path = page + (page.contains("?") ? "&" : "?") + "lang=" + lang;
                MockHttpServletResponse response = visit("administrator", path);
                assertThat(response.getStatus()).as(path).isEqualTo(200);
                Document html = Jsoup.parse(response.getContentAsString());
                assertThat(html.select("html").attr("dir")).as(path).isEqualTo(lang.equals("ar") ? "rtl" : "ltr");
                assertThat(html.text()).as(path).doesNotContain("??").doesNotContain("library.");
            }
        }
    }

    /** Issue 12 §2: the built-in documents' summaries read in four languages, a translation marked as such. */
    @Test
    void theBuiltInSummariesAreTranslatedAndMarked() throws Exception {
        long id = jdbc.sql("select id from document where external_id = 'doc:mc2cm-policy-recommendations'").query(Long.class).single();
        for (String lang : List.of("fr", "ar", "es")) {
            Document page = Jsoup.parse(visit("anonymous", "/documents/" + id + "?lang=" + lang).getContentAsString());
            assertThat(page.select("p.pre[lang=" + lang + "]")).as(lang).hasSize(1);
            assertThat(page.select(".content-mark")).as(lang).hasSize(1);
        }
        Document english = Jsoup.parse(visit("anonymous", "/documents/" + id + "?lang=en").getContentAsString());
        assertThat(english.select(".content-mark")).isEmpty();
    }

    @Test
    void theHeadCarriesSchemaOrgAndDublinCoreMetadata() throws Exception {
        Document open = Jsoup.parse(visit("anonymous", "/documents/" + fixtures.publicDoc()).getContentAsString());
        assertThat(open.select("head meta[name=DC.title]").attr("content")).isEqualTo("Open report " + fixtures.token());
        assertThat(open.select("head meta[name=DC.creator]").eachAttr("content")).contains(LibraryFixtures.SECRET_AUTHOR);
        assertThat(open.select("head meta[name=DC.date]").attr("content")).isEqualTo("2021-03");
        assertThat(open.select("head meta[name=citation_pdf_url]")).hasSize(1);
        String jsonLd = open.select("head script[type=application/ld+json]").html();
        var ld = tools.jackson.databind.json.JsonMapper.builder().build().readTree(jsonLd);
        assertThat(ld.get("@type").asString()).isEqualTo("Report");
        assertThat(ld.get("name").asString()).isEqualTo("Open report " + fixtures.token());
        assertThat(ld.get("author").get(0).get("name").asString()).isEqualTo(LibraryFixtures.SECRET_AUTHOR);

        Document candid = Jsoup.parse(visit("anonymous", "/documents/" + fixtures.chathamDoc()).getContentAsString());
        assertThat(candid.select("head meta[name=DC.creator]")).isEmpty();
        assertThat(candid.select("head script[type=application/ld+json]").html()).doesNotContain("author", LibraryFixtures.SECRET_URL_PART);
    }

    @Test
    void aDryRunChecksEveryRowNamingTheColumnAndStoresNothing() {
        String admin = fixtures.editor("administrator").username();
        String header = String.join(",", DocumentColumns.ALL.stream().map(c -> c.name()).toList());
        String good = row("doc:import-good-" + fixtures.run(), "report", "Imported " + fixtures.run(), fixtures.networkARef(), "");
        String bad = row("doc:import-bad-" + fixtures.run(), "pamphlet", "Bad " + fixtures.run(), "org:nowhere-" + fixtures.run(),
                "Atlantis, XX");
        ImportReport dry = run(header + "\n" + good + "\n" + bad + "\n", ImportOptions.CHECK_ONLY, admin);
        assertThat(dry.problems()).extracting(Problem::row, Problem::column)
                .contains(org.assertj.core.groups.Tuple.tuple(3, "type"), org.assertj.core.groups.Tuple.tuple(3, "publishers"),
                        org.assertj.core.groups.Tuple.tuple(3, "cities"));
        assertThat(dry.problems()).noneMatch(p -> p.row() == 2);
        assertThat(documents.idOf("doc:import-good-" + fixtures.run())).isEmpty();

        ImportReport allOrNothing = run(header + "\n" + good + "\n" + bad + "\n", ImportOptions.ALL_OR_NOTHING, admin);
        assertThat(allOrNothing.hasErrors()).isTrue();
        assertThat(documents.idOf("doc:import-good-" + fixtures.run())).isEmpty();

        ImportReport stored = run(header + "\n" + good + "\n", ImportOptions.ALL_OR_NOTHING, admin);
        assertThat(stored.created()).isEqualTo(1);
        long id = documents.idOf("doc:import-good-" + fixtures.run()).orElseThrow();
        assertThat(documents.find(id, Optional.empty()).orElseThrow().organisationIds("publisher")).containsExactly(fixtures.networkA());

        // a contributor's import may not change a published document, and its new documents are proposals
        String contributor = fixtures.editor("contributor").username();
        String change = row("doc:import-good-" + fixtures.run(), "report", "Hijacked " + fixtures.run(), "", "");
        assertThat(run(header + "\n" + change + "\n", ImportOptions.ALL_OR_NOTHING, contributor).problems())
                .extracting(Problem::column).containsExactly("external_id");
        String mine = row("doc:import-mine-" + fixtures.run(), "report", "Mine " + fixtures.run(), "", "");
        run(header + "\n" + mine + "\n", ImportOptions.ALL_OR_NOTHING, contributor);
        long proposed = documents.idOf("doc:import-mine-" + fixtures.run()).orElseThrow();
        assertThat(documents.find(proposed, Optional.empty())).isEmpty();
    }

    @Test
    void theImportPageOffersDocumentsWithTheirTemplates() throws Exception {
        String page = visit("contributor", "/import").getContentAsString();
        assertThat(page).contains("Library documents", "/import/template/documents.csv", "/import/template/documents.xlsx")
                .doesNotContain("??");
    }

    @Test
    void theImportTemplateHasEveryColumn() throws Exception {
        String template = mvc.perform(get("/import/template/documents.csv").with(user(fixtures.editor("administrator").username())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(template).contains(String.join(",", DocumentColumns.ALL.stream().map(c -> c.name()).toList()));
    }

    private ImportReport run(String csv, ImportOptions options, String actor) {
        return imports.run("documents", "documents.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                options, new ImportContext(actor, Locale.ENGLISH, false));
    }

    /** A row of the import format with the given identity, publisher and city; other columns as a valid row has them. */
    private static String row(String externalId, String type, String title, String publisher, String city) {
        Map<String, String> cells = new java.util.HashMap<>(Map.of("external_id", externalId, "type", type, "title", title,
                "language", "en", "year", "2019", "themes", "housing", "publishers", publisher, "cities", city,
                "access", "public", "source", "Import test"));
        return String.join(",", DocumentColumns.ALL.stream().map(c -> '"' + cells.getOrDefault(c.name(), "") + '"').toList());
    }

    private static DocumentDraft withNetworks(DocumentDraft d, List<String> networks) {
        return new DocumentDraft(d.externalId(), d.type(), d.language(), d.title(), d.summary(), d.translations(), d.year(),
                d.publishedOn(), d.languages(), d.themes(), d.countries(), d.cities(), d.authors(), d.authorOrganisations(),
                d.publishers(), networks, d.funders(), d.initiatives(), d.events(), d.outcomes(), d.licence(), d.sourceUrl(),
                d.access(), d.source());
    }

    /** The export formats as the application maps them, so that a new format is checked without being listed here. */
    private List<String> exportFormats() {
        var mapping = context.getBean("requestMappingHandlerMapping",
                org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping.class);
        String pattern = org.crossroads.MappedRoutes.readPatterns(mapping).stream()
                .filter(p -> p.startsWith("/library/export.")).findFirst().orElseThrow();
        List<String> formats = List.of(pattern.replaceAll(".*\\{format:([^}]*)}.*", "$1").split("\\|"));
        assertThat(formats).contains("csv", "json", "ris", "bib");
        return formats;
    }

    private static void check(List<String> failures, String reader, String what, boolean actual, boolean expected) {
        if (actual != expected) {
            failures.add(reader + ": " + what + " was " + actual + ", expected " + expected);
        }
    }

    private MockHttpServletResponse visit(String reader, String path) throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path);
        if (!reader.equals("anonymous")) {
            request = request.with(user(fixtures.editor(reader).username()));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private static List<FieldError> errors(Runnable action) {
        try {
            action.run();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
        throw new AssertionError("no InvalidEntryException");
    }
}
