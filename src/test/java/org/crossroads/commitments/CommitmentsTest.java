package org.crossroads.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.MembershipDraft;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;
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
 * Commitments: the seeds' frameworks, signatories, counts and recommendations with their sources; a pledge's status
 * over time with its evidence; restricted records counted but not named, on every path; who may record what.
 */
@IntegrationTest
class CommitmentsTest extends WebTest {

    @Autowired Frameworks frameworks;
    @Autowired Pledges pledges;
    @Autowired PledgeEditing pledgeEditing;
    @Autowired SignatureEditing signatureEditing;
    @Autowired Recommendations recommendations;
    @Autowired UptakeRecording uptakes;
    @Autowired Accounts accounts;
    @Autowired PlaceEditing placeEditing;
    @Autowired OrganisationEditing organisationEditing;
    @Autowired MembershipEditing membershipEditing;

    static String run;
    static long cityA;
    static long cityB;
    static String refA;
    static String refB;
    static long network;
    static Map<String, Editor> editors;

    @BeforeEach
    void setUp() {
        if (run != null) {
            return;
        }
        run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        cityA = placeEditing.addLocalAuthority(new LocalAuthorityDraft("place:pledge-a-" + run, "Pledgeville " + run, "MA",
                300_000L, 34.7, -1.9, List.of("transit"), List.of("western_med"), "Commitments test"), "test").id();
        cityB = placeEditing.addLocalAuthority(new LocalAuthorityDraft("place:pledge-b-" + run, "Otherton " + run, "TN",
                200_000L, 34.7, 10.7, List.of("destination"), List.of("central_med"), "Commitments test"), "test").id();
        refA = "Pledgeville " + run + ", MA";
        refB = "Otherton " + run + ", TN";
        network = organisationEditing.upsertByExternalId(new OrganisationDraft("org:pledge-net-" + run, "Pledge Network " + run,
                "PN" + run, "city_network", null, null, null, null, "Commitments test"), "test").id();
        membershipEditing.upsert(new MembershipDraft("org:pledge-net-" + run, "place:pledge-a-" + run, null, null, null,
                "Commitments test"), "test");
        editors = Map.of(
                "contributor", account("cm-contrib-" + run, Role.CONTRIBUTOR, null, null),
                "focal_a", account("cm-focal-a-" + run, Role.CITY_FOCAL_POINT, null, cityA),
                "focal_b", account("cm-focal-b-" + run, Role.CITY_FOCAL_POINT, null, cityB),
                "coordinator", account("cm-coord-" + run, Role.NETWORK_COORDINATOR, network, null),
                "administrator", account("cm-admin-" + run, Role.ADMINISTRATOR, null, null));
    }

