package org.crossroads.network.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.PartnershipEditing;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.inventory.InitiativeEditing;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.network.CooperationNetwork;
import org.crossroads.network.needs.NeedEditing;
import org.crossroads.network.needs.OfferEditing;
import org.crossroads.network.web.NetworkTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Matching on the small world of {@link MatchingFixtures}, whose order and factors are worked out by hand below
 * (weights of {@link Ranking}): the need's constraints exclude and say why, a peer tied on the theme is left out
 * unless asked for, consent marks, private needs and offers reach only readers who may see them, and the offer and
 * city directions.
 */
@IntegrationTest
class PeerMatchingTest {

    static final String THEME = "homelessness";
    static MatchingFixtures f;

    @Autowired PeerMatching matching;
    @Autowired CooperationNetwork network;
    @Autowired NetworkTexts texts;
    @Autowired Accounts accounts;
    @Autowired PlaceEditing places;
    @Autowired PartnershipEditing partnerships;
    @Autowired InitiativeEditing initiatives;
    @Autowired OutcomeHarvest harvest;
    @Autowired NeedEditing needs;
    @Autowired OfferEditing offers;
    @Autowired org.crossroads.directory.OrganisationEditing organisations;
    @Autowired org.crossroads.directory.MembershipEditing memberships;

    @BeforeEach
    void setUp() {
        if (f == null) {
            f = MatchingFixtures.make(THEME, accounts, places, partnerships, initiatives, harvest, needs, offers, organisations,
                    memberships);
            network.refresh(); // the matching index follows the new snapshot on this thread
        }
    }

    @Test
    void aNeedGetsItsPeersInTheOrderWorkedOutByHandEachFactorExplained() {
        Matches m = matching.forNeed(f.publicNeed(), Optional.empty());
        assertThat(m.ready()).isTrue();
        // A: offer 5 + peer exchange 1 + initiative 3 + inspired C 4 + French 1.5 + both transit on the Atlantic 1.5
        //    + both intermediary 1 + no tie ≥ 1 = 18 or more.
        // C: initiative 3 + validated outcome 3 + French 1.5 + Atlantic 0.75 + intermediary 1 + Western Africa 0.5
        //    − twinned 1 = 8.75. D runs an initiative on the theme with S: left out. B (Spain) fails South-South;
        //    E (Nairobi, ~6,000 km) fails "within 3,000 km".
        assertThat(m.suggestions()).extracting(Suggestion::placeId).containsExactly(f.id("A"), f.id("C"));
        assertThat(m.suggestions()).extracting(Suggestion::order).containsExactly(1, 2);
        assertThat(m.excluded()).extracting(Suggestion::placeId).containsExactlyInAnyOrder(f.id("B"), f.id("E"));

        Suggestion a = m.suggestions().get(0);
        assertThat(a.contact()).isEqualTo(Suggestion.Contact.AGREED);
        assertThat(a.offerId()).isEqualTo(f.offerOfA());
        assertThat(a.factors()).extracting(Factor::kind).containsExactly(Factor.Kind.OFFER, Factor.Kind.ACTIVITY,
                Factor.Kind.INITIATIVE, Factor.Kind.INSPIRED, Factor.Kind.LANGUAGE, Factor.Kind.ROUTE_ROLE, Factor.Kind.SIZE,
                Factor.Kind.NEW_TIE, Factor.Kind.DISTANCE);
        assertThat(explained(a)).contains(
                "offers “Night shelter know-how " + f.run() + "” and agrees to be contacted about it (offer)",
                "the kind of exchange matches: Peer-to-peer meetings and exchanges",
                "runs “Night shelter of Alphaville " + f.run() + "” since 2016 (initiative)",
                "its approach inspired Gammaton " + f.run() + " (validated outcome)",
                "same language: French", "both transit cities on the Atlantic route", "both intermediary cities");
        assertThat(a.factors().get(3).evidence()).extracting(Factor.Evidence::record, Factor.Evidence::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("outcome_statement", f.outcomeInC()));

        Suggestion c = m.suggestions().get(1);
        assertThat(c.contact()).isEqualTo(Suggestion.Contact.THROUGH_COORDINATOR);
        assertThat(c.factors()).extracting(Factor::kind).containsExactly(Factor.Kind.INITIATIVE, Factor.Kind.OUTCOME,
                Factor.Kind.LANGUAGE, Factor.Kind.ROUTE_ROLE, Factor.Kind.SIZE, Factor.Kind.REGION, Factor.Kind.EXISTING_TIE,
                Factor.Kind.DISTANCE);
        assertThat(c.factors().stream().mapToDouble(Factor::weight).sum()).isEqualTo(8.75);
        assertThat(explained(c)).contains("both on the Atlantic route", "same region: Western Africa", "already tied");

        assertThat(m.excluded()).allSatisfy(s -> assertThat(s.factors().get(0).kind()).isEqualTo(Factor.Kind.CONSTRAINT));
        Suggestion b = m.excluded().stream().filter(s -> s.placeId() == f.id("B")).findFirst().orElseThrow();
        assertThat(texts.reason(b.factors().get(0).reason(), Locale.ENGLISH)).isEqualTo("not in the global South (South-South asked)");
        Suggestion e = m.excluded().stream().filter(s -> s.placeId() == f.id("E")).findFirst().orElseThrow();
        assertThat(texts.reason(e.factors().get(0).reason(), Locale.ENGLISH)).matches("\\d{4} km away, farther than the 3000 km asked");
        // in the other languages, from the same factors
        assertThat(texts.reason(a.factors().get(5).reason(), Locale.FRENCH)).isEqualTo(
                "toutes deux villes de transit sur la route atlantique");
        assertThat(texts.reason(a.factors().get(5).reason(), Locale.forLanguageTag("ar"))).isEqualTo(
                "كلتاهما مدينتا عبور على طريق المحيط الأطلسي");
    }

