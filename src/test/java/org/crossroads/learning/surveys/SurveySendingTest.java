package org.crossroads.learning.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.crossroads.learning.participants.ParticipantsTest;
import org.crossroads.learning.LearningFixtures;
import org.crossroads.learning.events.EventDraft;
import org.crossroads.learning.participants.ParticipantDraft;
import org.crossroads.learning.events.EventEditing;
import org.crossroads.learning.participants.ParticipantRegistry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.shared.validation.InvalidEntryException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Send now" only for a round whose links work today: a closed round (a past event's follow-ups) or one
 * not yet open would email links that answer "not open", so it is refused, saying why, and nothing is sent.
 */
@IntegrationTest
class SurveySendingTest extends WebTest {

    @Autowired EventEditing editing;
    @Autowired ParticipantRegistry registry;
    @Autowired SurveyRounds rounds;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired JdbcClient jdbc;
    Editor coordinator;

    @BeforeEach
    void setUp() {
        coordinator = LearningFixtures.of(accounts, organisations, places).mc2cmCoordinator();
    }

    long eventWithDelegate(LocalDate day, String email) {
        long event = editing.create(new EventDraft(null, "Sending test " + UUID.randomUUID(), "Sousse, TN", day, day, "day",
                "in_person", List.of("org:mc2cm"), List.of("en"), List.of(), List.of(), null, List.of(), null, "test"), coordinator);
        registry.register(event, new ParticipantDraft("Nadia Test", email, null, "Sousse, TN", "technical", null, "woman", null,
                "en", List.of("participation", "surveys"), null), coordinator);
        rounds.createFeedback(event, null, false, coordinator);
        return event;
    }

    Survey round(long event, String round) {
        return rounds.ofEvent(event).stream().filter(s -> s.round().equals(round)).findFirst().orElseThrow();
    }

    long mailsTo(String email) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :r").param("r", email).query(Long.class).single();
    }

    @Test
    void aClosedRoundOfAPastEventIsNotSentAndThePageSaysWhy() throws Exception {
        String email = ParticipantsTest.unique("past");
        long event = eventWithDelegate(LocalDate.now().minusYears(2), email);
        Survey closed = round(event, "follow_up_3");
        assertThat(closed.isClosedOn(LocalDate.now())).isTrue();

        assertThatThrownBy(() -> rounds.send(closed.id(), coordinator)).isInstanceOf(InvalidEntryException.class)
                .satisfies(e -> assertThat(((InvalidEntryException) e).errors().get(0).messageKey())
                        .isEqualTo("learning.surveys.error.closed"));
        var flash = mvc.perform(post("/surveys/" + closed.id() + "/send").with(user(LearningFixtures.MC2CM_COORDINATOR))
                .with(csrf())).andReturn().getFlashMap();
        assertThat(flash.get("sendErrors").toString()).contains("closed on " + closed.closesOn(), "nothing was sent");
        assertThat(mailsTo(email)).isZero();
        assertThat(jdbc.sql("select count(*) from survey_invitation where survey_id = :s").param("s", closed.id())
                .query(Long.class).single()).isZero();

        Document page = Jsoup.parse(mvc.perform(get("/events/" + event + "/surveys").with(user(LearningFixtures.MC2CM_COORDINATOR)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#round-follow_up_3 form")).as("no send button on a closed round").isEmpty();
        assertThat(page.select("#round-follow_up_3").text()).contains("Closed");
        assertThat(page.select("#round-feedback form")).as("the feedback round opens today").isNotEmpty();

        assertThat(rounds.send(round(event, "feedback").id(), coordinator).invited()).isEqualTo(1);
        assertThat(mailsTo(email)).isEqualTo(1);
    }

    @Test
    void aRoundNotYetOpenIsNotSentEither() {
        String email = ParticipantsTest.unique("future");
        long event = eventWithDelegate(LocalDate.now().plusDays(10), email);
        Survey later = round(event, "follow_up_6");
        assertThatThrownBy(() -> rounds.send(later.id(), coordinator)).isInstanceOf(InvalidEntryException.class)
                .satisfies(e -> assertThat(((InvalidEntryException) e).errors().get(0).messageKey())
                        .isEqualTo("learning.surveys.error.notYetOpen"));
        assertThat(mailsTo(email)).isZero();
    }
}
