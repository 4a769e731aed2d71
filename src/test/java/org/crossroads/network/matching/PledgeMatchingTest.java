package org.crossroads.network.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crossroads.IntegrationTest;
import org.crossroads.commitments.PledgeDraft;
import org.crossroads.commitments.PledgeEditing;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.network.CooperationNetwork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A fulfilled public pledge is evidence of what its city knows how to do: peer matching suggests the city on the
 * pledge's themes with a {@link Factor.Kind#PLEDGE} factor linked to the pledge. A restricted pledge, or one not kept,
 * says nothing. A small world with unique names: S seeks, K kept a pledge on the theme, R kept one it keeps private,
 * A only announced one.
 */
@IntegrationTest
class PledgeMatchingTest {

    static final String THEME = "language_learning";

    @Autowired PeerMatching matching;
    @Autowired MatchingIndexes indexes;
    @Autowired CooperationNetwork network;
    @Autowired PlaceEditing places;
    @Autowired PledgeEditing pledges;

    @Test
    void aFulfilledPublicPledgeMakesItsCityASuggestedPeerLinkedToThePledge() {
        String run = Long.toString(System.nanoTime(), 36);
        long seeker = city("S", "Seekborough " + run, "GM", 13.4, -16.6, run);
        long keeper = city("K", "Keptown " + run, "MA", 34.0, -6.8, run);
        long quiet = city("R", "Reticent " + run, "TN", 36.8, 10.2, run);
        long announcer = city("A", "Announceville " + run, "SN", 14.7, -17.4, run);
        long kept = pledges.createAs(pledge("Keptown " + run + ", MA", "Free language classes for every newcomer " + run,
                "fulfilled", false), "test");
        pledges.createAs(pledge("Reticent " + run + ", TN", "A private language pledge " + run, "fulfilled", true), "test");
        pledges.createAs(pledge("Announceville " + run + ", SN", "A promised language pledge " + run, "announced", false), "test");
        network.refresh(); // the matching index follows the new snapshot on this thread

        Matches found = matching.forCity(indexes.latest().orElseThrow(), seeker, List.of(THEME), List.of(), false,
                Integer.MAX_VALUE);
        Suggestion k = found.suggestions().stream().filter(s -> s.placeId() == keeper).findFirst().orElseThrow();
        Factor pledge = k.factors().stream().filter(f -> f.kind() == Factor.Kind.PLEDGE).findFirst().orElseThrow();
        assertThat(pledge.weight()).isEqualTo(Ranking.PLEDGE);
        assertThat(pledge.evidence()).singleElement().satisfies(e -> {
            assertThat(e.href()).isEqualTo("/pledges/" + kept);
            assertThat(e.name()).contains("Free language classes");
        });
        assertThat(found.suggestions()).noneMatch(s -> s.placeId() == quiet || s.placeId() == announcer);
    }

    private long city(String code, String name, String country, double latitude, double longitude, String run) {
        return places.addLocalAuthority(new LocalAuthorityDraft("place:pledge-match-" + code.toLowerCase() + "-" + run, name,
                country, 120_000L, latitude, longitude, List.of(), List.of(), "Pledge matching test"), "test").id();
    }

    private static PledgeDraft pledge(String city, String text, String status, boolean restricted) {
        return new PledgeDraft(null, null, List.of(city), List.of(), "en", text, Map.of(), List.of(), List.of(), List.of(),
                List.of(THEME), null, null, null, status, "2023", restricted, List.of());
    }
}
