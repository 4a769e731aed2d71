package org.crossroads.library.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.inventory.InitiativeDraft;
import org.crossroads.inventory.InitiativeEditing;
import org.crossroads.learning.outcomes.OutcomeDraft;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Practices: the built-in ones with their sources and transfers, validation naming each field, optimistic locking,
 * proposal → publication (hidden from others until then, on every path), transfers on both cities' pages, outcomes
 * linking themselves by name, pre-filled proposals, the PDF in English and Arabic, the API, and variant names merged.
 */
@IntegrationTest
class PracticesTest extends WebTest {

    @Autowired PracticeEditing editing;
    @Autowired PracticeReads reads;
    @Autowired PracticeTransfers transfers;
    @Autowired PracticeEvidence evidence;
    @Autowired PracticeChecks checks;
    @Autowired PracticeDrafts drafts;
    @Autowired AuditTrail audit;
    @Autowired Accounts accounts;
    @Autowired PlaceEditing placeEditing;
    @Autowired InitiativeEditing initiativeEditing;
    @Autowired OutcomeHarvest harvest;
    @Autowired JsonMapper json;
    @Autowired org.crossroads.network.internal.TieSources tieSources;

    static String run;
    static long cityA;
    static long cityB;
    static String refA;
    static String refB;
    static Map<String, Editor> editors;

    @BeforeEach
    void setUp() {
        if (run == null) {
            run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            refA = "place:practice-a-" + run;
            refB = "place:practice-b-" + run;
            cityA = placeEditing.addLocalAuthority(new LocalAuthorityDraft(refA, "Practiceville " + run, "MA", 400_000L, 35.7,
                    -5.8, List.of("transit"), List.of("western_med"), "Practices test"), "test").id();
            cityB = placeEditing.addLocalAuthority(new LocalAuthorityDraft(refB, "Adoptown " + run, "TN", 600_000L, 36.8,
                    10.2, List.of("destination"), List.of("central_med"), "Practices test"), "test").id();
            editors = Map.of(
                    "contributor", account("pr-contrib-" + run, Role.CONTRIBUTOR, null, null),
                    "focal_point", account("pr-focal-" + run, Role.CITY_FOCAL_POINT, null, cityA),
                    "other_focal_point", account("pr-focal-b-" + run, Role.CITY_FOCAL_POINT, null, cityB),
                    "coordinator", account("pr-coord-" + run, Role.NETWORK_COORDINATOR, null, null));
        }
    }

    @Test
    void theBuiltInPracticesAreLoadedWithTheirSourcesAndTangierIsCreditedForTunis() throws Exception {
        String title = "Municipal support to civil society for the social inclusion of migrants in Tangier";
        Practice tangier = reads.search(new PracticeQuery(null, "MA", null, null, null, "civil society Tangier"), Optional.empty())
                .stream().filter(p -> "practice:tangier-municipal-support-civil-society".equals(p.externalId())).findFirst()
                .orElseThrow();
        assertThat(tangier.isPublished()).isTrue();
        assertThat(tangier.title()).isEqualTo(title);
        assertThat(tangier.sources()).hasSize(4).allSatisfy(s -> {
            assertThat(s.citation()).isNotBlank();
            assertThat(s.passage()).isNotBlank();
        });
        assertThat(tangier.sources()).anySatisfy(s -> assertThat(s.passage()).contains("Inspired by the experience of Tangier"));
        // the MC2CM case study on it is linked evidence
        assertThat(tangier.documentIds()).hasSize(1);
        assertThat(tangier.transfers()).singleElement().satisfies(t -> {
            assertThat(t.year()).isNull(); // the source gives none: not invented
            assertThat(t.whatChanged()).contains("dedicated public office");
        });
        assertThat(transfers.all()).anySatisfy(t -> {
            assertThat(t.practiceId()).isEqualTo(tangier.id());
            assertThat(t.fromPlaceId()).isEqualTo(tangier.placeId());
            assertThat(t.themes()).contains("civil_society_cooperation");
        });
        Document tunisPage = page(get("/cities/" + tangier.transfers().get(0).toPlaceId()), "anonymous");
        assertThat(tunisPage.text()).contains(title).contains("Adapted here from Tangier");
        Document tangierPage = page(get("/cities/" + tangier.placeId()), "anonymous");
        assertThat(tangierPage.text()).contains("Transferred to Tunis");
        // Tangier's other practices (TangerAccueil among them) are on its page too
        assertThat(tangierPage.text()).contains("TangerAccueil");

        Document practicePage = page(get("/practices/" + tangier.id()), "anonymous");
        assertThat(practicePage.select("#sources li")).hasSize(4);
        assertThat(practicePage.select("#transfers li").text()).contains("Tunis");
        assertThat(practicePage.select("#section-approach").text()).contains("civil society initiatives");
        assertThat(practicePage.select("#evidence a[href^=/documents/]")).hasSize(1);
    }

