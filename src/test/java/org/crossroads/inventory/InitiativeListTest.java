package org.crossroads.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crossroads.IntegrationTest;
import org.crossroads.ListPage;
import org.crossroads.WebClient;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.shared.vocabulary.MatchKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The list of initiatives (issue 12 §4) over HTTP on the built-in dataset: in the order the reader chooses, the name
 * order following the names as the reader sees them, numbered pages that keep the search, and the count in words.
 */
@IntegrationTest
class InitiativeListTest {

    static final Editor ADMIN = new Editor(0, "admin", "admin", Role.ADMINISTRATOR, null, null);
    static final Comparator<String> BY_KEY = Comparator.comparing(MatchKey::of);
    static final String NAMES = "ul.results li > a";

    @LocalServerPort int port;
    @Autowired InitiativeEditing editing;
    @Autowired JsonMapper json;

    @Test
    void byNameTheInitiativesComeFromAToZAcrossPagesAsEnglishReadersSeeThem() {
        WebClient reader = WebClient.anonymous(port);
        ListPage first = ListPage.of(reader, "/initiatives?sort=name");
        ListPage second = ListPage.of(reader, first.link("next"));
        assertThat(first.sort()).isEqualTo("name");
        assertThat(first.texts(NAMES)).hasSize(20).isSortedAccordingTo(BY_KEY);
        List<String> both = new ArrayList<>(first.texts(NAMES));
        both.addAll(second.texts(NAMES));
        assertThat(both).hasSize(40).isSortedAccordingTo(BY_KEY);
        assertThat(first.status()).startsWith("Showing 1–20 of " + first.total() + " initiatives").endsWith("sorted by name");
        // without words the name order is the default, and an order the list does not know falls back to it
        assertThat(ListPage.of(reader, "/initiatives").texts(NAMES)).isEqualTo(first.texts(NAMES));
        ListPage unknown = ListPage.of(reader, "/initiatives?sort=price");
        assertThat(unknown.texts(NAMES)).isEqualTo(first.texts(NAMES));
        assertThat(unknown.sort()).isEqualTo("name");
    }

    @Test
    void arabicReadersGetTheNamesTheySeeInTheirOrder() {
        ListPage arabic = ListPage.of(WebClient.anonymous(port), "/initiatives?sort=name&lang=ar");
        List<String> names = arabic.texts(NAMES);
        assertThat(names).isSortedAccordingTo(BY_KEY);
        assertThat(names.get(0)).as("the built-in initiatives are translated into Arabic").matches(".*[\\u0621-\\u064A].*");
        assertThat(arabic.document().select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.status()).contains("الترتيب حسب الاسم");
    }

    @Test
    void byDateTheNewestStartComesFirstAndTheUndatedLast() throws Exception {
        JsonNode page = json.readTree(WebClient.anonymous(port).get("/api/initiatives?sort=date&pageSize=200").body());
        List<LocalDate> days = new ArrayList<>();
        for (JsonNode i : page.get("items")) {
            JsonNode day = i.get("start").isNull() ? i.get("end") : i.get("start");
            days.add(day.isNull() ? LocalDate.MIN : LocalDate.parse(day.asString()));
        }
        assertThat(days).hasSizeGreaterThan(50).isSortedAccordingTo(Comparator.reverseOrder());
        List<String> apiNames = new ArrayList<>();
        page.get("items").forEach(i -> apiNames.add(i.get("name").asString()));
        ListPage byDate = ListPage.of(WebClient.anonymous(port), "/initiatives?sort=date");
        assertThat(byDate.texts(NAMES)).isEqualTo(apiNames.subList(0, 20));
        assertThat(byDate.status()).endsWith("newest first");
    }

    @Test
    void theInitiativeChangedLastComesFirstByChange() {
        long id = editing.create(InventoryWebTest.draft("list:changed-" + System.nanoTime(), "Changed last of all"), ADMIN);
        ListPage changed = ListPage.of(WebClient.anonymous(port), "/initiatives?sort=changed");
        assertThat(changed.document().select(NAMES).first().attr("href")).isEqualTo("/initiatives/" + id);
    }

    @Test
    void theNumberedPagerKeepsTheWordsFiltersAndOrderAndMarksTheCurrentPage() {
        WebClient reader = WebClient.anonymous(port);
        ListPage second = ListPage.of(reader, "/initiatives?type=peer_exchange&sort=date&page=2");
        if (second.total() <= 20) {
            second = ListPage.of(reader, "/initiatives?sort=date&page=2");
        }
        assertThat(second.currentPage()).isEqualTo("2");
        assertThat(second.pagerLinks()).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith("/initiatives?").contains("sort=date"));
        assertThat(second.link("prev")).doesNotContain("page=");
        assertThat(second.link("next")).endsWith("page=3");
        assertThat(second.status()).startsWith("Showing 21–40 of ");
        // the words are kept encoded
        ListPage words = ListPage.of(reader, "/initiatives?q=migrants%20cities&sort=name");
        words.pagerLinks().forEach(href -> assertThat(href).contains("q=migrants%20cities"));
    }

    @Test
    void aPageAfterTheLastSaysSoAndLeadsBackToTheLastPage() {
        ListPage beyond = ListPage.of(WebClient.anonymous(port), "/initiatives?sort=name&page=99");
        assertThat(beyond.texts(NAMES)).isEmpty();
        long pages = (beyond.total() + 19) / 20;
        assertThat(beyond.status()).startsWith("Page 99 is past the end of the list: " + beyond.total() + " initiatives on " + pages + " pages");
        assertThat(beyond.link("prev")).isEqualTo("/initiatives?sort=name&page=" + pages);
        assertThat(beyond.currentPage()).isEmpty();
    }

    @Test
    void withWordsTheListIsByRelevanceUnlessTheReaderChoosesAnotherOrder() {
        WebClient reader = WebClient.anonymous(port);
        ListPage relevant = ListPage.of(reader, "/initiatives?q=Sfax");
        assertThat(relevant.sort()).isEqualTo("relevance");
        assertThat(relevant.sortChoices()).containsExactly("relevance", "name", "date", "changed");
        assertThat(ListPage.of(reader, "/initiatives").sortChoices()).containsExactly("name", "date", "changed");
        ListPage byName = ListPage.of(reader, "/initiatives?q=Sfax&sort=name");
        assertThat(byName.texts(NAMES)).isSortedAccordingTo(BY_KEY).containsExactlyInAnyOrderElementsOf(relevant.texts(NAMES));
    }
}
