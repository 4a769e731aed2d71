package org.crossroads.learning.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.crossroads.learning.participants.ParticipantDraft;
import org.crossroads.learning.events.EventDraft;
import org.crossroads.learning.participants.ParticipantsTest;
import org.crossroads.learning.outcomes.PeerRatings;
import org.crossroads.learning.participants.ParticipantRegistry;
import org.crossroads.learning.events.EventEditing;
import org.crossroads.learning.LearningFixtures;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The learning API gives personal data only to those entitled, mutual ratings as averages, and retention erases old records. */
@IntegrationTest
class LearningApiTest extends WebTest {

    @Autowired EventEditing editing;
    @Autowired ParticipantRegistry registry;
    @Autowired PeerRatings ratings;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    LearningFixtures fixtures;
    Editor coordinator;
    long event;

    @BeforeEach
    void setUp() {
        fixtures = LearningFixtures.of(accounts, organisations, places);
        coordinator = fixtures.mc2cmCoordinator();
        LocalDate day = LocalDate.of(2034, 2, 2);
        event = editing.create(new EventDraft(null, "API test " + UUID.randomUUID(), "Tunis, TN", day, day, "day", "online",
                List.of("org:mc2cm"), List.of(), List.of(), List.of(), null, List.of(), null, "test"), coordinator);
        registry.register(event, new ParticipantDraft("Hedi Api", ParticipantsTest.unique("hedi"), null, "Sfax, TN", "technical",
                null, "man", null, "en", List.of("participation"), null), coordinator);
        registry.register(event, new ParticipantDraft("Rim Api", ParticipantsTest.unique("rim"), null, "Tunis, TN", "political",
                null, "woman", null, "en", List.of("participation"), null), coordinator);
    }

    JsonNode getJson(String path, String username) throws Exception {
        var request = get(path);
        if (username != null) {
            request = request.with(user(username));
        }
        return json.readTree(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void participationIsPublicWithSmallCountsHiddenAndPersonalDataOnlyForOrganisers() throws Exception {
        JsonNode anonymous = getJson("/api/events/" + event + "/participation", null);
        assertThat(anonymous.get("delegates").isNull()).isTrue();
        assertThat(anonymous.get("suppressedBelow").asInt()).isEqualTo(5);
        JsonNode exact = getJson("/api/events/" + event + "/participation", LearningFixtures.MC2CM_COORDINATOR);
        assertThat(exact.get("delegates").asInt()).isEqualTo(2);

        assertThat(mvc.perform(get("/api/events/" + event + "/participants")).andReturn().getResponse().getStatus()).isEqualTo(401);
        fixtures.otherCoordinator();
        assertThat(mvc.perform(get("/api/events/" + event + "/participants").with(user(LearningFixtures.OTHER_COORDINATOR)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        JsonNode people = getJson("/api/events/" + event + "/participants", LearningFixtures.MC2CM_COORDINATOR);
        assertThat(people.toString()).contains("Hedi Api", "Rim Api");
        assertThat(getJson("/api/cities/" + fixtures.place("Sfax, TN") + "/participation", null).get("timeline").size()).isPositive();
        assertThat(getJson("/api-docs", null).get("paths").has("/api/events/{id}/participation")).isTrue();
    }

    @Test
    void peerCitiesRateEachOtherAndOnlyAveragesAreShown() throws Exception {
        long sfax = fixtures.place("Sfax, TN");
        long tunis = fixtures.place("Tunis, TN");
        ratings.rate(event, sfax, List.of(new PeerRatings.Rating(tunis, 5, 4, 3, "Generous hosts")), fixtures.sfaxFocalPoint());
        ratings.rate(event, tunis, List.of(new PeerRatings.Rating(sfax, 3, 3, 4, null)), fixtures.tunisFocalPoint());
        ratings.rate(event, sfax, List.of(new PeerRatings.Rating(tunis, 4, 4, 3, null)), fixtures.sfaxFocalPoint());
        assertThat(ratings.aggregates(event)).anyMatch(a -> a.placeId() == tunis && a.raters() == 1 && a.inputs() == 4.0);
        assertThatThrownBy(() -> ratings.rate(event, tunis, List.of(new PeerRatings.Rating(sfax, 3, 3, 3, null)),
                fixtures.sfaxFocalPoint())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ratings.rate(event, sfax, List.of(new PeerRatings.Rating(tunis, 9, null, 3, null)),
                fixtures.sfaxFocalPoint())).isInstanceOf(InvalidEntryException.class);
        String dashboard = mvc.perform(get("/events/" + event + "/dashboard")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(dashboard).contains("Mutual accountability").doesNotContain("Generous hosts");
        // one rater's ratings are not averages: the public sees none, the organisers see them
        JsonNode publicRatings = getJson("/api/events/" + event + "/ratings", null);
        assertThat(publicRatings.get(0).get("raters").asInt()).isEqualTo(1);
        assertThat(publicRatings.get(0).get("inputs").isNull()).isTrue();
        assertThat(getJson("/api/events/" + event + "/ratings", LearningFixtures.MC2CM_COORDINATOR).get(0).get("inputs").asDouble())
                .isEqualTo(4.0);
    }

    @Test
    void personalDataAreErasedAfterTheRetentionPeriodAndCountsRemain() {
        long old = editing.create(new EventDraft(null, "Old event " + UUID.randomUUID(), "Tunis, TN", LocalDate.of(2015, 1, 1),
                LocalDate.of(2015, 1, 2), "day", "in_person", List.of("org:mc2cm"), List.of(), List.of(), List.of(), null,
                List.of(), null, "test"), coordinator);
        long person = registry.register(old, new ParticipantDraft("Long Gone", null, null, "Tunis, TN", null, null, null, null,
                "en", List.of("participation"), null), coordinator).participantId();
        jdbc.sql("update participant set created_at = now() - interval '10 years' where id = :p").param("p", person).update();
        assertThat(registry.eraseExpired(5)).isPositive();
        assertThat(jdbc.sql("select full_name from participant where id = :p").param("p", person).query(String.class).optional()).isEmpty();
        assertThat(jdbc.sql("select count(*) from registration where event_id = :e").param("e", old).query(Long.class).single()).isEqualTo(1);
    }
}
