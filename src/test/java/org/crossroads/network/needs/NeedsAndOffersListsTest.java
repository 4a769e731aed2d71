package org.crossroads.network.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crossroads.IntegrationTest;
import org.crossroads.ListPage;
import org.crossroads.WebClient;
import org.crossroads.accounts.Accounts;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.inventory.InitiativeEditing;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lists of needs and offers (issue 12 §4) over HTTP: newest first, by title as the reader sees it or by last
 * change; numbered pages that keep the filters and order; the count in words. There are no words to be relevant to.
 */
@IntegrationTest
class NeedsAndOffersListsTest {

    static final String TITLES = "#statements li > a:first-child";

    @LocalServerPort int port;
    @Autowired NeedEditing needEditing;
    @Autowired OfferEditing offerEditing;
    @Autowired Accounts accounts;
    @Autowired PlaceEditing placeEditing;
    @Autowired OrganisationEditing organisationEditing;
    @Autowired MembershipEditing membershipEditing;
    @Autowired InitiativeEditing initiativeEditing;
    @Autowired OutcomeHarvest harvest;
    @Autowired JsonMapper json;
    static NeedsFixtures fixtures;
    static List<Long> stated;

    @BeforeEach
    void fiftyOneNeedsOfOneCity() {
        if (fixtures == null) {
            fixtures = NeedsFixtures.make(accounts, placeEditing, organisationEditing, membershipEditing, initiativeEditing, harvest);
            stated = new ArrayList<>();
            for (int k = 0; k < 51; k++) {
                stated.add(needEditing.create(fixtures.city(), fixtures.need("Besoin " + (char) ('a' + (k * 11) % 26) + " " + k
                        + " " + fixtures.run(), "public"), fixtures.editor("focal_point")));
            }
        }
    }

    @Test
    void needsComeNewestFirstOverNumberedPagesThatKeepTheFilters() {
        WebClient reader = WebClient.anonymous(port);
        ListPage newest = ListPage.of(reader, "/needs?country=GM&theme=reception_orientation");
        assertThat(newest.sort()).isEqualTo("date");
        assertThat(newest.sortChoices()).containsExactly("name", "date", "changed");
        assertThat(newest.document().select(TITLES).first().attr("href")).isEqualTo("/needs/" + stated.get(50));
        assertThat(newest.status()).startsWith("Showing 1–50 of " + newest.total() + " needs").endsWith("newest first");
        assertThat(newest.link("next")).isEqualTo("/needs?country=GM&theme=reception_orientation&page=2");
        ListPage second = ListPage.of(reader, newest.link("next"));
        assertThat(second.currentPage()).isEqualTo("2");
        assertThat(second.document().select(TITLES).eachAttr("href")).doesNotContainAnyElementsOf(
                newest.document().select(TITLES).eachAttr("href"));
    }

    @Test
    void needsByTitleFollowTheTitlesTheReaderSees() {
        WebClient reader = WebClient.anonymous(port);
        ListPage byTitle = ListPage.of(reader, "/needs?country=GM&sort=name");
        List<String> titles = new ArrayList<>(byTitle.texts(TITLES));
        if (byTitle.link("next") != null && !byTitle.link("next").isEmpty()) {
            titles.addAll(ListPage.of(reader, byTitle.link("next")).texts(TITLES));
        }
        assertThat(titles).hasSizeGreaterThan(50).isSortedAccordingTo(ListPage.BY_NAME);
        assertThat(ListPage.of(WebClient.anonymous(port), "/needs?sort=name&lang=ar").texts(TITLES)).isSortedAccordingTo(ListPage.BY_NAME);
    }

    @Test
    void theOfferChangedLastComesFirstAndAPageAfterTheLastLeadsBack() throws Exception {
        long offer = offerEditing.create(fixtures.city(), fixtures.offer("Listed offer " + fixtures.run(), "public", Evidence.NONE),
                fixtures.editor("focal_point"));
        WebClient reader = WebClient.anonymous(port);
        assertThat(ListPage.of(reader, "/offers?sort=changed").document().select(TITLES).first().attr("href"))
                .isEqualTo("/offers/" + offer);
        JsonNode api = json.readTree(reader.get("/api/offers?sort=changed&size=1").body());
        assertThat(api.get("items").get(0).get("id").asLong()).isEqualTo(offer);
        ListPage beyond = ListPage.of(reader, "/offers?sort=relevance&page=30");
        assertThat(beyond.sort()).isEqualTo("date");
        assertThat(beyond.status()).startsWith("Page 30 is past the end of the list: ");
        assertThat(beyond.link("prev")).startsWith("/offers?sort=relevance");
    }
}
