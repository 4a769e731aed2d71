package org.crossroads.network.exchanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.crossroads.shared.web.RecordNotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.MembershipDraft;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.Partnership;
import org.crossroads.directory.Partnerships;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.outcomes.OutcomeDraft;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.network.needs.NeedConstraints;
import org.crossroads.network.needs.NeedDraft;
import org.crossroads.network.needs.NeedEditing;
import org.crossroads.network.needs.OfferDraft;
import org.crossroads.network.needs.OfferEditing;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The exchange workflow end to end on the real database: a request mails the peer's focal point, the peer
 * accepts, declines or redirects (each mailed to the requester in their language), an accepted exchange becomes
 * an event in learning or a partnership in the directory, every step is audited, a stale step is refused whole,
 * and nobody outside the two cities' sides sees or acts on an exchange.
 */
@IntegrationTest
class ExchangeWorkflowTest extends WebTest {

    @Autowired ExchangeWorkflow workflow;
    @Autowired NeedEditing needEditing;
    @Autowired OfferEditing offerEditing;
    @Autowired Accounts accounts;
    @Autowired PlaceEditing placeEditing;
    @Autowired OrganisationEditing organisationEditing;
    @Autowired MembershipEditing membershipEditing;
    @Autowired LearningEvents events;
    @Autowired OutcomeHarvest harvest;
    @Autowired Partnerships partnerships;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;

