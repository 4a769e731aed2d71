package org.crossroads.learning.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.crossroads.learning.participants.ParticipantDraft;
import org.crossroads.learning.events.EventDraft;
import org.crossroads.learning.participants.ParticipantsTest;
import org.crossroads.learning.LearningFixtures;
import org.crossroads.learning.events.EventEditing;
import org.crossroads.learning.participants.ParticipantRegistry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Feedback and follow-up surveys through personal links, in the participant's language, counted once. */
@IntegrationTest
@RecordApplicationEvents
class SurveysTest extends WebTest {

    @Autowired EventEditing editing;
    @Autowired ParticipantRegistry registry;
    @Autowired SurveyRounds rounds;
    @Autowired SurveyResults results;
    @Autowired SurveyTemplates templates;
    @Autowired SurveyTemplateEditing templateEditing;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents published;
    Editor coordinator;

    @BeforeEach
    void setUp() {
        coordinator = LearningFixtures.of(accounts, organisations, places).mc2cmCoordinator();
    }

    record Setup(long event, long survey, String frenchEmail, String englishEmail) {}

    Setup eventWithSurvey(boolean anonymous) {
        LocalDate day = LocalDate.now().minusDays(2);
        long event = editing.create(new EventDraft(null, "Survey test " + UUID.randomUUID(), "Sousse, TN", day, day, "day",
                "hybrid", List.of("org:mc2cm"), List.of("fr", "en"), List.of(), List.of(), null, List.of(), null, "test"), coordinator);
        String fr = ParticipantsTest.unique("leila");
        String en = ParticipantsTest.unique("omar");
        registry.register(event, new ParticipantDraft("Leïla Mansour", fr, null, "Sousse, TN", "technical", null, "woman", null,
                "fr", List.of("participation", "surveys"), null), coordinator);
        registry.register(event, new ParticipantDraft("Omar Said", en, null, "Sfax, TN", "political", null, "man", null,
                "en", List.of("participation", "surveys"), null), coordinator);
        registry.register(event, new ParticipantDraft("Without Consent", ParticipantsTest.unique("nc"), null, "Sfax, TN", null, null,
                null, null, "en", List.of("participation"), null), coordinator);
        registry.register(event, new ParticipantDraft("Without Email", null, null, "Sfax, TN", null, null, null, null, "en",
                List.of("participation", "surveys"), null), coordinator);
        long survey = rounds.createFeedback(event, null, anonymous, coordinator);
        SurveyRounds.SendReport report = rounds.send(survey, coordinator);
        assertThat(report).isEqualTo(new SurveyRounds.SendReport(2, 1, 1, 0));
        return new Setup(event, survey, fr, en);
    }

