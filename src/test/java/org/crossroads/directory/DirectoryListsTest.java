package org.crossroads.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crossroads.IntegrationTest;
import org.crossroads.ListPage;
import org.crossroads.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lists of cities and organisations (issue 12 §4) over HTTP on the built-in directory: by relevance to a name, by
 * name as the reader sees it, by last change; numbered pages that keep the filters and order; the count in words.
 */
@IntegrationTest
class DirectoryListsTest {

    static final String RUN = Long.toString(System.nanoTime(), 36);
    static final String NAMES = "ul.results li > a";

    @LocalServerPort int port;
    @Autowired PlaceEditing placeEditing;
    @Autowired OrganisationEditing organisationEditing;
    @Autowired JsonMapper json;

    @Test
    void citiesComeByNameAcrossPagesWithoutASearchAndTheOrderIsKeptByThePager() {
        WebClient reader = WebClient.anonymous(port);
        ListPage first = ListPage.of(reader, "/cities");
        assertThat(first.sort()).isEqualTo("name");
        assertThat(first.sortChoices()).containsExactly("name", "changed");
        ListPage second = ListPage.of(reader, first.link("next"));
        assertThat(second.currentPage()).isEqualTo("2");
        List<String> both = new ArrayList<>(first.texts(NAMES));
        both.addAll(second.texts(NAMES));
        assertThat(both).hasSize(40).isSortedAccordingTo(ListPage.BY_NAME);
        assertThat(first.status()).isEqualTo("Showing 1–20 of " + first.total() + " places, sorted by name");
        // places have no date of their own: asking for one gives the default order
        assertThat(ListPage.of(reader, "/cities?sort=date").texts(NAMES)).isEqualTo(first.texts(NAMES));
    }

    @Test
    void arabicReadersGetCitiesInTheOrderOfTheNamesTheySee() {
        WebClient reader = WebClient.anonymous(port);
        ListPage arabic = ListPage.of(reader, "/cities?sort=name&lang=ar&page=2");
        assertThat(arabic.texts(NAMES)).isSortedAccordingTo(ListPage.BY_NAME);
        assertThat(arabic.status()).startsWith("عرض 41–60 من ");
        // names in Arabic script sort after those in Latin script: the last page holds them, whatever other tests added
        long last = (arabic.total() - 1) / 20;
        List<String> end = new ArrayList<>();
        for (long page = Math.max(0, last - 2); page <= last; page++) {
            end.addAll(ListPage.of(reader, "/cities?sort=name&lang=ar&page=" + page).texts(NAMES));
        }
        assertThat(end).isSortedAccordingTo(ListPage.BY_NAME).anyMatch(name -> name.matches(".*[\\u0621-\\u064A].*"));
    }

    @Test
    void theCityChangedLastComesFirstAndThePagerKeepsFiltersAndOrder() {
        long city = placeEditing.addLocalAuthority(new LocalAuthorityDraft("place:list-" + RUN, "Listville " + RUN, "TN",
                80_000L, 35.0, 10.0, List.of("transit"), List.of("central_med"), "List test"), "test").id();
        WebClient reader = WebClient.anonymous(port);
        ListPage changed = ListPage.of(reader, "/cities?sort=changed&route=central_med");
        assertThat(changed.document().select(NAMES).first().attr("href")).isEqualTo("/cities/" + city);
        ListPage paged = ListPage.of(reader, "/cities?sort=changed&country=&page=1");
        assertThat(paged.currentPage()).isEqualTo("2");
        assertThat(paged.link("prev")).isEqualTo("/cities?sort=changed");
        assertThat(paged.pagerLinks()).allSatisfy(href -> assertThat(href).contains("sort=changed").doesNotContain("country="));
    }

    @Test
    void aNameSearchComesByRelevanceAndAPageAfterTheLastLeadsBack() {
        WebClient reader = WebClient.anonymous(port);
        ListPage sfax = ListPage.of(reader, "/cities?q=sfax");
        assertThat(sfax.sort()).isEqualTo("relevance");
        assertThat(sfax.texts(NAMES).get(0)).isEqualTo("Sfax");
        ListPage beyond = ListPage.of(reader, "/cities?page=500");
        assertThat(beyond.texts(NAMES)).isEmpty();
        assertThat(beyond.status()).startsWith("Page 501 is past the end of the list: " + beyond.total() + " places on ");
        assertThat(beyond.link("prev")).matches("/cities\\?page=\\d+");
    }

    @Test
    void organisationsComeByNameOrByLastChangeAndAnAcronymFindsItsOwnFirst() throws Exception {
        long made = organisationEditing.upsertByExternalId(new OrganisationDraft("org:list-" + RUN, "Zz List Network " + RUN,
                "LST" + RUN.toUpperCase(), "city_network", null, null, null, null, "List test"), "test").id();
        WebClient reader = WebClient.anonymous(port);
        ListPage byName = ListPage.of(reader, "/organisations?sort=name");
        assertThat(byName.texts(NAMES)).hasSize(20).isSortedAccordingTo(ListPage.BY_NAME);
        assertThat(ListPage.of(reader, byName.link("next")).texts(NAMES).get(0)).isGreaterThanOrEqualTo(byName.texts(NAMES).get(19));
        assertThat(byName.status()).endsWith(" organisations, sorted by name");
        ListPage changed = ListPage.of(reader, "/organisations?sort=changed&type=city_network");
        assertThat(changed.document().select(NAMES).first().attr("href")).isEqualTo("/organisations/" + made);
        assertThat(changed.sortChoices()).containsExactly("name", "changed");
        ListPage acronym = ListPage.of(reader, "/organisations?q=lst" + RUN);
        assertThat(acronym.sort()).isEqualTo("relevance");
        assertThat(acronym.document().select(NAMES).first().attr("href")).isEqualTo("/organisations/" + made);
        var api = json.readTree(reader.get("/api/organisations?sort=changed&size=1").body());
        assertThat(api.get("items").get(0).get("id").asLong()).isEqualTo(made);
    }
}