    @Test
    void theSeedsFrameworksAreLoadedWithTheirSourcesAndTheirCountsAreNeverTurnedIntoNames() throws Exception {
        Framework charter = framework("uclg-africa-charter-migration-2018");
        assertThat(charter.title()).contains("Charter");
        assertThat(charter.translations().get("fr").get("title")).isNotBlank();
        assertThat(charter.translations().get("ar").get("title")).isNotBlank();
        assertThat(charter.documentId()).isNotNull();
        // "signed by over 30 cities": the count with its source, not thirty invented names
        assertThat(charter.stated()).singleElement().satisfies(s -> {
            assertThat(s.count()).isEqualTo(30);
            assertThat(s.qualifier()).isEqualTo("over");
            assertThat(s.source().citation()).isNotBlank();
            assertThat(s.whatIn()).containsKeys("fr", "ar", "es");
        });
        Framework grf = framework("global-refugee-forum");
        assertThat(grf.kind()).isEqualTo("pledging_process");
        assertThat(grf.stated()).extracting(Framework.StatedCount::count).containsExactlyInAnyOrder(774, 1395, 48);
        assertThat(frameworks.cyclesOf(grf)).extracting(ReviewCycle::externalId).contains("grf-2023");
        Framework lampedusa = framework("lampedusa-charter-2022");
        assertThat(lampedusa.articles()).hasSize(7);
        assertThat(lampedusa.articlesLabel()).isEqualTo("principle");

        // every signature of the seeds has its source; none is restricted
        for (Framework f : frameworks.all()) {
            assertThat(f.sources()).as(f.externalId()).isNotEmpty();
            assertThat(frameworks.signatures(f.id(), Optional.empty())).allSatisfy(s -> {
                assertThat(s.source()).as(f.externalId()).isNotNull();
                assertThat(s.source().passage()).isNotBlank();
                assertThat(s.restricted()).isFalse();
            });
        }
        assertThat(frameworks.signatures(charter.id(), Optional.empty())).hasSizeGreaterThan(10);

        Document page = page(get("/frameworks/" + charter.id()), "anonymous");
        assertThat(page.select("#signatory-table tbody tr")).hasSizeGreaterThan(10);
        assertThat(page.text()).contains("over 30");
        assertThat(page.select("#source-list li")).isNotEmpty();
        Document arabic = page(get("/frameworks/" + charter.id()).param("lang", "ar"), "anonymous");
        assertThat(arabic.select("h1").text()).isEqualTo(charter.translations().get("ar").get("title"));
        // what a source counted is read in the reader's language
        assertThat(arabic.select("#signatories + p.meta").text()).contains("مدن").doesNotContain("cities");
        Document list = page(get("/frameworks"), "anonymous");
        assertThat(list.select("#frameworks li")).hasSize(frameworks.all().size());
    }

    @Test
    void theRecommendationsOfTheFiveSeedReportsAreLinkedToTheirDocumentsAndFilterByAddresseeAndUptake() throws Exception {
        List<Recommendation> all = recommendations.search(RecommendationQuery.all(), Optional.empty(), 1000, 0);
        assertThat(all).hasSizeGreaterThanOrEqualTo(60).allSatisfy(r -> {
            assertThat(r.documentId()).as(r.externalId()).isNotNull();
            assertThat(r.source()).isNotNull();
            assertThat(r.addressees()).isNotEmpty();
            assertThat(r.translations()).containsKeys("fr", "ar", "es");
        });
        assertThat(all.stream().map(Recommendation::documentId).distinct()).hasSize(5);
        Document register = page(get("/recommendations").param("addressee", "donors"), "anonymous");
        long donors = all.stream().filter(r -> r.addressees().contains("donors")).count();
        assertThat(register.select("#recommendations li")).hasSize((int) Math.min(donors, 50));
        assertThat(status(get("/recommendations").param("addressee", "astrologers"), "anonymous")).isEqualTo(400);

        // an uptake takes a recommendation off the "taken up by nobody" list
        Recommendation r = all.get(0);
        long before = recommendations.count(new RecommendationQuery(null, null, null, false), Optional.empty());
        uptakes.record(r.id(), new UptakeDraft(refA, null, null, "2024-03", "en", "Opened a one-stop office " + run, Map.of(),
                false, new EvidenceDraft(List.of(), List.of(), List.of(), List.of(), List.of("https://example.org/office")),
                null), editors.get("focal_a"));
        assertThat(recommendations.count(new RecommendationQuery(null, null, null, false), Optional.empty()))
                .isEqualTo(before - (r.uptakes() == 0 ? 1 : 0));
        Document one = page(get("/recommendations/" + r.id()), "anonymous");
        assertThat(one.select("#uptakes ~ ul li").text()).contains("Opened a one-stop office " + run);
        assertThat(page(get("/cities/" + cityA), "anonymous").text()).contains("Recommendation it acted on");
        // a focal point records its own city's uptakes only
        assertThat(errors(() -> uptakes.record(r.id(), new UptakeDraft(refB, null, null, "2024", "en", "Not ours", Map.of(),
                false, null, null), editors.get("focal_a")))).extracting(FieldError::messageKey)
                .containsExactly("commitments.error.partyOutOfScope");
    }