    String token(String email, String purpose) {
        String body = jdbc.sql("select body_text from mail_outbox where recipient = :r and purpose = :p order by id desc limit 1")
                .param("r", email).param("p", purpose).query(String.class).single();
        Matcher m = Pattern.compile("/respond/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    MockHttpServletRequestBuilder answers(String token, long templateId, Map<String, String> byCode) {
        MockHttpServletRequestBuilder request = post("/respond/" + token);
        SurveyTemplate template = templates.find(templateId).orElseThrow();
        for (var q : template.questions()) {
            if (byCode.containsKey(q.code())) {
                request = request.param("q" + q.id(), byCode.get(q.code()));
            }
        }
        return request;
    }

    static final Map<String, String> GOOD = Map.of("relevance", "5", "usefulness", "4", "equality", "4", "mutuality", "3",
            "openness", "5", "accessibility", "4", "apply", "Une cellule de coordination des migrations");

    @Test
    void aParticipantAnswersInTheirLanguageOnceAndTheOrganisersSeeTheResults() throws Exception {
        Setup s = eventWithSurvey(false);
        String token = token(s.frenchEmail(), "survey-invitation");
        assertThat(jdbc.sql("select subject from mail_outbox where recipient = :r").param("r", s.frenchEmail())
                .query(String.class).single()).startsWith("Votre avis");

        Document form = Jsoup.parse(response(get("/respond/" + token)).getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("html").attr("lang")).isEqualTo("fr");
        assertThat(form.select("#question-relevance legend").text()).contains("pertinents");

        long templateId = templates.findByCode(SurveyTemplates.DEFAULT_FEEDBACK).orElseThrow().id();
        MockHttpServletResponse missing = response(answers(token, templateId, Map.of("relevance", "5", "usefulness", "9")));
        assertThat(missing.getStatus()).isEqualTo(400);
        Document rejected = Jsoup.parse(missing.getContentAsString(StandardCharsets.UTF_8));
        assertThat(rejected.select(".field-error")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(rejected.select("#question-relevance input[value=5][checked]")).hasSize(1);

        assertThat(response(answers(token, templateId, GOOD)).getStatus()).isEqualTo(200);
        MockHttpServletResponse twice = response(answers(token, templateId, GOOD));
        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(response(get("/respond/" + token)).getStatus()).isEqualTo(409);
        assertThat(response(get("/respond/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).getStatus()).isEqualTo(404);

        SurveyResults.Result result = results.of(s.survey(), true);
        assertThat(result.responses()).isEqualTo(1);
        assertThat(result.invited()).isEqualTo(2);
        var relevance = result.questions().stream().filter(q -> q.question().code().equals("relevance")).findFirst().orElseThrow();
        assertThat(relevance.mean()).isEqualTo(5.0);
        assertThat(relevance.scores()).containsEntry(5, 1);
        assertThat(jdbc.sql("select invitation_id from survey_response where survey_id = :s").param("s", s.survey())
                .query(Long.class).single()).isNotNull();

        String page = response(get("/surveys/" + s.survey() + "/results")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        LearningFixtures.MC2CM_COORDINATOR))).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Une cellule de coordination des migrations");
    }

    @Test
    void anAnonymousSurveyKeepsNoLinkToThePersonAndAClosedOneAcceptsNothing() throws Exception {
        Setup s = eventWithSurvey(true);
        long templateId = templates.findByCode(SurveyTemplates.DEFAULT_FEEDBACK).orElseThrow().id();
        response(answers(token(s.englishEmail(), "survey-invitation"), templateId, GOOD));
        assertThat(jdbc.sql("select count(*) from survey_response where survey_id = :s and invitation_id is null")
                .param("s", s.survey()).query(Long.class).single()).isEqualTo(1);

        jdbc.sql("update survey set opens_on = current_date - 10, closes_on = current_date - 1 where id = :s").param("s", s.survey()).update();
        String late = token(s.frenchEmail(), "survey-invitation");
        assertThat(response(get("/respond/" + late)).getStatus()).isEqualTo(410);
        assertThat(response(answers(late, templateId, GOOD)).getStatus()).isEqualTo(410);
        assertThat(results.of(s.survey(), false).responses()).isEqualTo(1);
    }

    @Test
    void remindersBringAFreshLinkAndTheFirstStillWorks() throws Exception {
        Setup s = eventWithSurvey(false);
        String first = token(s.englishEmail(), "survey-invitation");
        jdbc.sql("update survey_invitation set sent_at = now() - interval '8 days' where survey_id = :s").param("s", s.survey()).update();
        assertThat(rounds.remind()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select subject from mail_outbox where recipient = :r and purpose = 'survey-reminder'")
                .param("r", s.englishEmail()).query(String.class).single()).startsWith("Reminder:");
        String fresh = token(s.englishEmail(), "survey-reminder");
        assertThat(fresh).isNotEqualTo(first);
        assertThat(response(get("/respond/" + first)).getStatus()).isEqualTo(200);
        assertThat(response(get("/respond/" + fresh)).getStatus()).isEqualTo(200);
    }

    @Test
    void aFollowUpAnswerThatReportsAChangeIsHandedToOutcomeHarvesting() throws Exception {
        Setup s = eventWithSurvey(false);
        Survey followUp = rounds.ofEvent(s.event()).stream().filter(x -> x.round().equals("follow_up_3")).findFirst().orElseThrow();
        assertThat(followUp.opensOn()).isEqualTo(LocalDate.now().minusDays(2).plusMonths(3));
        jdbc.sql("update survey set opens_on = current_date where id = :s").param("s", followUp.id()).update();
        rounds.sendDue();
        String token = token(s.frenchEmail(), "survey-invitation");
        long templateId = templates.findByCode(SurveyTemplates.DEFAULT_FOLLOW_UP).orElseThrow().id();
        assertThat(response(answers(token, templateId, Map.of("change_reported", "yes", "change_type", "practice",
                "change_description", "Sousse opened a one-stop desk for newcomers"))).getStatus()).isEqualTo(200);
        assertThat(published.stream(FollowUpChangeReported.class))
                .anyMatch(e -> e.eventId() == s.event() && "practice".equals(e.changeType())
                        && e.description().contains("one-stop desk"));
        assertThat(jdbc.sql("""
                select count(*) from outcome_statement o join outcome_event e on e.outcome_id = o.id
                where e.event_id = :e and o.status = 'draft' and o.description like '%one-stop desk%'""")
                .param("e", s.event()).query(Long.class).single()).as("a draft outcome").isEqualTo(1);
    }

    @Test
    void changingAnAnsweredQuestionKeepsTheOldAnswersWithTheirWording() throws Exception {
        Setup s = eventWithSurvey(false);
        long templateId = templates.findByCode(SurveyTemplates.DEFAULT_FEEDBACK).orElseThrow().id();
        response(answers(token(s.englishEmail(), "survey-invitation"), templateId, GOOD));
        var openness = templates.find(templateId).orElseThrow().questions().stream()
                .filter(q -> q.code().equals("openness")).findFirst().orElseThrow();
        Map<String, String> prompt = new java.util.HashMap<>(openness.prompt().byLanguage());
        prompt.put("en", "The discussion welcomed migrants' own views.");
        long replacement = templateEditing.changeQuestion(openness.id(),
                new SurveyTemplates.QuestionDraft("openness", "likert", true, prompt, List.of(), null), coordinator);
        assertThat(replacement).isNotEqualTo(openness.id());

        var questions = results.of(s.survey(), false).questions();
        assertThat(questions).anyMatch(q -> q.question().id() == openness.id() && q.question().retired() && q.answers() == 1
                && q.question().prompt().english().startsWith("The discussion was open"));
        assertThat(templates.find(templateId).orElseThrow().questions())
                .anyMatch(q -> q.id() == replacement && q.prompt().english().equals("The discussion welcomed migrants' own views."));
        // put the default wording back for other tests
        templateEditing.changeQuestion(replacement, new SurveyTemplates.QuestionDraft("openness", "likert", true,
                openness.prompt().byLanguage(), List.of(), null), coordinator);
    }
}
