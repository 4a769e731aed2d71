package org.crossroads.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossroads.learning.outcomes.OutcomeHarvestTest;
import org.crossroads.learning.outcomes.OutcomeDraft;
import org.crossroads.learning.events.EventsTest;
import org.crossroads.learning.events.EventEditing;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crossroads.IntegrationTest;
import org.crossroads.ListPage;
import org.crossroads.WebClient;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.accounts.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lists of events and outcomes (issue 12 §4) over HTTP: by relevance to the words, by name (an event's theme as
 * the reader sees it, an outcome's change agent), by date (an event's start, an outcome's observation; newest first)
 * or by last change; numbered pages that keep the words, filters and order; the count in words.
 */
@IntegrationTest
class LearningListsTest {

    static final String EVENTS = "#event-results li > a";
    static final String OUTCOMES = "#outcome-results li > a";

    @LocalServerPort int port;
    @Autowired EventEditing events;
    @Autowired OutcomeHarvest harvest;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired JsonMapper json;
    LearningFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = LearningFixtures.of(accounts, organisations, places);
    }

    @Test
    void eventsComeNewestFirstByDefaultAndByThemeAsTheReaderSeesIt() throws Exception {
        WebClient reader = WebClient.anonymous(port);
        JsonNode byDate = json.readTree(reader.get("/api/events?sort=date&size=200").body());
        List<LocalDate> starts = new ArrayList<>();
        List<String> themes = new ArrayList<>();
        byDate.get("items").forEach(e -> {
            starts.add(LocalDate.parse(e.get("startsOn").asString()));
            themes.add(e.get("theme").asString());
        });
        assertThat(starts).hasSizeGreaterThan(10).isSortedAccordingTo(Comparator.reverseOrder());
        ListPage list = ListPage.of(reader, "/events");
        assertThat(list.sort()).isEqualTo("date");
        assertThat(list.texts(EVENTS)).isEqualTo(themes.subList(0, Math.min(50, themes.size())));
        assertThat(list.status()).isEqualTo(list.total() + " events, newest first");
        assertThat(ListPage.of(reader, "/events?sort=name").texts(EVENTS)).isSortedAccordingTo(ListPage.BY_NAME);
        ListPage french = ListPage.of(WebClient.anonymous(port), "/events?sort=name&lang=fr");
        assertThat(french.texts(EVENTS)).isSortedAccordingTo(ListPage.BY_NAME).isNotEqualTo(ListPage.of(reader, "/events?sort=name").texts(EVENTS));
        assertThat(french.status()).endsWith("par ordre alphabétique");
    }

    @Test
    void theEventChangedLastComesFirstAndAnUnknownOrderFallsBackToTheNewest() {
        long id = events.create(EventsTest.draft("event:list-" + System.nanoTime(), "Listed last of all"), fixtures.mc2cmCoordinator());
        WebClient reader = WebClient.anonymous(port);
        assertThat(ListPage.of(reader, "/events?sort=changed").document().select(EVENTS).first().attr("href")).isEqualTo("/events/" + id);
        assertThat(ListPage.of(reader, "/events?sort=oldest").texts(EVENTS)).isEqualTo(ListPage.of(reader, "/events").texts(EVENTS));
    }

    @Test
    void aPageOfEventsAfterTheLastKeepsTheSearchAndLeadsBack() {
        ListPage beyond = ListPage.of(WebClient.anonymous(port), "/events?q=&year=&sort=name&page=7");
        assertThat(beyond.texts(EVENTS)).isEmpty();
        assertThat(beyond.status()).startsWith("Page 8 is past the end of the list: " + beyond.total() + " events on 1 page");
        assertThat(beyond.link("prev")).isEqualTo("/events?sort=name");
        assertThat(beyond.pagerLinks()).containsExactly("/events?sort=name", "/events?sort=name");
    }

    @Test
    void outcomesComeByRelevanceDateChangeAgentOrChangeOverNumberedPages() throws Exception {
        String token = OutcomeHarvestTest.token();
        List<Long> made = new ArrayList<>();
        for (int k = 0; k < 27; k++) {
            made.add(harvest.recordValidated(new OutcomeDraft("Agent " + (char) ('A' + (k * 7) % 26) + k, "practice",
                    "A listed change " + token, LocalDate.of(2020, 1, 1).plusDays(k * 13L), "Tunis, TN", null, null,
                    "List test", null, false, List.of(), List.of(), null, null, null, "org:mc2cm", List.of()),
                    "Checked", "list-test"));
        }
        WebClient reader = WebClient.anonymous(port);
        ListPage relevant = ListPage.of(reader, "/outcomes?q=" + token);
        assertThat(relevant.sort()).isEqualTo("relevance");
        assertThat(relevant.total()).isEqualTo(27);
        assertThat(relevant.status()).isEqualTo("Showing 1–25 of 27 outcomes, most relevant first");

        ListPage byName = ListPage.of(reader, "/outcomes?q=" + token + "&sort=name");
        ListPage rest = ListPage.of(reader, byName.link("next"));
        assertThat(rest.currentPage()).isEqualTo("2");
        assertThat(byName.link("next")).isEqualTo("/outcomes?q=" + token + "&sort=name&page=1");
        List<String> agents = new ArrayList<>(byName.texts(OUTCOMES));
        agents.addAll(rest.texts(OUTCOMES));
        assertThat(agents).hasSize(27).isSortedAccordingTo(ListPage.BY_NAME);

        ListPage byDate = ListPage.of(reader, "/outcomes?q=" + token + "&sort=date");
        assertThat(byDate.document().select(OUTCOMES).first().attr("href")).isEqualTo("/outcomes/" + made.get(26));
        JsonNode api = json.readTree(reader.get("/api/outcomes?q=" + token + "&sort=date&size=30").body());
        List<LocalDate> observed = new ArrayList<>();
        api.get("items").forEach(o -> observed.add(LocalDate.parse(o.get("observedOn").asString())));
        assertThat(observed).hasSize(27).isSortedAccordingTo(Comparator.reverseOrder());

        ListPage changed = ListPage.of(reader, "/outcomes?sort=changed");
        assertThat(changed.document().select(OUTCOMES).first().attr("href")).isEqualTo("/outcomes/" + made.get(26));
        assertThat(changed.sortChoices()).containsExactly("name", "date", "changed");
    }
}