    @Test
    void aPledgesStatusChangesOverTimeWithItsEvidenceAndABackdatedChangeCompletesTheHistory() throws Exception {
        Framework charter = framework("uclg-africa-charter-migration-2018");
        long id = pledgeEditing.create(draft("Open a reception desk for people on the move " + run, charter, refA, false,
                "announced", "2022-10"), editors.get("focal_a"));
        Pledge p = pledges.find(id, Optional.empty()).orElseThrow();
        assertThat(p.status()).isEqualTo(PledgeStatus.ANNOUNCED);
        pledgeEditing.changeStatus(id, p.version(), new StatusDraft("in_progress", "2023-06-01", "en",
                "The desk opened in the town hall", Map.of("fr", Map.of("note", "Le guichet a ouvert à la mairie")),
                new EvidenceDraft(List.of(), List.of(), List.of("doc:uclg-africa-charter-migration-2018"),
                        List.of(), List.of("https://example.org/desk")), null), editors.get("coordinator"));
        p = pledges.find(id, Optional.empty()).orElseThrow();
        assertThat(p.status()).isEqualTo(PledgeStatus.IN_PROGRESS);
        assertThat(p.statusOn()).isEqualTo(LocalDate.of(2023, 6, 1));
        // a change dated before the latest completes the history without changing the present
        pledgeEditing.changeStatus(id, p.version(), new StatusDraft("planned", "2023", "en", "Budgeted", Map.of(), null, null),
                editors.get("focal_a"));
        p = pledges.find(id, Optional.empty()).orElseThrow();
        assertThat(p.status()).isEqualTo(PledgeStatus.IN_PROGRESS);
        List<StatusChange> history = pledges.history(id, Optional.empty());
        assertThat(history).extracting(StatusChange::status)
                .containsExactly(PledgeStatus.ANNOUNCED, PledgeStatus.PLANNED, PledgeStatus.IN_PROGRESS);
        assertThat(history.get(2).evidence()).extracting(Evidence::kind).containsExactly("document", "web");
        // as it stood at a review between two changes
        assertThat(pledges.statusesAsOf(charter.id(), LocalDate.of(2022, 12, 31))).containsEntry(id, PledgeStatus.ANNOUNCED);
        assertThat(pledges.statusesAsOf(charter.id(), LocalDate.of(2023, 12, 31))).containsEntry(id, PledgeStatus.IN_PROGRESS);

        int version = p.version();
        assertThatThrownBy(() -> pledgeEditing.changeStatus(id, version - 1, new StatusDraft("fulfilled", "2024", "en", null,
                Map.of(), null, null), editors.get("focal_a"))).isInstanceOf(ConcurrentEditException.class);
        assertThat(errors(() -> pledgeEditing.changeStatus(id, version, new StatusDraft("kept", "2999-01-01", "en", null,
                Map.of(), new EvidenceDraft(List.of("init:no-such"), List.of("999999999"), List.of(), List.of("nope; x; 1"),
                        List.of("ftp://x")), null), editors.get("focal_a")))).extracting(FieldError::field)
                .containsExactlyInAnyOrder("status", "on", "evidence_initiatives", "evidence_outcomes",
                        "evidence_data_values", "evidence_links");
        assertThat(errors(() -> pledgeEditing.changeStatus(id, version, new StatusDraft("fulfilled", "2021", "en", null,
                Map.of(), null, null), editors.get("focal_a")))).extracting(FieldError::messageKey)
                .containsExactly("commitments.error.beforePledge");

        Document page = page(get("/pledges/" + id), "anonymous");
        assertThat(page.select("#status-history > li")).hasSize(3);
        assertThat(page.select("#status-history > li").last().select(".evidence a[href^=/documents/]")).hasSize(1);
        assertThat(page.select("#status-form")).isEmpty();
        Document french = page(get("/pledges/" + id).param("lang", "fr"), "focal_a");
        assertThat(french.select("#status-history").text()).contains("Le guichet a ouvert à la mairie");
        assertThat(french.select("#status-form")).hasSize(1);
        assertThat(page(get("/cities/" + cityA), "anonymous").text()).contains("Open a reception desk for people on the move " + run);
        assertThat(page(get("/frameworks/" + charter.id()), "anonymous").select("#pledge-" + id)).hasSize(1);
    }