    @Test
    void theBuiltInPracticesOfRegionsAndCountriesHaveNoCityAndShowTheirCountries() throws Exception {
        Practice niger = reads.search(new PracticeQuery(null, "NE", null, null, null, null), Optional.empty()).stream()
                .filter(p -> "practice:niger-local-migration-observatories".equals(p.externalId())).findFirst().orElseThrow();
        assertThat(niger.isRegional()).isTrue();
        assertThat(niger.placeId()).isNull();
        assertThat(niger.placeIds()).isEmpty();
        assertThat(niger.countryCodes()).containsExactly("NE");
        assertThat(niger.sources()).singleElement().satisfies(s -> assertThat(s.passage()).contains("17 municipalities"));
        Practice middleEast = reads.search(new PracticeQuery(null, "JO", null, null, null, null), Optional.empty()).stream()
                .filter(p -> "practice:municipal-know-how-host-communities-middle-east".equals(p.externalId())).findFirst()
                .orElseThrow();
        assertThat(middleEast.placeId()).isNull();
        assertThat(middleEast.countryCodes()).containsExactlyInAnyOrder("JO", "LB", "TR", "DE");

        Document page = page(get("/practices/" + niger.id()), "anonymous");
        assertThat(page.select("#regional").text()).isEqualTo("Practice of a region or a country");
        assertThat(page.select("#countries").text()).isEqualTo("Niger");
        assertThat(page.select(".facts a[href^=/cities/]")).isEmpty();
        assertThat(page(get("/practices/" + niger.id()).param("lang", "ar"), "anonymous").select("#countries").text())
                .isEqualTo("النيجر");
        assertThat(page(get("/practices/" + niger.id()).param("lang", "fr"), "anonymous").select("#regional").text())
                .isEqualTo("Pratique d’une région ou d’un pays");
        Document list = page(get("/practices").param("country", "NE"), "anonymous");
        assertThat(list.select("#practice-" + niger.id() + " .meta").text()).contains("Niger");

        MockHttpServletResponse pdf = mvc.perform(get("/practices/" + niger.id() + ".pdf")).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Niger's local migration observatories")
                    .contains("Practice of a region or a country").contains("Niger");
        }

