package org.crossroads.learning.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.crossroads.learning.capabilities.CapabilityFramework;
import org.crossroads.learning.participants.ParticipantDraft;
import org.crossroads.learning.outcomes.OutcomeHarvestTest;
import org.crossroads.learning.LearningFixtures;
import org.crossroads.learning.events.EventDraft;
import org.crossroads.learning.surveys.SurveyTemplate;
import org.crossroads.learning.capabilities.AssessmentDraft;
import org.crossroads.learning.participants.ParticipantsTest;
import org.crossroads.learning.capabilities.CapabilityFrameworks;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.learning.participants.ParticipantRegistry;
import org.crossroads.learning.surveys.SurveyRounds;
import org.crossroads.learning.surveys.SurveyTemplates;
import org.crossroads.learning.capabilities.CapabilityAssessments;
import org.crossroads.learning.events.EventEditing;
import org.crossroads.learning.surveys.SurveyAnswering;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Event, city and network dashboards: public with small counts hidden, and every figure that would give one
 * away; exact for organisers; as CSV and PDF. ({@link LearningDisclosureAuditTest} attacks them with generated data.)
 */
@IntegrationTest
class DashboardsTest extends WebTest {

    @Autowired EventEditing editing;
    @Autowired ParticipantRegistry registry;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired SurveyRounds rounds;
    @Autowired SurveyTemplates templates;
    @Autowired SurveyAnswering answering;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired org.crossroads.directory.PlaceEditing placeEditing;
    @Autowired OutcomeHarvest harvest;
    @Autowired org.crossroads.directory.OrganisationEditing organisationEditing;
    @Autowired org.crossroads.directory.MembershipEditing membershipEditing;
    @Autowired CapabilityFrameworks frameworks;
    @Autowired CapabilityAssessments assessments;
    Editor coordinator;
    long event;

    @BeforeEach
    void anEventWithTwelveDelegatesOfWhomOneIsAWoman() {
        coordinator = LearningFixtures.of(accounts, organisations, places).mc2cmCoordinator();
        LocalDate day = LocalDate.of(2033, 5, 4);
        event = editing.create(new EventDraft(null, "Dashboard test " + UUID.randomUUID(), "Rabat, MA", day, day, "day",
                "in_person", List.of("org:mc2cm"), List.of(), List.of(), List.of(), null, List.of(), null, "test"), coordinator);
        for (int i = 0; i < 12; i++) {
            registry.register(event, new ParticipantDraft("Delegate " + i + " " + UUID.randomUUID(), null, null,
                    i < 3 ? "Rabat, MA" : "Amman, JO", "technical", null, i == 0 ? "woman" : "man", null, "en",
                    List.of("participation"), null), coordinator);
        }
    }

