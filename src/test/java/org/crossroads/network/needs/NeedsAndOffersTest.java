package org.crossroads.network.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.crossroads.inventory.InitiativeEditing;
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

/**
 * Needs and offers: validation naming each field, the scope of who states them, evidence checked against the
 * city, optimistic locking, the audit trail, and private statements kept out of every output for readers outside
 * the city's scope (pages, lists, filters, the city page, the API).
 */
@IntegrationTest
class NeedsAndOffersTest extends WebTest {

    @Autowired NeedEditing needEditing;
    @Autowired OfferEditing offerEditing;
    @Autowired NeedsAndOffers reads;
    @Autowired AuditTrail audit;
    @Autowired Accounts accounts;
    @Autowired PlaceEditing placeEditing;
    @Autowired OrganisationEditing organisationEditing;
    @Autowired MembershipEditing membershipEditing;
    @Autowired InitiativeEditing initiativeEditing;
    @Autowired OutcomeHarvest harvest;

    static NeedsFixtures fixtures;

    @BeforeEach
    void setUp() {
        if (fixtures == null) {
            fixtures = NeedsFixtures.make(accounts, placeEditing, organisationEditing, membershipEditing, initiativeEditing, harvest);
        }
    }

    @Test
    void aNeedWithBadFieldsIsRefusedNamingEachFieldAndAValidOneIsStatedAndAudited() {
        Editor focal = fixtures.editor("focal_point");
        NeedDraft bad = new NeedDraft("de", " ", "x".repeat(5001),
                Map.of("fr", Map.of("title", "Seulement un titre", "description", "")),
                List.of("fortune_telling"), List.of("nonsense"), List.of("klingon"),
                new NeedConstraints(false, false, false, 0, 3), "secret");
        assertThat(errors(() -> needEditing.create(fixtures.city(), bad, focal))).extracting(FieldError::field)
                .containsExactlyInAnyOrder("language", "title", "description", "translation_fr", "themes", "activity_types",
                        "preferred_languages", "within_km", "max_language_distance", "visibility");
        NeedDraft noTheme = new NeedDraft("en", "A title", "A description", Map.of(), List.of(), List.of(), List.of(),
                new NeedConstraints(false, false, false, null, 0), null);
        assertThat(errors(() -> needEditing.create(fixtures.city(), noTheme, focal)))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("themes", "needs.error.atLeastOne"),
                        org.assertj.core.groups.Tuple.tuple("max_language_distance",
                                "needs.error.languageConstraintWithoutLanguages"));