    @Test
    void aPeerAlreadyWorkingWithTheCityOnTheThemeComesOnlyWhenAskedForAndThenLast() {
        Matches m = matching.forNeed(f.publicNeed(), Optional.empty(), true);
        assertThat(m.suggestions()).extracting(Suggestion::placeId).containsExactly(f.id("A"), f.id("C"), f.id("D"));
        Suggestion d = m.suggestions().get(2);
        assertThat(d.factors()).extracting(Factor::kind).contains(Factor.Kind.TIED_ON_THEME);
        assertThat(explained(d)).contains("already working together on this theme (Seekton and Deltapur shelters " + f.run() + ")");
    }

    @Test
    void forAWholeCityEveryPeerWithEvidenceComesInOrderAndNewTiesArePreferred() {
        // no need: the city's own languages (English) and no constraint.
        // A 5 + 3 + 4 + 1.5 + 1 + new tie = 14.5+; C 3 + 3 + 0.75 + 1 + 0.5 − 1 = 7.25;
        // B 3 + 0.75 + 1 + new tie = 4.75+; E 3 + English 1.5 + new tie = 4.5+.
        Matches m = matching.forCity(f.id("S"), THEME, Optional.empty());
        assertThat(m.suggestions()).extracting(Suggestion::placeId).containsExactly(f.id("A"), f.id("C"), f.id("B"), f.id("E"));
        assertThat(m.excluded()).isEmpty();
        assertThat(m.suggestions().get(2).factors()).extracting(Factor::kind).contains(Factor.Kind.NEW_TIE);
        assertThat(m.suggestions().get(3).factors()).extracting(Factor::kind).contains(Factor.Kind.LANGUAGE);
        // every theme: A still among the first ten of every city with evidence, D still left out (tied on an initiative)
        assertThat(matching.forCity(f.id("S"), null, Optional.empty()).suggestions()).extracting(Suggestion::placeId)
                .contains(f.id("A")).doesNotContain(f.id("D"), f.id("S"));
    }

    @Test
    void privateNeedsAndOffersReachOnlyReadersWhoMaySeeThem() {
        assertThatThrownBy(() -> matching.forNeed(f.privateNeed(), Optional.empty())).isInstanceOf(RecordNotFoundException.class);
        Editor other = f.editors().get("focalC");
        assertThatThrownBy(() -> matching.forNeed(f.privateNeed(), Optional.of(other))).isInstanceOf(RecordNotFoundException.class);
        assertThat(matching.forNeed(f.privateNeed(), Optional.of(f.editors().get("focalS"))).suggestions()).isNotEmpty();

        // C's private offer explains C's suggestion only to a reader who may see it
        for (Optional<Editor> reader : List.of(Optional.<Editor>empty(), Optional.of(f.editors().get("focalS")))) {
            Suggestion c = peer(matching.forCity(f.id("S"), THEME, reader), f.id("C"));
            assertThat(c.factors()).extracting(Factor::kind).doesNotContain(Factor.Kind.OFFER);
            assertThat(c.contact()).isEqualTo(Suggestion.Contact.THROUGH_COORDINATOR);
        }
        Suggestion seenByC = peer(matching.forCity(f.id("S"), THEME, Optional.of(f.editors().get("focalC"))), f.id("C"));
        assertThat(seenByC.factors()).extracting(Factor::kind).contains(Factor.Kind.OFFER);
        assertThat(seenByC.contact()).isEqualTo(Suggestion.Contact.AGREED);
        assertThat(seenByC.offerId()).isEqualTo(f.privateOfferOfC());
    }

    @Test
    void anOfferFindsTheCitiesThatNeedItTheirConstraintsAppliedToTheOfferingCity() {
        Matches m = matching.forOffer(f.offerOfA(), Optional.empty());
        Suggestion first = m.suggestions().get(0);
        assertThat(first.placeId()).isEqualTo(f.id("S"));
        assertThat(first.needId()).isEqualTo(f.publicNeed());
        assertThat(first.offerId()).isEqualTo(f.offerOfA());
        assertThat(first.contact()).isEqualTo(Suggestion.Contact.AGREED);
        assertThat(explained(first)).contains("needs “Shelter for people on the move " + f.run() + "” (need)",
                "the kind of exchange matches: Peer-to-peer meetings and exchanges", "same language: French");
        // the private need is not read for an anonymous reader
        assertThat(first.factors()).filteredOn(x -> x.kind() == Factor.Kind.NEED).hasSize(1);
        // any other suggestion is an under-connected city on A's routes with no initiative on the theme
        assertThat(m.suggestions().subList(1, m.suggestions().size())).allSatisfy(s ->
                assertThat(s.factors().get(0).kind()).isEqualTo(Factor.Kind.CHALLENGE));
    }

    private Suggestion peer(Matches m, long placeId) {
        return m.suggestions().stream().filter(s -> s.placeId() == placeId).findFirst().orElseThrow();
    }

    private List<String> explained(Suggestion s) {
        return s.factors().stream().map(x -> texts.reason(x.reason(), Locale.ENGLISH)).toList();
    }
}