    @Test
    void thePublicSeesSmallCountsHiddenAndTheOrganiserSeesThemExactly() throws Exception {
        Document page = Jsoup.parse(response(get("/events/" + event + "/dashboard")).getContentAsString(StandardCharsets.UTF_8));
        // the one woman shows as "<5", the 11 men (who would give her away beside the total) as "x"
        assertThat(page.select("#by-gender-table td").eachText()).contains("<5", "x").doesNotContain("1", "11");
        assertThat(page.select("#by-city-table td").eachText()).contains("<5", "x").doesNotContain("3", "9");
        assertThat(page.select("#participation-table td").eachText()).contains("12").doesNotContain("Registered");

        Document organiser = Jsoup.parse(response(get("/events/" + event + "/dashboard").with(user(LearningFixtures.MC2CM_COORDINATOR)))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(organiser.select("#by-gender-table td").eachText()).contains("1", "11");
    }

    /** Issue 12 §3: an empty table says why and who fills it; the organisers get the link to where they do. */
    @Test
    void anEmptyEventDashboardExplainsItselfAndTheOrganiserGetsTheWayToFillIt() throws Exception {
        LocalDate day = LocalDate.of(2033, 6, 1);
        long empty = editing.create(new EventDraft(null, "Empty dashboard " + UUID.randomUUID(), "Rabat, MA", day, day, "day",
                "in_person", List.of("org:mc2cm"), List.of(), List.of(), List.of(), null, List.of(), null, "test"), coordinator);
        Document page = Jsoup.parse(response(get("/events/" + empty + "/dashboard")).getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".empty-state")).isNotEmpty();
        assertThat(page.select(".empty-state p").eachText()).contains(
                "No one is registered yet: the organisers add participants on the event's participants page.")
                .noneMatch(t -> t.equals("No data yet."));
        assertThat(page.select(".empty-state a")).as("the public may not add participants").isEmpty();
        assertThat(page.select("p.meta").eachText()).anyMatch(t -> t.contains("\"<5\"")).noneMatch(t -> t.contains("<N"));

        Document organiser = Jsoup.parse(response(get("/events/" + empty + "/dashboard").with(user(LearningFixtures.MC2CM_COORDINATOR)))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(organiser.select(".empty-state a").eachAttr("href"))
                .contains("/events/" + empty + "/participants", "/outcomes/new?event=" + empty, "/events/" + empty + "/ratings");
        Document arabic = Jsoup.parse(response(get("/events/" + empty + "/dashboard").param("lang", "ar"))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(arabic.select(".empty-state p").eachText()).anyMatch(t -> t.startsWith("لم يُسجَّل أحد بعد"));
    }

    @Test
    void theApiHidesTheComplementaryCountToo() throws Exception {
        String anonymous = response(get("/api/events/" + event + "/participation")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(anonymous).contains("\"delegates\":12", "\"gender\":{\"man\":null,\"woman\":null}")
                .doesNotContain("registered");
        String organiser = response(get("/api/events/" + event + "/participation").with(user(LearningFixtures.MC2CM_COORDINATOR)))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(organiser).contains("\"gender\":{\"man\":11,\"woman\":1}", "\"registered\":12");
    }

    @Test
    void aBreakdownThatCannotBeProtectedIsWithheld() throws Exception {
        // six delegates, one woman: beside the total, a hidden 5 (known to be at least 5) would pin her at 1
        String town = newTown();
        long six = eventIn(town, LocalDate.of(2033, 6, 1), 0, 6, 1);
        String api = response(get("/api/events/" + six + "/participation")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"delegates\":6", "\"withheld\":[\"gender\"]").doesNotContain("\"gender\":{");
        Document page = Jsoup.parse(response(get("/events/" + six + "/dashboard")).getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#by-gender-table")).isEmpty();
        assertThat(page.select("#by-position-table td").eachText()).contains("6");
    }

    @Test
    void continuityAndTurnoverOverHiddenDelegatesAreHidden() throws Exception {
        // the issue's attack: three delegates at each of two events, two of them returning (67 % and 33 %)
        String town = newTown();
        eventIn(town, LocalDate.of(2033, 7, 1), 0, 3, 1);
        eventIn(town, LocalDate.of(2033, 8, 1), 1, 3, 1);
        long city = places.resolve(town).orElseThrow().id();
        Document page = Jsoup.parse(response(get("/cities/" + city + "/learning")).getContentAsString(StandardCharsets.UTF_8));
        List<String> cells = page.select("#timeline-table tbody tr").get(1).select("td").eachText();
        assertThat(cells.subList(2, 6)).containsExactly("x", "x", "x", "x");
        String json = response(get("/api/cities/" + city + "/participation")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("0.66", "0.33", "\"returning\":2");
        Document organiser = Jsoup.parse(response(get("/cities/" + city + "/learning").with(user(LearningFixtures.MC2CM_COORDINATOR)))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(organiser.select("#timeline-table tbody tr").get(1).select("td").eachText()).contains("67 %", "33 %");
    }

    @Test
    void surveyResultsOfFewPeopleShowNoCountRateOrScoreToThePublic() throws Exception {
        // the issue's attack: "2 answers from 4 invited" beside "<5" registered, and exact counts per score in the API
        LocalDate day = LocalDate.now().minusDays(3);
        long small = editing.create(new EventDraft(null, "Survey event " + UUID.randomUUID(), "Rabat, MA", day, day, "day",
                "in_person", List.of("org:mc2cm"), List.of(), List.of(), List.of(), null, List.of(), null, "test"), coordinator);
        List<String> emails = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            emails.add(ParticipantsTest.unique("surveyed" + i));
            registry.register(small, new ParticipantDraft("Surveyed " + i + " " + UUID.randomUUID(), emails.get(i), null, "Rabat, MA",
                    "technical", null, "woman", null, "en", List.of("participation", "surveys"), null), coordinator);
        }
        long survey = rounds.createFeedback(small, null, false, coordinator);
        rounds.send(survey, coordinator);
        SurveyTemplate template = templates.find(rounds.find(survey).orElseThrow().templateId()).orElseThrow();
        for (String email : emails.subList(0, 2)) {
            String body = jdbc.sql("select body_text from mail_outbox where recipient = :r and purpose = 'survey-invitation'")
                    .param("r", email).query(String.class).single();
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("/respond/([A-Za-z0-9_-]{43})").matcher(body);
            assertThat(token.find()).isTrue();
            java.util.Map<String, String> answers = new java.util.HashMap<>();
            template.questions().stream().filter(SurveyTemplate.SurveyQuestion::isLikert)
                    .forEach(q -> answers.put("q" + q.id(), email.equals(emails.get(0)) ? "4" : "5"));
            answering.submit(token.group(1), answers);
        }
        String anonymous = response(get("/api/surveys/" + survey + "/results")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(anonymous).contains("\"invited\":null", "\"responses\":null", "\"responseRate\":null", "\"mean\":null")
                .doesNotContain("\"scores\"", "\"answers\":2");
        Document page = Jsoup.parse(response(get("/events/" + small + "/dashboard")).getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#feedback ~ p.meta").first().text()).isEqualTo("<5 answers from <5 people invited");
        assertThat(page.select("#feedback-table td").eachText()).doesNotContain("4.5", "2");
        String organiser = response(get("/api/surveys/" + survey + "/results").with(user(LearningFixtures.MC2CM_COORDINATOR)))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(organiser).contains("\"invited\":4", "\"responses\":2", "\"scores\":{\"1\":0,\"2\":0,\"3\":0,\"4\":1,\"5\":1}");
    }

    /** A town of its own, so that its timeline holds only this test's events. */
    String newTown() {
        String ref = "place:dashboard-" + UUID.randomUUID();
        placeEditing.addLocalAuthority(new LocalAuthorityDraft(ref, "Dashboard town " + ref.substring(16, 24), "GM", 40_000L,
                13.4, -16.7, List.of("origin"), List.of(), "test"), "test");
        return ref;
    }

    /** An event whose delegates all come from the town: people {@code from} to {@code from + count - 1}, the first {@code women} women. */
    long eventIn(String town, LocalDate day, int from, int count, int women) {
        long id = editing.create(new EventDraft(null, "Small event " + UUID.randomUUID(), town, day, day, "day", "in_person",
                List.of("org:mc2cm"), List.of(), List.of(), List.of(), null, List.of(), null, "test"), coordinator);
        for (int i = from; i < from + count; i++) {
            registry.register(id, new ParticipantDraft("Town delegate " + i + " " + town, "delegate-" + i + "-" + town.substring(6)
                    + "@example.org", null, town, "technical", null, i - from < women ? "woman" : "man", null, "en",
                    List.of("participation"), null), coordinator);
        }
        return id;
    }

    @Test
    void everyDashboardExportsAsCsvAndPdf() throws Exception {
        MockHttpServletResponse csv = response(get("/events/" + event + "/dashboard.csv"));
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("Delegates by gender", "<5");
        MockHttpServletResponse pdf = response(get("/events/" + event + "/dashboard.pdf").param("lang", "fr"));
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(response(get("/events/" + event + "/dashboard.pdf").param("lang", "ar")).getStatus()).isEqualTo(200);
        long rabat = places.resolve("Rabat, MA").orElseThrow().id();
        assertThat(response(get("/cities/" + rabat + "/learning.pdf")).getContentAsByteArray()).hasSizeGreaterThan(1000);
        assertThat(response(get("/learning/network.csv")).getContentAsString(StandardCharsets.UTF_8)).contains("Diversity over time");
        assertThat(response(get("/learning/network/" + organisations.resolve("org:mc2cm").orElseThrow().id() + ".pdf")).getStatus())
                .isEqualTo(200);
    }

    @Test
    void theCityAndNetworkDashboardsShowParticipationOverTimeInEveryLanguage() throws Exception {
        long amman = places.resolve("Amman, JO").orElseThrow().id();
        for (String lang : List.of("en", "fr", "ar", "es")) {
            MockHttpServletResponse city = response(get("/cities/" + amman + "/learning").param("lang", lang));
            assertThat(city.getStatus()).isEqualTo(200);
            Document page = Jsoup.parse(city.getContentAsString(StandardCharsets.UTF_8));
            assertThat(page.select("#timeline-table tbody tr")).isNotEmpty();
            assertThat(response(get("/learning/network").param("lang", lang)).getStatus()).isEqualTo(200);
        }
        // the public network dashboard is kept for a minute (another test may just have read it): an administrator's is fresh
        Document network = Jsoup.parse(response(get("/learning/network").with(user("admin").roles("ADMINISTRATOR")))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(network.select("#diversity-gender-table tbody tr")).isNotEmpty();
    }

    /**
     * The public network dashboard is cached, but never past a change of its figures: each kind of change
     * shows at once (the cache is invalidated by {@link LearningFiguresChanged}, which every learning service
     * that changes figures publishes — {@link LearningFiguresAnnouncedTest} checks that they all do).
     */
    @Test
    void thePublicNetworkDashboardShowsEveryChangeAtOnce() throws Exception {
        String network = "/learning/network/" + organisations.resolve("org:mc2cm").orElseThrow().id();
        int year = 2200 + new java.util.Random().nextInt(700);
        assertThat(row(response(get(network)), "diversity-gender", String.valueOf(year))).isEmpty();

        // a new event with its delegates
        LocalDate day = LocalDate.of(year, 3, 2);
        long later = editing.create(new EventDraft(null, "Cache test " + UUID.randomUUID(), "Rabat, MA", day, day, "day",
                "in_person", List.of("org:mc2cm"), List.of(), List.of(), List.of(), null, List.of(), null, "test"), coordinator);
        for (int i = 0; i < 12; i++) {
            registry.register(later, new ParticipantDraft("Cached " + i + " " + UUID.randomUUID(), null, null, "Amman, JO",
                    "technical", null, i < 6 ? "woman" : "man", null, "en", List.of("participation"), null), coordinator);
        }
        assertThat(row(response(get(network)), "diversity-gender", String.valueOf(year))).element(1).isEqualTo("12");

        // one more participant recorded
        registry.register(later, new ParticipantDraft("Cached late " + UUID.randomUUID(), null, null, "Amman, JO",
                "technical", null, "woman", null, "en", List.of("participation"), null), coordinator);
        assertThat(row(response(get(network)), "diversity-gender", String.valueOf(year))).element(1).isEqualTo("13");

        // an outcome validated, then withdrawn
        LearningFixtures fixtures = LearningFixtures.of(accounts, organisations, places);
        long practices = Long.parseLong(row(response(get(network)), "outcomes-by-change", "Practice").get(1));
        long outcome = harvest.draft(OutcomeHarvestTest.draft(OutcomeHarvestTest.token(), false, List.of(), "org:mc2cm"),
                fixtures.tunisFocalPoint());
        harvest.substantiate(outcome, "Seen on a visit", fixtures.sfaxFocalPoint());
        harvest.validate(outcome, coordinator);
        assertThat(row(response(get(network)), "outcomes-by-change", "Practice")).element(1).isEqualTo(String.valueOf(practices + 1));
        harvest.withdraw(outcome, "Counted twice", coordinator);
        assertThat(row(response(get(network)), "outcomes-by-change", "Practice")).element(1).isEqualTo(String.valueOf(practices));
    }

    @Test
    void aCityJoiningANetworkShowsOnItsPublicDashboardAtOnce() throws Exception {
        String code = "org:cache-test-" + UUID.randomUUID();
        long network = organisationEditing.upsertByExternalId(new org.crossroads.directory.OrganisationDraft(code,
                "Cache Test Network " + code, "CTN", "city_network", "", "", "", "", "test"), "test").id();
        long sousse = places.resolve("Sousse, TN").orElseThrow().id();
        CapabilityFramework fiveCore = frameworks.findByCode(CapabilityFrameworks.FIVE_CORE_CAPABILITIES).orElseThrow();
        Editor admin = new Editor(0, "dashboards-admin", "Admin", org.crossroads.accounts.Role.ADMINISTRATOR, null, null);
        assessments.save(new AssessmentDraft(sousse, fiveCore.id(), "2019", null,
                fiveCore.indicators().stream().map(i -> new AssessmentDraft.Entry(i.code(), 3, null)).toList()), admin);
        String page = "/learning/network/" + network;
        assertThat(Jsoup.parse(response(get(page)).getContentAsString(StandardCharsets.UTF_8)).text())
                .doesNotContain("latest assessments of 1 city");

        membershipEditing.upsert(new org.crossroads.directory.MembershipDraft(code, "Sousse, TN", null, null, null, "test"), "test");

        assertThat(Jsoup.parse(response(get(page)).getContentAsString(StandardCharsets.UTF_8)).text())
                .contains("latest assessments of 1 city");
    }

    /** The cells of the row of a dashboard table whose first cell is {@code first}; empty when there is none. */
    static List<String> row(MockHttpServletResponse response, String table, String first) throws Exception {
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        return page.select("#" + table + "-table tbody tr").stream().map(tr -> tr.select("td, th").eachText())
                .filter(cells -> !cells.isEmpty() && cells.get(0).equals(first)).findFirst().orElse(List.of());
    }
}