        long id = needEditing.create(fixtures.city(), fixtures.need("Guichet unique " + fixtures.run(), "public"), focal);
        Need need = reads.need(id, Optional.empty()).orElseThrow();
        assertThat(need.status()).isEqualTo(Need.OPEN);
        assertThat(need.text().language()).isEqualTo("fr");
        assertThat(need.text().title(java.util.Locale.forLanguageTag("ar"))).startsWith("شباك موحد");
        assertThat(need.constraints()).isEqualTo(new NeedConstraints(true, true, false, 2500, 1));
        assertThat(need.createdBy()).isEqualTo(focal.username());
        assertThat(audit.history(NeedEditing.RECORD, id)).extracting(AuditTrail.Change::action).containsExactly("created");
    }

    @Test
    void onlyTheCitysFocalPointsItsNetworksCoordinatorsAndAdministratorsStateItsNeedsAndOffers() {
        NeedDraft draft = fixtures.need("Scope " + fixtures.run(), "public");
        for (String role : List.of("other_focal_point", "other_coordinator", "contributor")) {
            assertThatThrownBy(() -> needEditing.create(fixtures.city(), draft, fixtures.editor(role)))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> offerEditing.create(fixtures.city(), fixtures.offer("Scope", "public", Evidence.NONE),
                    fixtures.editor(role))).as(role).isInstanceOf(AccessDeniedException.class);
        }
        long byCoordinator = needEditing.create(fixtures.city(), draft, fixtures.editor("coordinator"));
        long byAdministrator = needEditing.create(fixtures.city(), draft, fixtures.editor("administrator"));
        Need stated = reads.need(byCoordinator, Optional.empty()).orElseThrow();
        assertThatThrownBy(() -> needEditing.update(byCoordinator, stated.version(), draft, fixtures.editor("other_focal_point")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> needEditing.changeStatus(byAdministrator, 0, Need.MET, fixtures.editor("other_coordinator")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOffersEvidenceMustExistAndConcernTheCity() {
        Editor focal = fixtures.editor("focal_point");
        Evidence elsewhere = new Evidence(List.of(fixtures.otherInitiative(), 999_999_999L),
                List.of(fixtures.otherOutcome(), 999_999_998L), List.of(999_999_997L));
        List<FieldError> errors = errors(() -> offerEditing.create(fixtures.city(), fixtures.offer("Evidence", "public", elsewhere), focal));
        assertThat(errors).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("initiatives", "needs.error.initiativeElsewhere"),
                org.assertj.core.groups.Tuple.tuple("initiatives", "needs.error.unknownInitiative"),
                org.assertj.core.groups.Tuple.tuple("outcomes", "needs.error.outcomeElsewhere"),
                org.assertj.core.groups.Tuple.tuple("outcomes", "needs.error.unknownOutcome"),
                org.assertj.core.groups.Tuple.tuple("indicators", "needs.error.unknownIndicator"));
        // an indicator of the catalogue that the city has no public data for is no evidence of it
        long population = jdbcIndicator("population");
        assertThat(errors(() -> offerEditing.create(fixtures.city(),
                fixtures.offer("Data", "public", new Evidence(List.of(), List.of(), List.of(population))), focal)))
                .extracting(FieldError::messageKey).containsExactly("needs.error.indicatorWithoutData");

        // once the city has a public value of it, the indicator is evidence (a confidential one would not be)
        jobs.runNow("needs.csv", ("indicator,place,period,categories,value,source,method_note,quality,confidentiality\n"
                + "population," + fixtures.cityReference() + ",2023,,380000,Census,,good,public\n").getBytes(StandardCharsets.UTF_8),
                new org.crossroads.data.DataImport.Options(false, false, "needs-test", java.util.Locale.ENGLISH, null));
        Evidence own = new Evidence(List.of(fixtures.initiative()), List.of(fixtures.outcome()), List.of(population));
        long id = offerEditing.create(fixtures.city(), fixtures.offer("One-stop shop " + fixtures.run(), "public", own), focal);
        Offer offer = reads.offer(id, Optional.empty()).orElseThrow();
        assertThat(offer.evidence()).isEqualTo(own);
        assertThat(offer.contactConsent()).isTrue();
        assertThat(offer.status()).isEqualTo(Offer.AVAILABLE);
    }

    @Test
    void aConcurrentEditIsAConflictAndEveryChangeIsAudited() throws Exception {
        Editor focal = fixtures.editor("focal_point");
        Editor coordinator = fixtures.editor("coordinator");
        long id = needEditing.create(fixtures.city(), fixtures.need("Conflict " + fixtures.run(), "public"), focal);
        needEditing.update(id, 0, fixtures.need("Conflict, first edit " + fixtures.run(), "public"), coordinator);
        assertThatThrownBy(() -> needEditing.update(id, 0, fixtures.need("Conflict, stale edit", "public"), focal))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(reads.need(id, Optional.empty()).orElseThrow().text().title()).startsWith("Conflict, first edit");
        needEditing.changeStatus(id, 1, Need.MET, focal);
        assertThatThrownBy(() -> needEditing.changeStatus(id, 1, Need.WITHDRAWN, focal)).isInstanceOf(ConcurrentEditException.class);
        assertThat(errors(() -> needEditing.changeStatus(id, 2, "forgotten", focal))).extracting(FieldError::field)
                .containsExactly("status");
        List<AuditTrail.Change> history = audit.history(NeedEditing.RECORD, id);
        assertThat(history).extracting(AuditTrail.Change::action).containsExactly("status_changed", "updated", "created");
        assertThat(history.get(0).fields()).anySatisfy(f -> assertThat(f.toString()).contains("status"));

        // through the form: the stale version comes back with the conflict message and the editor's text kept
        MockHttpServletResponse stale = mvc.perform(post("/needs/" + id + "/edit").with(user(focal.username())).with(csrf())
                .param("language", "en").param("title", "My stale title").param("description", "Stale")
                .param("themes", "reception_orientation").param("version", "0")).andReturn().getResponse();
        Document page = Jsoup.parse(stale.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".conflict")).hasSize(1);
        assertThat(page.select("#title").val()).isEqualTo("My stale title");
        assertThat(page.select("input[name=version]").val()).isEqualTo("2");

        long offer = offerEditing.create(fixtures.city(), fixtures.offer("Audited " + fixtures.run(), "public", Evidence.NONE), focal);
        offerEditing.changeStatus(offer, 0, Offer.WITHDRAWN, coordinator);
        assertThat(audit.history(OfferEditing.RECORD, offer)).extracting(AuditTrail.Change::action)
                .containsExactly("status_changed", "created");
    }

    @Test
    void theFormNamesEachBadFieldInTheReadersLanguageAndSavesAGoodOne() throws Exception {
        Editor focal = fixtures.editor("focal_point");
        String form = "/cities/" + fixtures.city() + "/needs/new";
        MockHttpServletResponse refused = mvc.perform(post(form).with(user(focal.username())).with(csrf()).param("lang", "fr")
                .param("language", "fr").param("title", "").param("description", "Un guichet").param("withinKm", "loin")
                .param("preferredLanguages", "fr; xx")).andReturn().getResponse();
        Document page = Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".field-error").eachAttr("id")).contains("err-title", "err-themes", "err-within_km",
                "err-preferred_languages");
        assertThat(page.select("#err-within_km").text()).contains("loin");
        assertThat(page.select("#description").text()).isEqualTo("Un guichet");

        MockHttpServletResponse saved = mvc.perform(post(form).with(user(focal.username())).with(csrf())
                .param("language", "en").param("title", "Form need " + fixtures.run()).param("description", "From the form")
                .param("themes", "reception_orientation", "employment").param("activityTypes", "peer_exchange")
                .param("preferredLanguages", "en, fr").param("sameRoute", "true").param("withinKm", "800")
                .param("maxLanguageDistance", "0").param("visibility", "private").param("frTitle", "Besoin du formulaire")
                .param("frDescription", "Depuis le formulaire")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).matches("/needs/\\d+");
        long id = Long.parseLong(saved.getRedirectedUrl().replaceAll("\\D", ""));
        Need need = reads.need(id, Optional.of(focal)).orElseThrow();
        assertThat(need.isPrivate()).isTrue();
        assertThat(need.themes()).containsExactly("reception_orientation", "employment");
        assertThat(need.constraints()).isEqualTo(new NeedConstraints(true, false, false, 800, 0));
        assertThat(need.text().translations()).containsKey("fr");

        // someone outside the city's scope may not open the form
        assertThat(mvc.perform(get(form).with(user(fixtures.editor("other_focal_point").username()))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(form)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void privateNeedsAndOffersReachOnlyTheCitysScopeOnEveryOutput() throws Exception {
        Editor focal = fixtures.editor("focal_point");
        String privateNeed = "Secret need " + fixtures.run();
        String publicNeed = "Open need " + fixtures.run();
        String privateOffer = "Secret offer " + fixtures.run();
        long hiddenNeed = needEditing.create(fixtures.city(), fixtures.need(privateNeed, "private"), focal);
        needEditing.create(fixtures.city(), fixtures.need(publicNeed, "public"), focal);
        long hiddenOffer = offerEditing.create(fixtures.city(), fixtures.offer(privateOffer, "private", Evidence.NONE), focal);

        String city = String.valueOf(fixtures.city());
        List<String> outputs = List.of("/needs", "/needs?theme=reception_orientation&route=atlantic&country=GM",
                "/offers", "/offers?theme=reception_orientation&country=gm", "/cities/" + city + "/needs-and-offers",
                "/cities/" + city, "/api/needs", "/api/needs?country=GM&status=open&size=200", "/api/offers",
                "/api/offers?route=atlantic");
        Map<String, Boolean> entitled = new LinkedHashMap<>();
        entitled.put("anonymous", false);
        entitled.put("other_coordinator", false);
        entitled.put("other_focal_point", false);
        entitled.put("contributor", false);
        entitled.put("focal_point", true);
        entitled.put("coordinator", true);
        entitled.put("administrator", true);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Boolean> reader : entitled.entrySet()) {
            for (String path : outputs) {
                String body = body(as(reader.getKey(), get(path)));
                if (!body.contains(publicNeed) && path.contains("need")) {
                    wrong.add(reader.getKey() + " does not see the public need on " + path);
                }
                for (String secret : List.of(privateNeed, privateOffer)) {
                    boolean expected = reader.getValue() && (path.startsWith("/cities") || path.contains(secret.contains("need") ? "need" : "offer"));
                    if (body.contains(secret) != expected) {
                        wrong.add(reader.getKey() + (expected ? " misses " : " sees ") + secret + " on " + path);
                    }
                }
            }
            for (String path : List.of("/needs/" + hiddenNeed, "/api/needs/" + hiddenNeed, "/offers/" + hiddenOffer,
                    "/api/offers/" + hiddenOffer)) {
                int status = mvc.perform(as(reader.getKey(), get(path))).andReturn().getResponse().getStatus();
                if (status != (reader.getValue() ? 200 : 404)) {
                    wrong.add(reader.getKey() + " gets " + status + " on " + path);
                }
            }
        }
        assertThat(wrong).isEmpty();

        // the lists' counts leave them out too
        Document anonymous = Jsoup.parse(body(get("/cities/" + city + "/needs-and-offers")));
        Document inScope = Jsoup.parse(body(as("focal_point", get("/cities/" + city + "/needs-and-offers"))));
        long privateNeeds = reads.needs(StatementQuery.ofPlace(fixtures.city()), Optional.of(focal)).stream()
                .filter(Need::isPrivate).count();
        long privateOffers = reads.offers(StatementQuery.ofPlace(fixtures.city()), Optional.of(focal)).stream()
                .filter(Offer::isPrivate).count();
        assertThat(anonymous.select("#needs .private, #offers .private")).isEmpty();
        assertThat(inScope.select("#needs > li").size() - anonymous.select("#needs > li").size()).isEqualTo(privateNeeds)
                .isPositive();
        assertThat(inScope.select("#offers > li").size() - anonymous.select("#offers > li").size()).isEqualTo(privateOffers)
                .isPositive();
        // and the edit form of a private need is not found for someone outside the scope
        assertThat(mvc.perform(as("other_coordinator", get("/needs/" + hiddenNeed + "/edit"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void everyPageRendersInArabicRightToLeftAndInTheOtherLanguages() throws Exception {
        Editor focal = fixtures.editor("focal_point");
        long need = needEditing.create(fixtures.city(), fixtures.need("Langues " + fixtures.run(), "public"), focal);
        long offer = offerEditing.create(fixtures.city(), fixtures.offer("Languages " + fixtures.run(), "public",
                new Evidence(List.of(fixtures.initiative()), List.of(fixtures.outcome()), List.of())), focal);
        String city = String.valueOf(fixtures.city());
        List<String> pages = List.of("/needs", "/offers", "/needs/" + need, "/offers/" + offer, "/cities/" + city + "/needs-and-offers",
                "/cities/" + city + "/needs/new", "/cities/" + city + "/offers/new", "/needs/" + need + "/edit",
                "/offers/" + offer + "/edit");
        for (String language : List.of("ar", "fr", "es", "en")) {
            for (String path : pages) {
                MockHttpServletResponse response = mvc.perform(as("focal_point", get(path)).param("lang", language)).andReturn()
                        .getResponse();
                assertThat(response.getStatus()).as(language + " " + path).isEqualTo(200);
                Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
                assertThat(page.select("html").attr("lang")).as(path).isEqualTo(language);
                assertThat(page.select("html").attr("dir")).as(path).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
            }
        }
        // the need was written in French with an Arabic translation: Arabic readers get it, and are told it is one
        Document arabic = Jsoup.parse(body(get("/needs/" + need).param("lang", "ar")));
        assertThat(arabic.select("h1").text()).startsWith("شباك موحد");
        assertThat(arabic.text()).contains("مترجم");
        Document evidence = Jsoup.parse(body(get("/offers/" + offer)));
        assertThat(evidence.select("#evidence a").eachAttr("href")).containsExactly("/initiatives/" + fixtures.initiative(),
                "/outcomes/" + fixtures.outcome());
    }

    @Test
    void theApiGivesTheTypedFieldsAndNoAuthor() throws Exception {
        Editor focal = fixtures.editor("focal_point");
        long id = needEditing.create(fixtures.city(), fixtures.need("Api need " + fixtures.run(), "public"), focal);
        tools.jackson.databind.JsonNode need = json.readTree(body(get("/api/needs/" + id)));
        assertThat(need.get("city").get("id").asLong()).isEqualTo(fixtures.city());
        assertThat(need.get("city").get("countryCode").asText()).isEqualTo("GM");
        assertThat(need.get("language").asText()).isEqualTo("fr");
        assertThat(need.get("translations").get("ar").get("title").asText()).startsWith("شباك موحد");
        assertThat(need.get("themes").get(0).asText()).isEqualTo("reception_orientation");
        tools.jackson.databind.JsonNode constraints = need.get("constraints");
        assertThat(constraints.get("sameRoute").asBoolean()).isTrue();
        assertThat(constraints.get("southSouth").asBoolean()).isTrue();
        assertThat(constraints.get("withinKm").asInt()).isEqualTo(2500);
        assertThat(constraints.get("maxLanguageDistance").asInt()).isEqualTo(1);
        assertThat(need.get("status").asText()).isEqualTo("open");
        assertThat(need.has("createdBy")).as("usernames stay private").isFalse();
        tools.jackson.databind.JsonNode list = json.readTree(body(get("/api/needs").param("country", "gm").param("size", "200")));
        assertThat(list.get("total").asInt()).isEqualTo(list.get("items").size());
        assertThat(list.get("items").findValuesAsString("title")).contains("Api need " + fixtures.run());
    }

    @Test
    void theListsRefuseUnknownFiltersNamingTheParameter() throws Exception {
        for (String path : List.of("/needs?theme=nope", "/needs?route=arctic", "/offers?status=open", "/api/needs?country=Gambia",
                "/api/offers?size=5000")) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(400);
        }
    }

    private MockHttpServletRequestBuilder as(String role, MockHttpServletRequestBuilder request) {
        return role.equals("anonymous") ? request : request.with(user(fixtures.editor(role).username()));
    }

    @Autowired org.crossroads.data.DataCatalogue catalogue;
    @Autowired org.crossroads.data.DataImportJobs jobs;
    @Autowired tools.jackson.databind.json.JsonMapper json;

    private long jdbcIndicator(String code) {
        return catalogue.indicator(code).orElseThrow().id();
    }

    private static List<FieldError> errors(Runnable action) {
        try {
            action.run();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
        throw new AssertionError("The entry was accepted");
    }
}
