package org.crossroads.learning.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.crossroads.learning.events.EventsTest;
import org.crossroads.learning.LearningFixtures;
import org.crossroads.learning.events.EventEditing;
import java.nio.charset.StandardCharsets;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Outcome pages, the CSV export and /api/outcomes: the review workflow in forms and the Chatham House rule on every path. */
@IntegrationTest
class OutcomePagesTest extends WebTest {

    static final String HIDDEN_SOURCE = "Under the Chatham House rule";
    static final String HIDDEN_PERSON = "A participant";

    @Autowired EventEditing eventEditing;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired JsonMapper json;
    LearningFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = LearningFixtures.of(accounts, organisations, places);
        fixtures.mc2cmCoordinator();
        fixtures.otherCoordinator();
        fixtures.tunisFocalPoint();
        fixtures.sfaxFocalPoint();
    }

    /** Drafts a statement under the Chatham House rule through the form, as Tunis's focal point; returns its id. */
    long draftThroughTheForm(String token, long event) throws Exception {
        // confirmedNew: statements of Tunis saying much the same exist (OutcomeCorrectionsTest covers that check)
        MockHttpServletResponse created = mvc.perform(post("/outcomes/new").with(user(LearningFixtures.TUNIS_FOCAL_POINT)).with(csrf())
                        .param("confirmedNew", "true")
                        .param("changeAgent", "Municipality of Tunis")
                        .param("changeType", "practice")
                        .param("description", "A public office where migrants meet municipal staff " + token)
                        .param("observedOn", "2023-03-01")
                        .param("city", "Tunis, TN")
                        .param("significance", "Mutual understanding")
                        .param("contribution", "The Tangier visit showed how")
                        .param("source", "Secret-adviser-" + token)
                        .param("evidence", "Opening decree")
                        .param("chathamHouse", "true")
                        .param("events", String.valueOf(event))
                        .param("peerCities", "Tangier, MA; Oujda, MA")
                        .param("inspiredByCity", "Tangier, MA")
                        .param("inspiredByInitiative", "init:mc2cm-tca-02-tangeraccueil")
                        .param("inspiredByPractice", "One-stop shop")
                        .param("network", "")
                        .param("capabilities", "deliver:institutional", "relate:collective"))
                .andReturn().getResponse();
        assertThat(created.getRedirectedUrl()).matches("/outcomes/\\d+");
        return Long.parseLong(created.getRedirectedUrl().substring("/outcomes/".length()));
    }

    @Test
    void theReviewWorkflowThroughThePagesEndsInAPublicStatementWhoseSourceStaysHidden() throws Exception {
        String token = OutcomeHarvestTest.token();
        long event = eventEditing.create(EventsTest.draft(null, "Migrant offices " + token), fixtures.mc2cmCoordinator());
        long id = draftThroughTheForm(token, event);

        assertThat(status(get("/outcomes/" + id))).isEqualTo(404);
        assertThat(status(get("/api/outcomes/" + id))).isEqualTo(404);
        assertThat(api("/api/outcomes?q=" + token).get("total").asInt()).isZero();
        assertThat(status(post("/outcomes/" + id + "/substantiate").param("substantiation", "mine")
                .with(user(LearningFixtures.TUNIS_FOCAL_POINT)).with(csrf()))).isEqualTo(403);
        assertThat(status(post("/outcomes/" + id + "/substantiate").param("substantiation", "anonymous").with(csrf())))
                .isIn(302, 401, 403);

        Document asPeer = page(get("/outcomes/" + id).with(user(LearningFixtures.SFAX_FOCAL_POINT)));
        assertThat(asPeer.select("#substantiate-form")).hasSize(1);
        assertThat(asPeer.select("#validate-form, #reject-form, #outcome-edit")).isEmpty();
        assertThat(act(id, "substantiate", LearningFixtures.SFAX_FOCAL_POINT, "substantiation", "I visited it"))
                .isEqualTo("/outcomes/" + id);
        assertThat(status(post("/outcomes/" + id + "/validate").with(user(LearningFixtures.OTHER_COORDINATOR)).with(csrf())))
                .isEqualTo(403);
        Document asCoordinator = page(get("/outcomes/" + id).with(user(LearningFixtures.MC2CM_COORDINATOR)));
        assertThat(asCoordinator.select("#validate-form")).hasSize(1);
        assertThat(act(id, "validate", LearningFixtures.MC2CM_COORDINATOR, null, null)).isEqualTo("/outcomes/" + id);

        // public page
        Document publicPage = page(get("/outcomes/" + id));
        assertThat(publicPage.select("#outcome-status").text()).isEqualTo("Validated");
        assertThat(publicPage.select("#outcome-source").text()).isEqualTo(HIDDEN_SOURCE);
        assertThat(publicPage.select("#outcome-recorded-by").text()).isEqualTo(HIDDEN_PERSON);
        assertThat(publicPage.select("#outcome-substantiated-by").text()).isEqualTo(HIDDEN_PERSON);
        assertThat(publicPage.select("#outcome-inspired-by").text()).contains("Tangier", "TangerAccueil", "One-stop shop");
        assertThat(publicPage.html()).doesNotContain("Secret-adviser", LearningFixtures.TUNIS_FOCAL_POINT,
                LearningFixtures.SFAX_FOCAL_POINT);
        assertThat(page(get("/outcomes/" + id).param("lang", "fr")).select("#outcome-source").text())
                .isEqualTo("Sous la règle de Chatham House");
        // public list
        Document list = page(get("/outcomes").param("q", token));
        assertThat(list.select("#outcome-results li")).hasSize(1);
        assertThat(list.select("#outcome-results .outcome-source").text()).isEqualTo(HIDDEN_SOURCE);
        assertThat(list.html()).doesNotContain("Secret-adviser");
        assertThat(page(get("/outcomes").param("event", String.valueOf(event))).select("#outcome-results li")).hasSize(1);
        assertThat(page(get("/outcomes").param("event", String.valueOf(event)).param("capability", "relate")
                .param("level", "institutional")).select("#outcome-results li")).isEmpty();
        // API
        JsonNode found = api("/api/outcomes?q=" + token + "&event=" + event + "&capability=deliver&status=validated");
        assertThat(found.get("total").asInt()).isEqualTo(1);
        JsonNode item = found.get("items").get(0);
        assertThat(item.get("source").asString()).isEqualTo(HIDDEN_SOURCE);
        assertThat(item.get("recordedBy").asString()).isEqualTo(HIDDEN_PERSON);
        assertThat(item.get("substantiatedBy").asString()).isEqualTo(HIDDEN_PERSON);
        assertThat(item.get("attributionHidden").asBoolean()).isTrue();
        assertThat(item.get("inspiredBy").get("city").get("name").asString()).isEqualTo("Tangier, MA");
        assertThat(item.get("capabilities").toString()).contains("deliver", "institutional", "relate", "collective");
        assertThat(found.toString()).doesNotContain("Secret-adviser", LearningFixtures.TUNIS_FOCAL_POINT);
        assertThat(api("/api/outcomes/" + id).get("source").asString()).isEqualTo(HIDDEN_SOURCE);
        // CSV
        String csv = body(get("/outcomes.csv").param("q", token));
        assertThat(csv).contains(HIDDEN_SOURCE, HIDDEN_PERSON, "Municipality of Tunis").doesNotContain("Secret-adviser");
        // another editor who does not coordinate the network
        for (String username : new String[] {LearningFixtures.SFAX_FOCAL_POINT, LearningFixtures.OTHER_COORDINATOR,
                LearningFixtures.TUNIS_FOCAL_POINT}) {
            assertThat(page(get("/outcomes/" + id).with(user(username))).select("#outcome-source").text()).isEqualTo(HIDDEN_SOURCE);
            assertThat(body(get("/api/outcomes/" + id).with(user(username)))).doesNotContain("Secret-adviser");
            assertThat(body(get("/outcomes.csv").param("q", token).with(user(username)))).doesNotContain("Secret-adviser");
        }
        // the network's coordinator sees who said it everywhere
        String coordinator = LearningFixtures.MC2CM_COORDINATOR;
        Document coordinatorPage = page(get("/outcomes/" + id).with(user(coordinator)));
        assertThat(coordinatorPage.select("#outcome-source").text()).isEqualTo("Secret-adviser-" + token);
        // by the name the public sees, never the login username
        assertThat(coordinatorPage.select("#outcome-recorded-by").text())
                .isEqualTo(LearningFixtures.displayName(LearningFixtures.TUNIS_FOCAL_POINT));
        assertThat(page(get("/outcomes").param("q", token).with(user(coordinator))).select(".outcome-source").text())
                .isEqualTo("Secret-adviser-" + token);
        assertThat(json.readTree(body(get("/api/outcomes/" + id).with(user(coordinator)))).get("source").asString())
                .isEqualTo("Secret-adviser-" + token);
        assertThat(body(get("/outcomes.csv").param("q", token).with(user(coordinator))))
                .contains("Secret-adviser-" + token, LearningFixtures.displayName(LearningFixtures.TUNIS_FOCAL_POINT));
        assertThat(page(get("/outcomes/" + id).with(user("admin"))).select("#outcome-source").text())
                .isEqualTo("Secret-adviser-" + token);
    }

    @Test
    void draftsAreForEditorsAndAWrongTransitionIsExplainedOnThePage() throws Exception {
        String token = OutcomeHarvestTest.token();
        long event = eventEditing.create(EventsTest.draft(null, "Drafts " + token), fixtures.mc2cmCoordinator());
        long id = draftThroughTheForm(token, event);
        JsonNode forPeer = json.readTree(body(get("/api/outcomes").param("q", token).param("status", "draft")
                .with(user(LearningFixtures.SFAX_FOCAL_POINT))));
        assertThat(forPeer.get("total").asInt()).isEqualTo(1);
        assertThat(page(get("/outcomes").param("q", token).with(user(LearningFixtures.SFAX_FOCAL_POINT)))
                .select("#outcome-results li")).hasSize(1);
        assertThat(page(get("/outcomes").param("q", token)).select("#outcome-results li")).isEmpty();

        // validating a draft: refused with a reason, not an error page
        var refused = mvc.perform(post("/outcomes/" + id + "/validate").with(user(LearningFixtures.MC2CM_COORDINATOR))
                .with(csrf())).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/outcomes/" + id);
        assertThat(refused.getFlashMap().get("actionErrors").toString()).contains("Only a substantiated statement can be validated");

        // the coordinator rejects it; its author sees why
        assertThat(act(id, "reject", LearningFixtures.MC2CM_COORDINATOR, "reason", "Not linked to the exchange"))
                .isEqualTo("/outcomes/" + id);
        Document seenByAuthor = page(get("/outcomes/" + id).with(user(LearningFixtures.TUNIS_FOCAL_POINT)));
        assertThat(seenByAuthor.select("#outcome-rejection").text()).isEqualTo("Not linked to the exchange");
        assertThat(seenByAuthor.select("#outcome-edit")).isEmpty();
        assertThat(status(get("/outcomes/" + id).with(user(LearningFixtures.SFAX_FOCAL_POINT)))).isEqualTo(404);
    }

    @Test
    void theFormNamesBadFieldsKeepsWhatWasTypedAndRefusesAStaleVersion() throws Exception {
        assertThat(status(get("/outcomes/new"))).isIn(302, 401);
        Document form = page(get("/outcomes/new").with(user(LearningFixtures.TUNIS_FOCAL_POINT)));
        assertThat(form.select("input[name=capabilities][value=deliver:institutional]")).hasSize(1);
        assertThat(form.select("select#events option")).isNotEmpty();

        Document rejected = page(post("/outcomes/new").with(user(LearningFixtures.TUNIS_FOCAL_POINT)).with(csrf())
                .param("changeAgent", "Typed agent").param("changeType", "practice").param("description", "Typed")
                .param("observedOn", "next tuesday").param("city", "Atlantis, ZZ").param("peerCities", "Tangier, MA; Nowhere, ZZ")
                .param("network", "org:mc2cm").param("capabilities", "telepathy:individual"));
        assertThat(rejected.select("#err-observed_on").text()).contains("next tuesday");
        assertThat(rejected.select("#err-city").text()).contains("Atlantis, ZZ");
        assertThat(rejected.select("#err-peer_cities").text()).contains("Nowhere, ZZ");
        assertThat(rejected.select("#err-capabilities").text()).contains("telepathy");
        assertThat(rejected.select("#changeAgent").val()).isEqualTo("Typed agent");
        assertThat(rejected.select("#peerCities").val()).isEqualTo("Tangier, MA; Nowhere, ZZ");

        String token = OutcomeHarvestTest.token();
        long event = eventEditing.create(EventsTest.draft(null, "Stale " + token), fixtures.mc2cmCoordinator());
        long id = draftThroughTheForm(token, event);
        Document edit = page(get("/outcomes/" + id + "/edit").with(user(LearningFixtures.TUNIS_FOCAL_POINT)));
        assertThat(edit.select("#source").val()).isEqualTo("Secret-adviser-" + token);
        assertThat(edit.select("#chathamHouse1").hasAttr("checked")).isTrue();
        assertThat(edit.select("#peerCities").val()).contains("Tangier, MA", "Oujda");
        String version = edit.select("#version").val();
        assertThat(status(get("/outcomes/" + id + "/edit").with(user(LearningFixtures.SFAX_FOCAL_POINT)))).isEqualTo(403);
        MockHttpServletRequestBuilder save = post("/outcomes/" + id + "/edit").with(user(LearningFixtures.TUNIS_FOCAL_POINT))
                .with(csrf()).param("version", version).param("changeAgent", "Municipality of Tunis")
                .param("changeType", "policy").param("description", "Changed once").param("city", "Tunis, TN")
                .param("network", "org:mc2cm");
        assertThat(mvc.perform(save).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/outcomes/" + id);
        Document conflict = page(save);
        assertThat(conflict.select(".conflict")).hasSize(1);
        assertThat(conflict.select("#description").val()).isEqualTo("Changed once");
    }

    @Test
    void theCsvExportNeutralisesFormulasTheBuiltInOutcomesArePublicAndTheApiIsDocumented() throws Exception {
        String token = OutcomeHarvestTest.token();
        mvc.perform(post("/outcomes/new").with(user(LearningFixtures.TUNIS_FOCAL_POINT)).with(csrf())
                .param("changeAgent", "=HYPERLINK(\"http://evil.example\")").param("changeType", "behaviour")
                .param("description", "Formula test " + token).param("network", "org:mc2cm")).andReturn();
        String csv = body(get("/outcomes.csv").param("q", token).with(user(LearningFixtures.TUNIS_FOCAL_POINT)));
        assertThat(csv).startsWith("\uFEFFid,status,change_agent").contains("'=HYPERLINK");

        Document builtIn = page(get("/outcomes").param("q", "Migration Coordination Unit"));
        assertThat(builtIn.select("#outcome-results").text()).contains("Municipality of Oujda");
        JsonNode tunis = api("/api/outcomes?place=" + fixtures.place("Tunis, TN") + "&size=200");
        assertThat(tunis.toString()).contains("public office where migrants can meet staff", "EIP (2023)");
        assertThat(body(get("/api-docs"))).contains("/api/outcomes", "/api/outcomes/{id}", "Chatham House");
    }

    private String act(long id, String action, String username, String param, String value) throws Exception {
        MockHttpServletRequestBuilder request = post("/outcomes/" + id + "/" + action).with(user(username)).with(csrf());
        if (param != null) {
            request.param(param, value);
        }
        var result = mvc.perform(request).andReturn();
        assertThat(result.getFlashMap().get("actionErrors")).isNull();
        return result.getResponse().getRedirectedUrl();
    }

    /** Issue 12 §2: the built-in statements read in four languages, and the form keeps a statement's translations. */
    @Test
    void statementsReadInTheReadersLanguageAndTheFormKeepsTheirTranslations() throws Exception {
        // Oujda's built-in statement: other tests' statements may fill the first page of all outcomes
        Document arabic = page(get("/outcomes").param("lang", "ar").param("place", String.valueOf(fixtures.place("Oujda, MA"))));
        assertThat(arabic.select(".outcome-description[lang=ar]")).as("the built-in statements, translated").isNotEmpty();
        assertThat(arabic.select(".content-mark").eachText()).anyMatch(t -> t.startsWith("نص مترجم"));

        String token = OutcomeHarvestTest.token();
        long event = eventEditing.create(EventsTest.draft(null, "Translated offices " + token), fixtures.mc2cmCoordinator());
        long id = draftThroughTheForm(token, event);
        Document form = page(get("/outcomes/" + id + "/edit").with(user(LearningFixtures.TUNIS_FOCAL_POINT)));
        assertThat(form.select("#tr-fr-description")).hasSize(1);
        assertThat(form.selectFirst("#language option[selected]").val()).isEqualTo("en");
        String edited = mvc.perform(post("/outcomes/" + id + "/edit").with(user(LearningFixtures.TUNIS_FOCAL_POINT)).with(csrf())
                        .param("version", "0").param("changeAgent", "Municipality of Tunis").param("changeType", "practice")
                        .param("description", "A public office where migrants meet municipal staff " + token)
                        .param("city", "Tunis, TN").param("events", String.valueOf(event)).param("chathamHouse", "true")
                        .param("language", "en").param("translation[fr.description]", "Un bureau public " + token))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(edited).isEqualTo("/outcomes/" + id);
        Document french = page(get("/outcomes/" + id).param("lang", "fr").with(user(LearningFixtures.TUNIS_FOCAL_POINT)));
        assertThat(french.selectFirst("#outcome-description").text()).isEqualTo("Un bureau public " + token);
        assertThat(french.selectFirst("#outcome-description").attr("lang")).isEqualTo("fr");
    }

    private JsonNode api(String uri) throws Exception {
        return json.readTree(body(get(uri)));
    }
}
