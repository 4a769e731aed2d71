package org.crossroads.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crossroads.IntegrationTest;
import org.crossroads.ListPage;
import org.crossroads.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's lists (issue 12 §4) over HTTP on the built-in library: documents by relevance, title as the reader sees
 * it, date of publication (newest first) or last change; practices by relevance, title or last change (a practice has
 * no date); numbered pages that keep the filters and order; the count in words.
 */
@IntegrationTest
class LibraryListsTest {

    static final String DOCUMENTS = "#documents li > a";
    static final String PRACTICES = "#practices li > a";

    @LocalServerPort int port;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    @Test
    void documentsComeNewestFirstByDefaultAndByTitleAcrossPages() throws Exception {
        WebClient reader = WebClient.anonymous(port);
        JsonNode api = json.readTree(reader.get("/api/documents?size=200").body());
        List<Integer> years = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        api.get("items").forEach(d -> {
            years.add(d.get("year").isNull() ? Integer.MIN_VALUE : d.get("year").asInt());
            pages.add("/documents/" + d.get("id").asLong());
        });
        assertThat(years).hasSizeGreaterThan(50).isSortedAccordingTo(Comparator.reverseOrder());
        ListPage newest = ListPage.of(reader, "/library");
        assertThat(newest.sort()).isEqualTo("date");
        assertThat(newest.document().select(DOCUMENTS).eachAttr("href")).isEqualTo(pages.subList(0, 25));
        assertThat(newest.status()).isEqualTo("Showing 1–25 of " + newest.total() + " documents, newest first");

        ListPage byTitle = ListPage.of(reader, "/library?sort=name");
        ListPage next = ListPage.of(reader, byTitle.link("next"));
        assertThat(byTitle.link("next")).isEqualTo("/library?sort=name&page=2");
        List<String> both = new ArrayList<>(byTitle.texts(DOCUMENTS));
        both.addAll(next.texts(DOCUMENTS));
        assertThat(both).hasSize(50).isSortedAccordingTo(ListPage.BY_NAME);
        assertThat(ListPage.of(WebClient.anonymous(port), "/library?sort=name&lang=es").texts(DOCUMENTS))
                .isSortedAccordingTo(ListPage.BY_NAME);
    }

    @Test
    void documentsByLastChangeAndAnUnknownOrderOrAPageAfterTheLast() {
        WebClient reader = WebClient.anonymous(port);
        long changedLast = jdbc.sql("select id from document where publication = 'published' and access = 'public'"
                + " order by coalesce(updated_at, created_at) desc, id desc limit 1").query(Long.class).single();
        assertThat(ListPage.of(reader, "/library?sort=changed").document().select(DOCUMENTS).first().attr("href"))
                .isEqualTo("/documents/" + changedLast);
        assertThat(ListPage.of(reader, "/library?sort=cheapest").texts(DOCUMENTS)).isEqualTo(ListPage.of(reader, "/library").texts(DOCUMENTS));
        ListPage beyond = ListPage.of(reader, "/library?theme=housing&sort=name&page=40");
        assertThat(beyond.texts(DOCUMENTS)).isEmpty();
        assertThat(beyond.status()).startsWith("Page 40 is past the end of the list: ");
        assertThat(beyond.link("prev")).startsWith("/library?theme=housing&sort=name");
    }

    @Test
    void practicesComeByTitleByDefaultByRelevanceToWordsOrByLastChange() {
        WebClient reader = WebClient.anonymous(port);
        ListPage byTitle = ListPage.of(reader, "/practices");
        assertThat(byTitle.sort()).isEqualTo("name");
        assertThat(byTitle.sortChoices()).containsExactly("name", "changed");
        assertThat(byTitle.texts(PRACTICES)).isNotEmpty().isSortedAccordingTo(ListPage.BY_NAME);
        assertThat(byTitle.status()).endsWith(" practices, sorted by name");
        assertThat(ListPage.of(WebClient.anonymous(port), "/practices?lang=ar").texts(PRACTICES)).isSortedAccordingTo(ListPage.BY_NAME);
        assertThat(ListPage.of(reader, "/practices?sort=date").texts(PRACTICES)).isEqualTo(byTitle.texts(PRACTICES));

        ListPage words = ListPage.of(reader, "/practices?q=Tangier");
        assertThat(words.sort()).isEqualTo("relevance");
        assertThat(words.sortChoices()).containsExactly("relevance", "name", "changed");

        long changedLast = jdbc.sql("select id from practice where publication = 'published'"
                + " order by coalesce(updated_at, created_at) desc, id desc limit 1").query(Long.class).single();
        assertThat(ListPage.of(reader, "/practices?sort=changed").document().select(PRACTICES).first().attr("href"))
                .isEqualTo("/practices/" + changedLast);
        ListPage beyond = ListPage.of(reader, "/practices?sort=changed&page=9");
        long pages = (beyond.total() + 49) / 50;
        assertThat(beyond.link("prev")).isEqualTo("/practices?sort=changed" + (pages > 1 ? "&page=" + pages : ""));
    }
}