        JsonNode one = json.readTree(body(get("/api/practices/" + niger.id()), "anonymous"));
        assertThat(one.get("city").isNull()).isTrue();
        assertThat(one.get("countries").get(0).asString()).isEqualTo("NE");
        assertThat(one.get("furtherCities").isEmpty()).isTrue();
        JsonNode listed = json.readTree(body(get("/api/practices").param("country", "NE"), "anonymous"));
        assertThat(listed.get("items")).anySatisfy(i -> {
            assertThat(i.get("id").asLong()).isEqualTo(niger.id());
            assertThat(i.get("city").isNull()).isTrue();
        });
    }

    @Test
    void aPracticeNeedsACityOrACountryAndOneWithoutACityIsChangedOnlyByThoseWhoPublish() throws Exception {
        PracticeDraft nowhere = draft("Nowhere in particular " + run, null, List.of());
        List<FieldError> problems = errors(() -> editing.create(nowhere, editors.get("coordinator")));
        assertThat(problems).extracting(FieldError::field).containsExactlyInAnyOrder("city", "countries");
        assertThat(problems).extracting(FieldError::messageKey).containsOnly("practices.error.cityOrCountry");
        // the form says so next to both fields, naming both, in every language
        for (String lang : List.of("en", "fr", "ar", "es")) {
            MockHttpServletResponse invalid = mvc.perform(post("/practices/new").param("lang", lang)
                    .with(user(editors.get("contributor").username())).with(csrf()).param("language", "en")
                    .param("title", "No place " + run).param("themes", "social_cohesion")).andReturn().getResponse();
            Document form = Jsoup.parse(invalid.getContentAsString(StandardCharsets.UTF_8));
            String city = form.select("label[for=city]").text();
            String countries = form.select("label[for=countries]").text();
            assertThat(form.select("#err-city").text()).as(lang).contains(city).contains(countries);
            assertThat(form.select("#err-countries").text()).as(lang).contains(city).contains(countries);
        }

        PracticeDraft d = draft("Regional reception offices " + run, null, List.of(new PracticeDraft.TransferDraft(refB, "2020",
                "A municipal office", null)));
        long id = editing.create(new PracticeDraft(d.language(), d.title(), d.translations(), d.variantNames(), null,
                d.furtherCities(), List.of("ma"), d.themes(), d.sizeClass(), d.routeRole(), d.sections(), d.contacts(),
                d.sources(), d.initiatives(), d.events(), d.documents(), d.transfers(), d.provenance()), editors.get("coordinator"));
        Practice regional = reads.find(id, Optional.empty()).orElseThrow();
        assertThat(regional.placeId()).isNull();
        assertThat(regional.countryCodes()).containsExactly("MA");
        // no focal point speaks for a region or a country: coordinators and administrators change it
        assertThat(new PracticePermissions().mayEdit(regional, editors.get("focal_point"))).isFalse();
        assertThat(new PracticePermissions().mayEdit(regional, editors.get("coordinator"))).isTrue();
        assertThat(status(get("/practices/" + id + "/edit"), "coordinator")).isEqualTo(200);
        assertThat(page(get("/practices/" + id + "/edit"), "coordinator").select("#city").attr("value")).isEmpty();
        // the adapting city shows the transfer, from the practice's country; no city is credited with inspiring it
        assertThat(page(get("/cities/" + cityB), "anonymous").text()).contains("Regional reception offices " + run)
                .contains("Adapted here from Morocco in 2020");
        assertThat(transfers.to(cityB)).filteredOn(t -> t.practiceId() == id).singleElement().satisfies(t -> {
            assertThat(t.fromCity()).isFalse();
            assertThat(t.fromCountries()).containsExactly("MA");
        });
        assertThat(transfers.all()).filteredOn(t -> t.practiceId() == id).allSatisfy(t -> assertThat(t.fromCity()).isFalse());
        assertThat(tieSources.read().ties()).noneSatisfy(t -> {
            assertThat(t.record()).isEqualTo("practice");
            assertThat(t.recordId()).isEqualTo(id);
        });
        // the history records its countries and no city
        assertThat(audit.history(PracticeEditing.RECORD, id)).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo("created");
            assertThat(c.fields()).anySatisfy(f -> {
                assertThat(f.field()).isEqualTo("countries");
                assertThat(String.valueOf(f.after())).contains("MA");
            });
            assertThat(c.fields()).noneSatisfy(f -> {
                assertThat(f.field()).isEqualTo("city");
                assertThat(f.after()).isNotNull();
            });
        });
        assertThat(status(get("/practices/" + id + "/history"), "anonymous")).isEqualTo(200);
        // the stored practice goes back through the form's draft without a city, and is saved again without one
        PracticeDraft stored = drafts.of(regional);
        assertThat(stored.city()).isNull();
        editing.update(id, regional.version(), stored, editors.get("coordinator"));
        assertThat(reads.find(id, Optional.empty()).orElseThrow().placeId()).isNull();
        assertThat(audit.history(PracticeEditing.RECORD, id)).extracting(AuditTrail.Change::action)
                .containsExactly("updated", "created");
    }

    @Test
    void variantNamesOfOnePracticeMergeIntoOneRecordCitingBothSources() throws Exception {
        List<Practice> lyon = reads.search(new PracticeQuery(null, "FR", null, null, null, "Gabriel Peri"), Optional.empty());
        assertThat(lyon).singleElement().satisfies(p -> {
            assertThat(p.sources()).hasSize(2);
            assertThat(p.variantNames()).isNotEmpty();
        });
        String file = """
                [{"external_id": "practice:one-%1$s", "title": "Cuidemos Centro %1$s", "city": "Madrid, ES",
                  "themes": ["employment"], "approach": "Hire residents", "variant_names": ["Cuidamos Centro %1$s"],
                  "sources": [{"citation": "Seed A", "passage": "Cuidemos Centro"}]},
                 {"external_id": "practice:two-%1$s", "title": "Cuidamos  centro %1$s", "city": "Madrid, ES",
                  "themes": ["local_economic_development"], "results": "Jobs", "cities": ["Sevilla, ES"],
                  "sources": [{"citation": "Seed B", "passage": "Cuidamos Centro"}]}]""".formatted(run);
        List<PracticeFile.Entry> entries = PracticeFile.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), json);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.externalId()).isEqualTo("practice:one-" + run);
            assertThat(e.draft().sources()).extracting(Practice.Source::citation).containsExactly("Seed A", "Seed B");
            assertThat(e.draft().themes()).containsExactly("employment", "local_economic_development");
            assertThat(e.draft().sections()).containsEntry("approach", "Hire residents").containsEntry("results", "Jobs");
            assertThat(e.draft().furtherCities()).contains("Sevilla, ES");
        });
    }

    @Test
    void theBuiltInFileRefusesUnknownCitiesAndEventsButSkipsDocumentsNotYetLoaded() {
        List<String> skipped = new ArrayList<>();
        PracticeDraft unknown = draft("Unknown places " + run, "Atlantis, XX", List.of()).withLinks(List.of(),
                List.of("mc2cm:event:99"), List.of("doc:not-loaded-" + run));
        assertThat(errors(() -> checks.check(unknown, skipped::add))).extracting(FieldError::field)
                .containsExactlyInAnyOrder("city", "events");
        PracticeDraft onlyDocument = draft("Document later " + run, refA, List.of()).withLinks(List.of(), List.of(),
                List.of("doc:not-loaded-" + run));
        assertThat(checks.check(onlyDocument, skipped::add).documentIds()).isEmpty();
        assertThat(skipped).contains("doc:not-loaded-" + run);
        // an editor naming a document that does not exist is told so
        assertThat(errors(() -> checks.check(onlyDocument, null))).extracting(FieldError::field).containsExactly("documents");
    }

    @Test
    void aPracticeWithBadFieldsIsRefusedNamingEachFieldAndConcurrentEditsAreCaught() throws Exception {
        Editor contributor = editors.get("contributor");
        PracticeDraft bad = new PracticeDraft("english", " ", Map.of("fr", Map.of("colour", "bleu")), List.of(), "Nowhere, ZZ",
                List.of(), List.of("XX"), List.of("astrology"), "huge", "orbit", Map.of("approach", "x".repeat(10_001)),
                List.of(), List.of(new Practice.Source(" ", "A passage alone")), List.of("init:none-" + run), List.of(),
                List.of(), List.of(new PracticeDraft.TransferDraft(refB, "1066", null, null),
                        new PracticeDraft.TransferDraft(null, "2020", "x", null)), null);
        assertThat(errors(() -> editing.create(bad, contributor))).extracting(FieldError::field).containsExactlyInAnyOrder(
                "language", "title", "translations", "city", "countries", "themes", "size_class", "route_role", "approach",
                "sources", "initiatives", "transfers", "transfers");

        long id = editing.create(draft("Night mediation " + run, refA, List.of()), contributor);
        Practice created = reads.find(id, Optional.of(contributor)).orElseThrow();
        editing.update(id, created.version(), draft("Night mediation in the square " + run, refA, List.of()), contributor);
        assertThatThrownBy(() -> editing.update(id, created.version(), draft("Stale " + run, refA, List.of()), contributor))
                .isInstanceOf(ConcurrentEditException.class);

        // the form keeps what the editor typed and says someone else changed it
        MockHttpServletResponse stale = mvc.perform(post("/practices/" + id + "/edit").with(user(contributor.username()))
                .with(csrf()).param("language", "en").param("title", "My stale title " + run).param("city", refA)
                .param("themes", "social_cohesion").param("version", String.valueOf(created.version()))).andReturn().getResponse();
        Document conflict = Jsoup.parse(stale.getContentAsString(StandardCharsets.UTF_8));
        assertThat(conflict.select(".conflict")).as(stale.getStatus() + " " + stale.getRedirectedUrl() + " "
                + conflict.select(".error, .field-error").text()).hasSize(1);
        assertThat(conflict.select("#title").attr("value")).isEqualTo("My stale title " + run);

        // errors are shown next to their fields
        MockHttpServletResponse invalid = mvc.perform(post("/practices/new").with(user(contributor.username())).with(csrf())
                .param("language", "en").param("title", "").param("city", "Nowhere, ZZ")).andReturn().getResponse();
        Document form = Jsoup.parse(invalid.getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#err-title").text()).isEqualTo("Required.");
        assertThat(form.select("#err-city").text()).contains("Nowhere, ZZ");
        assertThat(form.select("#err-themes").text()).isEqualTo("Required.");
        assertThat(audit.history(PracticeEditing.RECORD, id)).extracting(AuditTrail.Change::action)
                .containsExactly("updated", "created");
    }

    @Test
    void aProposalIsSeenOnlyByItsAuthorAndThoseWhoPublishUntilACoordinatorPublishesIt() throws Exception {
        Editor contributor = editors.get("contributor");
        String title = "Reception desk proposal " + run;
        long id = editing.create(draft(title, refA, List.of()), contributor);
        assertThat(reads.find(id, Optional.of(contributor)).orElseThrow().isPublished()).isFalse();
        for (String role : List.of("anonymous", "other_focal_point")) {
            assertThat(status(get("/practices/" + id), role)).isEqualTo(404);
            assertThat(status(get("/api/practices/" + id), role)).isEqualTo(404);
            assertThat(status(get("/practices/" + id + ".pdf"), role)).isEqualTo(404);
            assertThat(page(get("/practices").param("q", title), role).select("#practices li")).isEmpty();
            assertThat(body(get("/api/practices").param("q", title), role)).contains("\"total\":0");
            assertThat(page(get("/cities/" + cityA), role).text()).doesNotContain(title);
        }
        assertThat(status(get("/practices/" + id), "focal_point")).isEqualTo(200); // its city's focal point
        assertThatThrownBy(() -> editing.publish(id, 0, contributor)).isInstanceOf(AccessDeniedException.class);

        Document proposal = page(get("/practices/" + id), "coordinator");
        assertThat(proposal.select("form[action$=/publish]")).hasSize(1);
        int version = reads.find(id, Optional.of(contributor)).orElseThrow().version();
        MockHttpServletResponse published = mvc.perform(post("/practices/" + id + "/publish")
                .with(user(editors.get("coordinator").username())).with(csrf()).param("version", String.valueOf(version)))
                .andReturn().getResponse();
        assertThat(published.getRedirectedUrl()).isEqualTo("/practices/" + id);
        assertThat(status(get("/practices/" + id), "anonymous")).isEqualTo(200);
        assertThat(page(get("/cities/" + cityA), "anonymous").text()).contains(title);
        assertThat(audit.history(PracticeEditing.RECORD, id)).extracting(AuditTrail.Change::action)
                .containsExactly("published", "created");
        // what a coordinator writes is published at once
        long direct = editing.create(draft("Coordinator's practice " + run, refA, List.of()), editors.get("coordinator"));
        assertThat(reads.find(direct, Optional.empty())).isPresent();
    }

    @Test
    void aTransferShowsOnBothCitiesPagesAndOnThePractice() throws Exception {
        String title = "Migrant help desk " + run;
        long id = editing.create(draft(title, refA, List.of(new PracticeDraft.TransferDraft(refB, "2019",
                "Opened in the town hall", "Interview " + run))), editors.get("coordinator"));
        assertThat(page(get("/cities/" + cityA), "anonymous").text()).contains(title)
                .contains("Transferred to Adoptown " + run + " in 2019");
        assertThat(page(get("/cities/" + cityB), "anonymous").text()).contains(title)
                .contains("Adapted here from Practiceville " + run + " in 2019");
        assertThat(page(get("/cities/" + cityB).param("lang", "fr"), "anonymous").text())
                .contains("Adaptée ici depuis Practiceville " + run + " en 2019");
        assertThat(transfers.to(cityB)).filteredOn(t -> t.practiceId() == id).singleElement().satisfies(t -> {
            assertThat(t.practiceId()).isEqualTo(id);
            assertThat(t.fromPlaceId()).isEqualTo(cityA);
            assertThat(t.year()).isEqualTo(2019);
        });
        // the cooperation graph credits the inspiring city, as for a validated outcome
        assertThat(tieSources.read().ties()).anySatisfy(t -> {
            assertThat(t.kind()).isEqualTo(org.crossroads.network.TieKind.INSPIRATION);
            assertThat(t.record()).isEqualTo("practice");
            assertThat(t.recordId()).isEqualTo(id);
            assertThat(t.from()).isEqualTo(org.crossroads.network.Node.placeKey(cityB));
            assertThat(t.to()).isEqualTo(org.crossroads.network.Node.placeKey(cityA));
            assertThat(t.since()).isEqualTo(LocalDate.of(2019, 1, 1));
        });
        Document practice = page(get("/practices/" + id), "anonymous");
        assertThat(practice.select("#transfers li").text()).contains("Adoptown " + run).contains("(2019)")
                .contains("Opened in the town hall");
        // the practice's own city cannot be where it was transferred
        assertThat(errors(() -> editing.create(draft("Loop " + run, refA, List.of(new PracticeDraft.TransferDraft(refA, null,
                null, null))), editors.get("coordinator")))).extracting(FieldError::field).containsExactly("transfers");
    }

    @Test
    void validatedOutcomesNamingThePracticeAreItsEvidence() throws Exception {
        String title = "Square mediation " + run;
        PracticeDraft d = draft(title, refA, List.of());
        long id = editing.create(new PracticeDraft(d.language(), d.title(), d.translations(), List.of("The Night Mediators " + run),
                d.city(), d.furtherCities(), d.countries(), d.themes(), d.sizeClass(), d.routeRole(), d.sections(), d.contacts(),
                d.sources(), d.initiatives(), d.events(), d.documents(), d.transfers(), d.provenance()), editors.get("coordinator"));
        long outcome = harvest.recordValidated(new OutcomeDraft("Municipality", "practice", "Mediators hired " + run,
                LocalDate.of(2022, 5, 1), refB, "Calmer streets", "A study visit", "An adviser", "A decree", false, List.of(),
                List.of(), refA, null, "the night mediators  " + run, "org:mc2cm", List.of()), "Checked", "test");
        Practice p = reads.find(id, Optional.empty()).orElseThrow();
        assertThat(evidence.outcomes(p)).extracting(o -> o.id()).containsExactly(outcome);
        assertThat(page(get("/practices/" + id), "anonymous").select("#evidence a[href=/outcomes/" + outcome + "]")).hasSize(1);
    }

    @Test
    void aPracticeProposedFromAnInitiativeIsPrefilledFromIt() throws Exception {
        Editor admin = account("pr-admin-" + run + UUID.randomUUID().toString().substring(0, 4), Role.ADMINISTRATOR, null, null);
        long initiative = initiativeEditing.create(new InitiativeDraft("init:practice-" + run, "Welcome desk " + run,
                "A desk where newcomers meet municipal staff", "inclusive_services", List.of("reception_orientation"),
                List.of(refA), List.of(), false, List.of(), List.of(), List.of(), List.of(), LocalDate.of(2019, 1, 1), null,
                "active", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), "Practices test"), admin);
        Document form = page(get("/practices/new").param("from", "initiative:" + initiative), "contributor");
        assertThat(form.select("#title").attr("value")).isEqualTo("Welcome desk " + run);
        assertThat(form.select("#city").attr("value")).isEqualTo("Practiceville " + run + ", MA");
        assertThat(form.select("#approach").text()).isEqualTo("A desk where newcomers meet municipal staff");
        assertThat(form.select("#initiatives").attr("value")).isEqualTo("init:practice-" + run);
        assertThat(form.select("input[name=themes][value=reception_orientation][checked]")).hasSize(1);
        assertThat(page(get("/initiatives/" + initiative), "contributor").select("#propose-practice").attr("href"))
                .isEqualTo("/practices/new?from=initiative:" + initiative);
    }

    @Test
    void thePracticePdfRendersInEnglishAndArabic() throws Exception {
        long id = editing.create(draft("Printable practice " + run, refA, List.of(new PracticeDraft.TransferDraft(refB, "2021",
                "Adapted", null))), editors.get("coordinator"));
        for (String lang : List.of("en", "ar")) {
            MockHttpServletResponse pdf = mvc.perform(get("/practices/" + id + ".pdf").param("lang", lang)).andReturn().getResponse();
            assertThat(pdf.getStatus()).isEqualTo(200);
            assertThat(pdf.getContentType()).isEqualTo("application/pdf");
            assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment").contains("practice-" + id + ".pdf");
            try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Printable practice " + run).contains("Adoptown " + run).contains("2021");
                if (lang.equals("ar")) {
                    assertThat(text).containsPattern("[\\u0600-\\u06FF\\uFE70-\\uFEFF]"); // Arabic letters, shaped
                }
            }
        }
        // the page links its print stylesheet
        assertThat(page(get("/practices/" + id), "anonymous").select("link[rel=stylesheet][media=print]")).hasSize(1);
    }

    @Test
    void theApiListsFiltersAndShowsAPracticeWithItsTransfers() throws Exception {
        long id = editing.create(draft("API practice " + run, refA, List.of(new PracticeDraft.TransferDraft(refB, null, "x", null))),
                editors.get("coordinator"));
        JsonNode list = json.readTree(body(get("/api/practices").param("theme", "social_cohesion").param("country", "ma")
                .param("q", "API practice " + run), "anonymous"));
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("id").asLong()).isEqualTo(id);
        JsonNode one = json.readTree(body(get("/api/practices/" + id), "anonymous"));
        assertThat(one.get("city").get("id").asLong()).isEqualTo(cityA);
        assertThat(one.get("transfers").get(0).get("toCity").get("name").asString()).isEqualTo("Adoptown " + run);
        assertThat(one.get("sections").get("approach").asString()).isEqualTo("Mediators walk the square at night");
        assertThat(status(get("/api/practices").param("theme", "astrology"), "anonymous")).isEqualTo(400);
        assertThat(status(get("/api/practices").param("size", "0"), "anonymous")).isEqualTo(400);
        assertThat(status(get("/api/practices/987654321"), "anonymous")).isEqualTo(404);
    }

    // ---- helpers ----

    private PracticeDraft draft(String title, String city, List<PracticeDraft.TransferDraft> transfers) {
        return new PracticeDraft("en", title, Map.of("fr", Map.of("title", "Médiation " + title)), List.of(), city, List.of(),
                List.of(), List.of("social_cohesion"), "intermediary", "transit",
                Map.of("problem", "Tension in the square", "approach", "Mediators walk the square at night"),
                List.of(new Practice.Contact("Mediation office", true), new Practice.Contact("Mayor's cabinet", false)),
                List.of(new Practice.Source("Interview " + run, "We walk the square.")), List.of(), List.of(), List.of(),
                transfers, "Practices test");
    }

    private Editor account(String username, Role role, Long organisationId, Long placeId) {
        accounts.create(username, "Practices " + role.name().toLowerCase(Locale.ROOT), "{noop}password-for-tests", role,
                organisationId, placeId);
        return accounts.findByUsername(username).orElseThrow();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String role) {
        return role.equals("anonymous") ? request : request.with(user(editors.get(role).username()));
    }

    private int status(MockHttpServletRequestBuilder request, String role) throws Exception {
        return mvc.perform(as(request, role)).andReturn().getResponse().getStatus();
    }

    private String body(MockHttpServletRequestBuilder request, String role) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(request, role)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private Document page(MockHttpServletRequestBuilder request, String role) throws Exception {
        return Jsoup.parse(body(request, role));
    }

    private static List<FieldError> errors(Runnable action) {
        try {
            action.run();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
        throw new AssertionError("Expected the entry to be refused");
    }
}