    /** Made anew for each test: two cities in a network each, a third city, and the accounts around them. */
    String run;
    long asking;
    long peer;
    long third;
    long peerNetwork;
    String askingName;
    String peerName;
    Editor askingFocal;
    Editor peerFocal;
    Editor askingCoordinator;
    Editor peerCoordinator;
    Editor thirdFocal;
    Editor contributor;
    Editor administrator;
    long need;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        askingName = "Askville " + run;
        peerName = "Peerton " + run;
        asking = city("place:ex-ask-" + run, askingName, "GM");
        peer = city("place:ex-peer-" + run, peerName, "MA");
        third = city("place:ex-third-" + run, "Thirdburg " + run, "TN");
        long askingNetwork = network("org:ex-ask-" + run, "place:ex-ask-" + run);
        peerNetwork = network("org:ex-peer-" + run, "place:ex-peer-" + run);
        askingFocal = account("ex-focal-ask-" + run, Role.CITY_FOCAL_POINT, null, asking, "fr");
        peerFocal = account("ex-focal-peer-" + run, Role.CITY_FOCAL_POINT, null, peer, "ar");
        askingCoordinator = account("ex-coord-ask-" + run, Role.NETWORK_COORDINATOR, askingNetwork, null, null);
        peerCoordinator = account("ex-coord-peer-" + run, Role.NETWORK_COORDINATOR, peerNetwork, null, "es");
        thirdFocal = account("ex-focal-third-" + run, Role.CITY_FOCAL_POINT, null, third, null);
        contributor = account("ex-contributor-" + run, Role.CONTRIBUTOR, null, null, null);
        administrator = account("ex-admin-" + run, Role.ADMINISTRATOR, null, null, null);
        need = needEditing.create(asking, new NeedDraft("en", "A one-stop shop " + run, "We want a one-stop shop for migrants.",
                Map.of(), List.of("reception_orientation"), List.of("peer_exchange"), List.of("fr"), NeedConstraints.NONE, "private"),
                askingFocal);
        // the peer agreed to be contacted about reception and orientation: requests on it go to its focal point
        offerEditing.create(peer, new OfferDraft("en", "Our migrant office " + run, "We run a migrant office and can share it.",
                Map.of(), List.of("reception_orientation"), List.of("peer_exchange"), List.of("fr", "ar"), null, true,
                "public"), peerFocal);
    }

    @Test
    void aRequestMailsThePeerAndOnceAcceptedIsArrangedAsAPlannedEventOfTheTwoCitiesWithEveryStepAudited() {
        long id = workflow.request(request(need, null, "study_visit", "Could we visit your migrant office?"), askingFocal);

        List<Map<String, Object>> toPeer = mails("exchange-request", id);
        assertThat(toPeer).singleElement().satisfies(m -> {
            assertThat(m.get("recipient")).isEqualTo(peerFocal.username() + "@example.org");
            assertThat(m.get("language")).isEqualTo("ar");
            assertThat((String) m.get("subject")).contains(askingName, peerName, "تبادل");
            assertThat((String) m.get("body_text")).contains("/exchanges/" + id);
        });

        Exchange requested = workflow.find(id, Optional.of(peerFocal)).orElseThrow();
        assertThat(requested.status()).isEqualTo(Exchange.REQUESTED);
        assertThat(requested.theme()).as("the need's theme").isEqualTo("reception_orientation");
        workflow.accept(id, requested.version(), "Welcome, we will host you.", peerFocal);
        assertThat(mails("exchange-answer", id)).singleElement().satisfies(m -> {
            assertThat(m.get("recipient")).isEqualTo(askingFocal.username() + "@example.org");
            assertThat(m.get("language")).isEqualTo("fr");
            assertThat((String) m.get("subject")).contains("a accepté");
            assertThat((String) m.get("body_text")).contains("Welcome, we will host you.", "/exchanges/" + id);
        });

        Exchange accepted = workflow.find(id, Optional.of(peerFocal)).orElseThrow();
        LocalDate start = LocalDate.now().plusMonths(3);
        workflow.arrange(id, accepted.version(), new Arrangement(Exchange.EVENT, "Running a one-stop shop", start,
                start.plusDays(2), "hybrid", peer, peerNetwork, List.of("fr", "ar"), null), peerFocal);

        Exchange arranged = workflow.find(id, Optional.of(askingFocal)).orElseThrow();
        assertThat(arranged.status()).isEqualTo(Exchange.ARRANGED);
        assertThat(arranged.arrangedAs()).isEqualTo(Exchange.EVENT);
        LearningEvent event = events.find(arranged.eventId()).orElseThrow();
        assertThat(event.hostPlaceId()).isEqualTo(peer);
        assertThat(event.startsOn()).isEqualTo(start);
        assertThat(event.format()).isEqualTo("hybrid");
        assertThat(event.organiserIds()).containsExactly(peerNetwork);
        assertThat(event.objectives()).singleElement().satisfies(o -> assertThat(o.audience()).contains(askingName));
        assertThat(event.source()).contains(askingName, peerName);
        assertThat(mails("exchange-answer", id)).as("the arrangement mailed to the requester").hasSize(2);

        assertThat(audit.history(ExchangeWorkflow.RECORD, id)).extracting(AuditTrail.Change::action)
                .containsExactly("arranged", "accepted", "requested");
        assertThatThrownBy(() -> workflow.arrange(id, arranged.version(), new Arrangement(Exchange.PARTNERSHIP, null, null,
                null, null, null, null, List.of(), "twinning"), peerFocal))
                .as("an exchange is arranged once").isInstanceOf(InvalidEntryException.class);
    }

    @Test
    void anOutcomeHarvestedAtTheArrangedEventShowsOnTheExchangePage() throws Exception {
        long id = acceptedExchange();
        LocalDate start = LocalDate.now().plusDays(10);
        workflow.arrange(id, 1, new Arrangement(Exchange.STUDY_VISIT, "Study visit " + run, start, null, "online", asking,
                peerNetwork, List.of(), null), askingCoordinator);
        Exchange arranged = workflow.find(id, Optional.of(askingFocal)).orElseThrow();
        LearningEvent visit = events.find(arranged.eventId()).orElseThrow();
        assertThat(visit.format()).as("a study visit is in person").isEqualTo("in_person");
        assertThat(visit.methods()).containsExactly("field_visit");
        assertThat(visit.hostPlaceId()).as("hosted by the peer").isEqualTo(peer);

        harvest.recordValidated(new OutcomeDraft("Municipality of " + askingName, "practice", "A one-stop shop opened " + run,
                LocalDate.now(), "place:ex-ask-" + run, "Newcomers are received", "The study visit", "Its director", null,
                false, List.of(visit.id()), List.of(), "place:ex-peer-" + run, null, null, "org:ex-peer-" + run, List.of()),
                "Checked", "test");
        Document page = page("/exchanges/" + id, askingFocal, "en");
        assertThat(page.select("#arranged-event").text()).isEqualTo("Study visit " + run);
        assertThat(page.select("#outcomes").text()).contains("A one-stop shop opened " + run);
        assertThat(page.select("#mark-need-met").attr("href")).isEqualTo("/needs/" + need);
        assertThat(page.select("#arrange")).as("arranged once").isEmpty();
    }

    @Test
    void anAcceptedExchangeBecomesAPartnershipOfTheTwoCities() {
        long id = acceptedExchange();
        workflow.arrange(id, 1, new Arrangement(Exchange.PARTNERSHIP, null, null, null, null, null, null, List.of(),
                "project_partnership"), peerFocal);
        Partnership partnership = partnerships.find(workflow.find(id, Optional.of(peerFocal)).orElseThrow().partnershipId())
                .orElseThrow();
        assertThat(partnership.involves(asking) && partnership.involves(peer)).isTrue();
        assertThat(partnership.kind()).isEqualTo("project_partnership");
        assertThat(partnership.since()).isEqualTo(LocalDate.now());
    }

    @Test
    void aPeerDeclinesSayingWhyAndTheRequesterIsToldTheReason() {
        long id = workflow.request(request(need, null, "event", "Shall we meet?"), askingFocal);
        assertThat(fields(() -> workflow.decline(id, 0, " ", peerFocal))).containsExactly("note");
        workflow.decline(id, 0, "We have no one-stop shop ourselves.", peerCoordinator);
        Exchange declined = workflow.find(id, Optional.of(askingFocal)).orElseThrow();
        assertThat(declined.status()).isEqualTo(Exchange.DECLINED);
        assertThat(declined.answerNote()).isEqualTo("We have no one-stop shop ourselves.");
        assertThat(mails("exchange-answer", id)).singleElement()
                .satisfies(m -> assertThat((String) m.get("body_text")).contains("We have no one-stop shop ourselves."));
        assertThat(fields(() -> workflow.accept(id, declined.version(), null, peerFocal))).containsExactly("status");
        assertThat(fields(() -> workflow.arrange(id, declined.version(), new Arrangement(Exchange.PARTNERSHIP, null, null,
                null, null, null, null, List.of(), "twinning"), peerFocal))).containsExactly("status");
    }

    @Test
    void aPeerProposesAnotherCityAndTheRequesterMaySendANewRequestThere() throws Exception {
        long id = workflow.request(request(null, "reception_orientation", "partnership", "A partnership?"), askingCoordinator);
        assertThat(fields(() -> workflow.redirect(id, 0, new Answer("Ask someone else", null, " "), peerFocal)))
                .containsExactly("redirect_contact");
        assertThat(fields(() -> workflow.redirect(id, 0, new Answer(null, asking, null), peerFocal)))
                .containsExactly("redirect_place");
        workflow.redirect(id, 0, new Answer("They run one since 2016.", third, "The migrant office of Thirdburg"), peerFocal);
        Exchange redirected = workflow.find(id, Optional.of(askingFocal)).orElseThrow();
        assertThat(redirected.status()).isEqualTo(Exchange.REDIRECTED);
        assertThat(redirected.redirectPlaceId()).isEqualTo(third);
        assertThat(redirected.redirectContact()).isEqualTo("The migrant office of Thirdburg");
        assertThat(mails("exchange-answer", id)).as("the requester (a coordinator without an address) gets no mail").isEmpty();

        Document page = page("/exchanges/" + id, askingFocal, "en");
        assertThat(page.select("#ask-again").attr("href")).contains("peer=" + third, "city=" + asking);
        long again = workflow.request(new ExchangeDraft(asking, third, null, null, "reception_orientation", "partnership",
                "The peer sent us to you."), askingFocal);
        assertThat(mails("exchange-request", again)).extracting(m -> m.get("recipient"))
                .containsExactly(thirdFocal.username() + "@example.org");
    }

    @Test
    void aPeerThatHasNotAgreedToBeContactedOnTheThemeIsAskedThroughTheCoordinatorsOfItsNetworksFirst() {
        long id = workflow.request(request(null, "employment", "event", "Could you share your job fair?"), askingFocal);
        assertThat(mails("exchange-request", id)).as("no offer with consent on employment: the network asks the city first")
                .singleElement().satisfies(m -> assertThat(m.get("recipient")).isEqualTo(peerCoordinator.username() + "@example.org"));
    }

    @Test
    void aPeerWithoutAFocalPointAddressIsWrittenToThroughTheCoordinatorsOfItsNetworks() {
        accounts.setContact(peerFocal.id(), null, null);
        long id = workflow.request(request(need, null, "event", "Hello"), askingFocal);
        assertThat(mails("exchange-request", id)).singleElement().satisfies(m -> {
            assertThat(m.get("recipient")).isEqualTo(peerCoordinator.username() + "@example.org");
            assertThat(m.get("language")).isEqualTo("es");
            assertThat((String) m.get("subject")).contains("solicita un intercambio");
        });
    }

    @Test
    void aRequestWithBadFieldsIsRefusedNamingEachFieldAndTheSameRequestIsNotSentTwice() {
        assertThat(fields(() -> workflow.request(new ExchangeDraft(asking, asking, null, null, "no-such-theme", "dinner", ""),
                askingFocal))).containsExactlyInAnyOrder("peer", "theme", "activity", "message");
        assertThat(fields(() -> workflow.request(new ExchangeDraft(asking, peer, null, null, null, "event", "Hi"), askingFocal)))
                .containsExactly("theme");
        long otherNeed = needEditing.create(third, new NeedDraft("en", "Not yours " + run, "A need of another city", Map.of(),
                List.of("housing"), List.of(), List.of(), NeedConstraints.NONE, "public"), thirdFocal);
        assertThat(fields(() -> workflow.request(request(otherNeed, null, "event", "Hi"), askingFocal))).containsExactly("need");
        workflow.request(request(need, null, "event", "Hi"), askingFocal);
        assertThat(fields(() -> workflow.request(request(need, null, "event", "Hi again"), askingFocal))).containsExactly("peer");
    }

    @Test
    void onlyTheTwoSidesSeeAnExchangeOnlyThePeerAnswersAndOutsidersAreAnsweredNotFound() throws Exception {
        long id = workflow.request(request(need, null, "event", "Private words " + run), askingFocal);
        for (Editor outsider : List.of(thirdFocal, contributor)) {
            assertThat(workflow.find(id, Optional.of(outsider))).as(outsider.username()).isEmpty();
            assertThatThrownBy(() -> workflow.accept(id, 0, null, outsider)).isInstanceOf(RecordNotFoundException.class);
            assertThat(status(get("/exchanges/" + id), outsider)).isEqualTo(404);
            assertThat(status(post("/exchanges/" + id + "/accept").param("version", "0"), outsider)).isEqualTo(404);
            assertThat(content("/exchanges", outsider)).doesNotContain("Private words", askingName);
        }
        assertThat(workflow.find(id, Optional.empty())).isEmpty();
        assertThat(mvc.perform(get("/exchanges/" + id)).andReturn().getResponse().getStatus()).as("anonymous").isEqualTo(404);
        assertThat(status(post("/exchanges/new").param("requester", String.valueOf(asking)).param("peer", String.valueOf(peer))
                .param("theme", "housing").param("activity", "event").param("message", "Hi"), thirdFocal))
                .as("asking on behalf of another city").isEqualTo(403);
        assertThat(status(get("/exchanges/new").param("city", String.valueOf(asking)).param("peer", String.valueOf(peer)),
                contributor)).isEqualTo(403);

        assertThatThrownBy(() -> workflow.accept(id, 0, null, askingFocal)).as("the requester does not answer itself")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(post("/exchanges/" + id + "/accept").param("version", "0"), askingCoordinator)).isEqualTo(403);
        for (Editor side : List.of(askingFocal, askingCoordinator, peerFocal, peerCoordinator, administrator)) {
            assertThat(workflow.find(id, Optional.of(side))).as(side.username()).isPresent();
            assertThat(content("/exchanges", side)).as(side.username()).contains(askingName);
        }
        assertThat(Jsoup.parse(content("/exchanges/" + id, peerFocal)).select("blockquote").text()).contains("Private words " + run);

        long asked = workflow.request(request(null, "housing", "event", "An administrator asks"), administrator);
        assertThatThrownBy(() -> workflow.accept(asked, 0, null, administrator)).as("nobody answers their own request")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Jsoup.parse(content("/exchanges/" + asked, administrator)).select("#accept-form")).isEmpty();
        workflow.accept(asked, 0, null, peerFocal);
    }

    @Test
    void aStepOnAStaleVersionIsRefusedWholeAndCreatesNothing() throws Exception {
        long id = acceptedExchange();
        LocalDate start = LocalDate.now().plusMonths(1);
        Arrangement event = new Arrangement(Exchange.EVENT, "Stale " + run, start, start, "online", peer, peerNetwork,
                List.of(), null);
        assertThatThrownBy(() -> workflow.arrange(id, 0, event, peerFocal)).isInstanceOf(ConcurrentEditException.class);
        assertThat(events.findByExternalId("exchange:" + id)).as("no event left behind").isEmpty();
        assertThat(workflow.find(id, Optional.of(peerFocal)).orElseThrow().status()).isEqualTo(Exchange.ACCEPTED);

        var response = mvc.perform(post("/exchanges/" + id + "/arrange").with(user(peerFocal.username())).with(csrf())
                .param("version", "0").param("kind", "event").param("title", "Stale").param("startsOn", start.toString())
                .param("format", "online").param("host", String.valueOf(peer)).param("organiser", String.valueOf(peerNetwork)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select(".conflict").text())
                .contains("Someone acted on this exchange");

        var bad = mvc.perform(post("/exchanges/" + id + "/arrange").with(user(peerFocal.username())).with(csrf())
                .param("version", "1").param("kind", "event").param("title", "").param("startsOn", "2001-01-01")
                .param("format", "online").param("organiser", "987654321")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(bad.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#err-title")).isNotEmpty();
        assertThat(page.select("#err-start").text()).contains("after today");
        assertThat(page.select("#err-organiser")).isNotEmpty();
    }

    @Test
    void theRequestFormShowsTheNeedAndThePeerAndSendsTheRequestInEveryLanguage() throws Exception {
        Document form = page("/exchanges/new?need=" + need + "&peer=" + peer, askingFocal, "en");
        assertThat(form.select("#need-title").text()).isEqualTo("A one-stop shop " + run);
        assertThat(form.select("#peer-name").text()).isEqualTo(peerName);
        assertThat(form.select("input[name=requester]").val()).isEqualTo(String.valueOf(asking));
        assertThat(form.select("select[name=theme] option[selected]").val()).isEqualTo("reception_orientation");
        // no script of its own: the form works without JavaScript (the site-wide download status script acts on PDF links)
        assertThat(form.select("script:not([src$=slow-links.js])")).isEmpty();

        Document arabic = page("/exchanges/new?city=" + asking + "&peer=" + peer + "&theme=housing", askingFocal, "ar");
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("h1").text()).isEqualTo("طلب تبادل مع " + peerName);
        for (String language : List.of("fr", "es")) {
            assertThat(page("/exchanges/new?city=" + asking + "&peer=" + peer + "&theme=housing", askingFocal, language)
                    .select("button[type=submit]").text()).isNotBlank().doesNotContain("exchanges.");
        }

        var sent = mvc.perform(post("/exchanges/new").with(user(askingFocal.username())).with(csrf())
                .param("requester", String.valueOf(asking)).param("peer", String.valueOf(peer)).param("need", String.valueOf(need))
                .param("activity", "study_visit").param("message", "Could we come and see?")).andReturn().getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);
        String location = sent.getRedirectedUrl();
        assertThat(location).matches("/exchanges/\\d+");
        Document story = page(location, peerFocal, "ar");
        assertThat(story.select("#status").text()).isEqualTo("مطلوب");
        assertThat(story.select("#accept-form")).isNotEmpty();
        assertThat(page(location, askingFocal, "en").select("#accept-form")).as("the requester does not answer").isEmpty();

        var invalid = mvc.perform(post("/exchanges/new").with(user(askingFocal.username())).with(csrf())
                .param("requester", String.valueOf(asking)).param("peer", String.valueOf(peer)).param("theme", "housing")
                .param("activity", "event").param("message", " ")).andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(invalid.getContentAsString(StandardCharsets.UTF_8)).select("#err-message")).isNotEmpty();
    }

    @Test
    void anEditorGivesTheAddressAndLanguageExchangeMailGoesToAndABadAddressIsRefused() throws Exception {
        var bad = mvc.perform(post("/account/contact").with(user(peerFocal.username())).with(csrf())
                .param("email", "not an address").param("language", "de")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(bad.getContentAsString(StandardCharsets.UTF_8)).select(".field-error")).hasSize(2);
        assertThat(accounts.contact(peerFocal.username()).orElseThrow().email()).isEqualTo(peerFocal.username() + "@example.org");

        var saved = mvc.perform(post("/account/contact").with(user(peerFocal.username())).with(csrf())
                .param("email", "tangier.office@example.org").param("language", "es")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/account/contact");
        assertThat(page("/account/contact", peerFocal, "en").select("#email").val()).isEqualTo("tangier.office@example.org");
        long id = workflow.request(request(need, null, "event", "Hello"), askingFocal);
        assertThat(mails("exchange-request", id)).singleElement().satisfies(m -> {
            assertThat(m.get("recipient")).isEqualTo("tangier.office@example.org");
            assertThat(m.get("language")).isEqualTo("es");
        });
        assertThat(audit.history("account", peerFocal.id()).get(0).action()).isEqualTo("contact changed");
    }

    // ---- helpers ----

    private long acceptedExchange() {
        long id = workflow.request(request(need, null, "study_visit", "A visit?"), askingFocal);
        workflow.accept(id, 0, null, peerFocal);
        return id;
    }

    private ExchangeDraft request(Long needId, String theme, String activity, String message) {
        return new ExchangeDraft(asking, peer, needId, null, theme, activity, message);
    }

    private List<Map<String, Object>> mails(String purpose, long exchange) {
        return jdbc.sql("select recipient, subject, body_text, language from mail_outbox where purpose = :p and reference = :r order by id")
                .param("p", purpose).param("r", "exchange:" + exchange).query().listOfRows();
    }

    private static List<String> fields(Runnable step) {
        try {
            step.run();
        } catch (InvalidEntryException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("expected the step to be refused");
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Editor editor)
            throws Exception {
        return mvc.perform(request.with(user(editor.username())).with(csrf())).andReturn().getResponse().getStatus();
    }

    private String content(String url, Editor editor) throws Exception {
        var response = mvc.perform(get(url).with(user(editor.username()))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private Document page(String url, Editor editor, String language) throws Exception {
        var response = mvc.perform(get(url).param("lang", language).with(user(editor.username()))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private long city(String reference, String name, String country) {
        return placeEditing.addLocalAuthority(new LocalAuthorityDraft(reference, name, country, 300_000L, 30.0, 0.0,
                List.of("transit"), List.of("central_med"), "Exchange test"), "test").id();
    }

    private long network(String reference, String member) {
        long id = organisationEditing.upsertByExternalId(new OrganisationDraft(reference, "Network " + reference, null,
                "city_network", null, null, null, null, "Exchange test"), "test").id();
        membershipEditing.upsert(new MembershipDraft(reference, member, null, null, null, "Exchange test"), "test");
        return id;
    }

    private Editor account(String username, Role role, Long organisationId, Long placeId, String language) {
        long id = accounts.create(username, "Exchange " + role.name().toLowerCase(java.util.Locale.ROOT), "{noop}secret", role,
                organisationId, placeId);
        // coordinators of the asking side have no address: they get no mail
        if (!(role == Role.NETWORK_COORDINATOR && language == null)) {
            accounts.setContact(id, username + "@example.org", language);
        }
        return accounts.findByUsername(username).orElseThrow();
    }
}