    @Test
    void theStatusFormReportsEveryErrorAndSavesAChangeByPostThenRedirect() throws Exception {
        long id = pledgeEditing.create(draft("Translate the welcome guide " + run, null, refA, false, "planned", "2024"),
                editors.get("focal_a"));
        int version = pledges.find(id, Optional.empty()).orElseThrow().version();
        MockHttpServletResponse bad = mvc.perform(as(post("/pledges/" + id + "/status").with(csrf()).param("status", "")
                .param("on", "soon").param("version", String.valueOf(version)), "focal_a")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(200);
        Document form = Jsoup.parse(bad.getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#error-summary a")).extracting(a -> a.attr("href")).contains("#err-status", "#err-on");
        MockHttpServletResponse ok = mvc.perform(as(post("/pledges/" + id + "/status").with(csrf()).param("status", "fulfilled")
                .param("on", "2025-01-15").param("language", "en").param("note", "Printed in four languages")
                .param("links", "https://example.org/guide").param("version", String.valueOf(version)), "focal_a"))
                .andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(302);
        assertThat(pledges.find(id, Optional.empty()).orElseThrow().status()).isEqualTo(PledgeStatus.FULFILLED);
        // another city's focal point may read it but not change it
        assertThat(status(post("/pledges/" + id + "/status").with(csrf()).param("status", "stalled").param("on", "2025")
                .param("version", String.valueOf(version + 1)), "focal_b")).isEqualTo(403);
        assertThat(status(get("/pledges/" + id + "/edit"), "contributor")).isEqualTo(403);
    }

    @Test
    void aRestrictedPledgeOrSignatureIsCountedButNamedOnlyToItsCityItsNetworkAndAdministrators() throws Exception {
        Framework lampedusa = framework("lampedusa-charter-2022");
        long id = pledgeEditing.create(draft("A quiet pledge " + run, lampedusa, refA, true, "planned", "2024"),
                editors.get("focal_a"));
        long signature = signatureEditing.create(new SignatureDraft(String.valueOf(lampedusa.id()), refA, null, "signed", false,
                "2023", "Mayor's office", true, null), editors.get("focal_a"));

        for (String hidden : List.of("anonymous", "contributor", "focal_b")) {
            assertThat(status(get("/pledges/" + id), hidden)).as(hidden).isEqualTo(404);
            assertThat(body(get("/pledges").param("framework", String.valueOf(lampedusa.id())), hidden)).doesNotContain("A quiet pledge");
            assertThat(body(get("/frameworks/" + lampedusa.id()), hidden)).as(hidden).doesNotContain("A quiet pledge")
                    .doesNotContain("Pledgeville " + run);
            assertThat(body(get("/frameworks/" + lampedusa.id() + "/signatories.geojson"), hidden)).doesNotContain("Pledgeville");
            assertThat(body(get("/cities/" + cityA), hidden)).as(hidden).doesNotContain("A quiet pledge")
                    .doesNotContain("The Lampedusa Charter");
        }
        for (String seeing : List.of("focal_a", "coordinator", "administrator")) {
            assertThat(status(get("/pledges/" + id), seeing)).as(seeing).isEqualTo(200);
            assertThat(body(get("/frameworks/" + lampedusa.id()), seeing)).as(seeing).contains("A quiet pledge")
                    .contains("Pledgeville " + run);
        }
        // counted for everyone, through the small-count rule: one restricted pledge reads "<5", and so does its total
        StatusFigures figures = pledges.figures(PledgeQuery.ofFramework(lampedusa.id()), null, Optional.empty());
        assertThat(figures.row(PledgeStatus.PLANNED).unnamed().why()).isEqualTo(Why.SMALL);
        assertThat(figures.row(PledgeStatus.PLANNED).all().shown()).isFalse();
        assertThat(figures.total().shown()).isFalse();
        assertThat(pledges.figures(PledgeQuery.ofFramework(lampedusa.id()), null, Optional.of(editors.get("administrator")))
                .row(PledgeStatus.PLANNED).all().value()).isGreaterThanOrEqualTo(1);
        Document anonymousPage = page(get("/frameworks/" + lampedusa.id()), "anonymous");
        assertThat(anonymousPage.select(".status-figures").text()).contains("<5");
        assertThat(frameworks.unnamedSignatories(lampedusa.id(), Optional.empty()).why()).isEqualTo(Why.SMALL);
        assertThat(frameworks.signature(signature, Optional.of(editors.get("focal_b")))).isEmpty();
        assertThat(frameworks.signature(signature, Optional.of(editors.get("coordinator")))).isPresent();
    }

    @Test
    void aPledgeSpeaksForACityInTheEditorsScopeAndContributorsRecordNone() {
        assertThat(errors(() -> pledgeEditing.create(draft("Not my city " + run, null, refB, false, "announced", "2024"),
                editors.get("focal_a")))).extracting(FieldError::messageKey).containsExactly("commitments.error.partyOutOfScope");
        assertThat(errors(() -> pledgeEditing.create(draft("", null, "Nowhere at all, ZZ", false, "promised", "soon"),
                editors.get("administrator")))).extracting(FieldError::field)
                .containsExactlyInAnyOrder("text", "cities", "status", "status_on");
        // a joint pledge: the coordinator speaks for its member city, another city joins it
        long joint = pledgeEditing.create(new PledgeDraft(null, null, List.of(refA, refB), List.of(), "en",
                "Share one reception guide " + run, Map.of(), List.of(), List.of("15"), List.of(), List.of(), "2026",
                "International relations office", "office@example.org", "announced", "2024", false, List.of()),
                editors.get("coordinator"));
        Pledge p = pledges.find(joint, Optional.empty()).orElseThrow();
        assertThat(p.isJoint()).isTrue();
        assertThat(p.gcmObjectives()).containsExactly("15");
        assertThat(pledges.search(new PledgeQuery(null, null, null, null, "15", null), Optional.empty(), 500, 0))
                .extracting(Pledge::id).contains(joint);
        // both cities' focal points may now report on it
        assertThat(pledgeEditing.editable(joint, editors.get("focal_b")).id()).isEqualTo(joint);
    }

    @Test
    void theInventorysGcmObjectiveFacetShowsThePledgesServingEachObjective() throws Exception {
        pledgeEditing.create(new PledgeDraft(null, null, List.of(refA), List.of(), "en", "Count me under objective 16 " + run,
                Map.of(), List.of(), List.of("16"), List.of(), List.of(), null, null, null, "announced", "2024", false,
                List.of()), editors.get("focal_a"));
        long seen = pledges.countsByGcmObjective(Optional.empty()).get("16");
        Document search = page(get("/initiatives"), "anonymous");
        assertThat(search.select("#facet-gcm a.facet-other[href=/pledges?gcm=16]").text())
                .isEqualTo(seen == 1 ? "1 pledge" : seen + " pledges");
        assertThat(page(get("/pledges").param("gcm", "16"), "anonymous").text()).contains("Count me under objective 16 " + run);
    }

    @Test
    void pledgesAndRecommendationsAreFoundByTheOneSearchInTheirLanguagesAsTheirReaderMaySeeThem() throws Exception {
        long open = pledgeEditing.create(new PledgeDraft(null, null, List.of(refA), List.of(), "en",
                "Open a one-stop desk for seasonal workers " + run,
                Map.of("fr", Map.of("text", "Ouvrir un guichet unique pour les saisonniers " + run)), List.of(), List.of(),
                List.of(), List.of("employment"), null, null, null, "planned", "2024", false, List.of()), editors.get("focal_a"));
        long quiet = pledgeEditing.create(draft("Secret shelter plan " + run, null, refA, true, "planned", "2024"),
                editors.get("focal_a"));
        Document anonymous = page(get("/search").param("q", run), "anonymous");
        assertThat(anonymous.select("a[href=/pledges/" + open + "]")).hasSize(1);
        assertThat(anonymous.select("a[href=/pledges/" + quiet + "]")).isEmpty();
        assertThat(page(get("/search").param("q", run), "focal_a").select("a[href=/pledges/" + quiet + "]")).hasSize(1);
        // the French translation's words, and the city's name, find it too
        assertThat(page(get("/search").param("q", "guichet saisonniers " + run).param("lang", "fr"), "anonymous")
                .select("a[href=/pledges/" + open + "]")).hasSize(1);
        assertThat(page(get("/search").param("q", "Pledgeville " + run).param("kind", "pledges"), "anonymous")
                .select("a[href=/pledges/" + open + "]")).hasSize(1);
        // a recommendation of a seed report, by its words
        Recommendation first = recommendations.search(RecommendationQuery.all(), Optional.empty(), 1000, 0).stream()
                .filter(r -> r.text().contains("non-discriminatory")).findFirst().orElseThrow();
        assertThat(page(get("/search").param("q", "non-discriminatory city approach"), "anonymous")
                .select("a[href=/recommendations/" + first.id() + "]")).hasSize(1);
    }

    @Test
    void coordinatorsRecordFrameworksAndRecommendationsThroughTheirForms() throws Exception {
        MockHttpServletResponse bad = mvc.perform(as(post("/frameworks/new").with(csrf()).param("kind", "manifesto")
                .param("title", "").param("adopted", "someday").param("convener", "org:nobody-" + run), "coordinator"))
                .andReturn().getResponse();
        assertThat(Jsoup.parse(bad.getContentAsString(StandardCharsets.UTF_8)).select("#error-summary a"))
                .extracting(a -> a.attr("href")).contains("#err-kind", "#err-title", "#err-adopted", "#err-convener");
        MockHttpServletResponse made = mvc.perform(as(post("/frameworks/new").with(csrf()).param("kind", "declaration")
                .param("language", "en").param("title", "Declaration of the river cities " + run)
                .param("translation[fr.title]", "Déclaration des villes fluviales " + run).param("adopted", "2025-10")
                .param("convener", "org:pledge-net-" + run).param("articlesLabel", "principle")
                .param("articles", "Welcome\nProtect\nInclude").param("sourceCitation", "Commitments test"), "coordinator"))
                .andReturn().getResponse();
        assertThat(made.getStatus()).isEqualTo(302);
        long id = Long.parseLong(made.getRedirectedUrl().replaceAll(".*/", ""));
        Framework f = frameworks.find(id).orElseThrow();
        assertThat(f.articles()).extracting(Framework.Article::text).containsExactly("Welcome", "Protect", "Include");
        assertThat(f.adopted().iso()).isEqualTo("2025-10");
        assertThat(f.convenerOrganisationId()).isEqualTo(network);
        assertThat(page(get("/frameworks/" + id).param("lang", "fr"), "anonymous").select("h1").text())
                .isEqualTo("Déclaration des villes fluviales " + run);
        // a focal point writes no framework
        assertThat(status(get("/frameworks/new"), "focal_a")).isEqualTo(403);
        // a recommendation of a library document, addressed to donors
        MockHttpServletResponse rec = mvc.perform(as(post("/recommendations/new").with(csrf())
                .param("document", "doc:mmc-unhcr-2022-going-to-town").param("section", "Test section").param("number", "7")
                .param("language", "en").param("text", "Fund river cities' reception desks " + run)
                .param("addressees", "donors").param("themes", "reception_orientation"), "coordinator")).andReturn().getResponse();
        assertThat(rec.getStatus()).isEqualTo(302);
        long recommendation = Long.parseLong(rec.getRedirectedUrl().replaceAll(".*/", ""));
        assertThat(recommendations.find(recommendation, Optional.empty()).orElseThrow().addressees()).containsExactly("donors");
        MockHttpServletResponse none = mvc.perform(as(post("/recommendations/new").with(csrf()).param("text", ""), "coordinator"))
                .andReturn().getResponse();
        assertThat(Jsoup.parse(none.getContentAsString(StandardCharsets.UTF_8)).select("#error-summary a"))
                .extracting(a -> a.attr("href")).contains("#err-document", "#err-text", "#err-addressees");
    }

    @Test
    void aCitysFocalPointChangesAndRemovesItsSignatureAndNoOneElsesOwn() throws Exception {
        Framework call = framework("call-to-local-action-migrants-refugees");
        long id = signatureEditing.create(new SignatureDraft(String.valueOf(call.id()), refA, null, "signed", false, "2019",
                "Mayor's office", false, new Source("Commitments test " + run, "Signed in 2019")), editors.get("focal_a"));
        assertThat(page(get("/frameworks/" + call.id()), "focal_a").select("a[href=/signatures/" + id + "/edit]")).hasSize(1);
        assertThat(page(get("/frameworks/" + call.id()), "focal_b").select("a[href=/signatures/" + id + "/edit]")).isEmpty();
        assertThat(status(get("/signatures/" + id + "/edit"), "focal_b")).isEqualTo(403);
        int version = frameworks.signature(id, Optional.empty()).orElseThrow().version();
        MockHttpServletResponse saved = mvc.perform(as(post("/signatures/" + id + "/edit").with(csrf()).param("city", refA)
                .param("kind", "endorsed").param("signed", "2019-12").param("office", "City council")
                .param("sourceCitation", "Commitments test " + run).param("version", String.valueOf(version)), "focal_a"))
                .andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        Signature changed = frameworks.signature(id, Optional.empty()).orElseThrow();
        assertThat(changed.kind()).isEqualTo("endorsed");
        assertThat(changed.signed().iso()).isEqualTo("2019-12");
        // a save against an old version keeps what was typed and says so
        MockHttpServletResponse stale = mvc.perform(as(post("/signatures/" + id + "/edit").with(csrf()).param("city", refA)
                .param("kind", "signed").param("office", "Typed late").param("version", String.valueOf(version)), "focal_a"))
                .andReturn().getResponse();
        Document conflict = Jsoup.parse(stale.getContentAsString(StandardCharsets.UTF_8));
        assertThat(conflict.select(".conflict")).hasSize(1);
        assertThat(conflict.select("#office").attr("value")).isEqualTo("Typed late");
        assertThat(mvc.perform(as(post("/signatures/" + id + "/remove").with(csrf()), "focal_a")).andReturn().getResponse()
                .getStatus()).isEqualTo(302);
        assertThat(frameworks.signature(id, Optional.of(editors.get("administrator")))).isEmpty();
    }

    @Test
    void anUptakeIsChangedWithItsEvidenceOrRemovedByItsCityAndNotByAnotherCity() throws Exception {
        Recommendation r = recommendations.search(RecommendationQuery.all(), Optional.empty(), 1000, 0).get(1);
        long id = uptakes.record(r.id(), new UptakeDraft(refA, null, null, "2024", "en", "Trained the front desk " + run,
                Map.of("fr", Map.of("how", "Formé l’accueil " + run)), false, new EvidenceDraft(List.of(), List.of(),
                        List.of(), List.of(), List.of("https://example.org/training")), null), editors.get("focal_a"));
        String edit = "a[href=/uptakes/" + id + "/edit]";
        assertThat(page(get("/recommendations/" + r.id()), "focal_a").select(edit)).hasSize(1);
        assertThat(page(get("/recommendations/" + r.id()), "coordinator").select(edit)).hasSize(1);
        assertThat(page(get("/recommendations/" + r.id()), "focal_b").select(edit)).isEmpty();
        assertThat(page(get("/recommendations/" + r.id()), "anonymous").select(edit)).isEmpty();
        assertThat(status(get("/uptakes/" + id + "/edit"), "focal_b")).isEqualTo(403);
        // the form shows what is stored, the translation and the evidence included, so saving it loses nothing
        Document form = page(get("/uptakes/" + id + "/edit"), "focal_a");
        assertThat(form.select("#how").text()).isEqualTo("Trained the front desk " + run);
        assertThat(form.select("#tr-fr-how").text()).isEqualTo("Formé l’accueil " + run);
        assertThat(form.select("label[for=tr-fr-how]").text()).contains("French");
        assertThat(form.select("#links").text()).isEqualTo("https://example.org/training");
        int version = uptake(r, id).version();
        MockHttpServletResponse saved = mvc.perform(as(post("/uptakes/" + id + "/edit").with(csrf()).param("city", refA)
                .param("taken", "2024-05").param("language", "en").param("how", "Trained the front desk and the police " + run)
                .param("translation[fr.how]", "Formé l’accueil " + run).param("links", "https://example.org/training\nhttps://example.org/report")
                .param("version", String.valueOf(version)), "focal_a")).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        Uptake changed = uptake(r, id);
        assertThat(changed.taken().iso()).isEqualTo("2024-05");
        assertThat(changed.how()).startsWith("Trained the front desk and the police");
        assertThat(changed.translations()).containsKey("fr");
        assertThat(changed.evidence()).extracting(Evidence::url)
                .containsExactly("https://example.org/training", "https://example.org/report");
        // a save against the old version keeps what was typed and says so
        MockHttpServletResponse stale = mvc.perform(as(post("/uptakes/" + id + "/edit").with(csrf()).param("city", refA)
                .param("taken", "2023").param("language", "en").param("how", "Typed late " + run)
                .param("version", String.valueOf(version)), "focal_a")).andReturn().getResponse();
        Document conflict = Jsoup.parse(stale.getContentAsString(StandardCharsets.UTF_8));
        assertThat(conflict.select(".conflict")).hasSize(1);
        assertThat(conflict.select("#how").text()).isEqualTo("Typed late " + run);
        assertThat(uptake(r, id).taken().iso()).isEqualTo("2024-05");
        // another city is not the focal point's to name
        MockHttpServletResponse outOfScope = mvc.perform(as(post("/uptakes/" + id + "/edit").with(csrf()).param("city", refB)
                .param("taken", "2024").param("language", "en").param("how", "Moved " + run)
                .param("version", String.valueOf(changed.version())), "focal_a")).andReturn().getResponse();
        assertThat(Jsoup.parse(outOfScope.getContentAsString(StandardCharsets.UTF_8)).select("#err-city")).hasSize(1);
        assertThat(status(post("/uptakes/" + id + "/remove").with(csrf()), "focal_b")).isEqualTo(403);
        assertThat(status(post("/uptakes/" + id + "/remove").with(csrf()), "focal_a")).isEqualTo(302);
        assertThat(recommendations.uptakes(r.id(), Optional.of(editors.get("administrator"))))
                .extracting(Uptake::id).doesNotContain(id);
    }

    private Uptake uptake(Recommendation r, long id) {
        return recommendations.uptakes(r.id(), Optional.of(editors.get("administrator"))).stream()
                .filter(u -> u.id() == id).findFirst().orElseThrow();
    }

    // ---- helpers ----

    private Framework framework(String key) {
        return frameworks.all().stream().filter(f -> key.equals(f.externalId())).findFirst().orElseThrow();
    }

    private static PledgeDraft draft(String text, Framework framework, String city, boolean restricted, String status,
            String statusOn) {
        return new PledgeDraft(null, framework == null ? null : String.valueOf(framework.id()), List.of(city), List.of(), "en",
                text, Map.of(), List.of(), List.of(), List.of(), List.of("reception_orientation"), null, null, null, status,
                statusOn, restricted, List.of(new Source("Commitments test " + run, null)));
    }

    private Editor account(String username, Role role, Long organisationId, Long placeId) {
        accounts.create(username, "Commitments " + role.name().toLowerCase(Locale.ROOT), "{noop}password-for-tests", role,
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
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
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
        throw new AssertionError("no error");
    }
}
