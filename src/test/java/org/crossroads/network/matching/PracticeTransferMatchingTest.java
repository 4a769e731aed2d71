package org.crossroads.network.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.inventory.InitiativeDraft;
import org.crossroads.inventory.InitiativeEditing;
import org.crossroads.learning.outcomes.OutcomeDraft;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.library.practices.Practice;
import org.crossroads.library.practices.PracticeDraft;
import org.crossroads.library.practices.PracticeEditing;
import org.crossroads.network.CooperationNetwork;
import org.crossroads.network.web.NetworkTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A published transfer of a practice is evidence in peer matching, as a validated outcome is: the practice's city
 * inspired the adapting one ({@link Factor.Kind#INSPIRED}, linked to the practice). A small world with unique names:
 * <pre>
 *   S  the seeking city (The Gambia)
 *   P  Practiceton (Morocco): its practice on the theme was adapted by T; no other record on the theme
 *   T  Takeupville (Tunisia), which adapted P's practice
 *   O  Outcomia (Senegal): an initiative on the theme inspired U (a validated outcome), and its practice on the
 *      theme was transferred to U as well: the same inspiration told twice, counted once
 *   U  Usville (Senegal)
 * </pre>
 */
@IntegrationTest
class PracticeTransferMatchingTest {

    static final String THEME = "housing";
    static String run;
    static Map<String, Long> city;
    static Map<String, String> ref;
    static long practiceOfP;
    static long practiceOfO;
    static long outcomeInU;

    @Autowired PeerMatching matching;
    @Autowired MatchingIndexes indexes;
    @Autowired IndexBuilding building;
    @Autowired CooperationNetwork network;
    @Autowired NetworkTexts texts;
    @Autowired Accounts accounts;
    @Autowired PlaceEditing places;
    @Autowired InitiativeEditing initiatives;
    @Autowired OutcomeHarvest harvest;
    @Autowired PracticeEditing practices;
    @Autowired org.crossroads.directory.OrganisationEditing organisations;
    @Autowired org.crossroads.directory.MembershipEditing memberships;

    @BeforeEach
    void setUp() {
        if (run != null) {
            return; // every index built after the first refresh below holds this world
        }
        String run = Long.toString(System.nanoTime(), 36);
        Map<String, Long> city = new LinkedHashMap<>();
        Map<String, String> ref = new LinkedHashMap<>();
        PracticeTransferMatchingTest.run = null;
        Object[][] rows = {
            {"S", "Seekham", "GM", 13.4, -16.6}, {"P", "Practiceton", "MA", 34.0, -6.8}, {"T", "Takeupville", "TN", 36.8, 10.2},
            {"O", "Outcomia", "SN", 14.7, -17.4}, {"U", "Usville", "SN", 16.0, -16.5}};
        for (Object[] r : rows) {
            String reference = "place:transfer-" + ((String) r[0]).toLowerCase(Locale.ROOT) + "-" + run;
            ref.put((String) r[0], reference);
            city.put((String) r[0], places.addLocalAuthority(new LocalAuthorityDraft(reference, r[1] + " " + run, (String) r[2],
                    150_000L, (Double) r[3], (Double) r[4], List.of(), List.of(), "Transfer matching test"), "test").id());
        }
        accounts.create("tm-admin-" + run, "Transfer matching admin", "{noop}password-for-tests", Role.ADMINISTRATOR, null, null);
        Editor admin = accounts.findByUsername("tm-admin-" + run).orElseThrow();
        initiatives.create(new InitiativeDraft("init:transfer-o-" + run, "Social housing of Outcomia " + run, "A municipal service",
                "inclusive_services", List.of(THEME), List.of(ref.get("O")), List.of(), false, List.of(), List.of(), List.of(),
                List.of(), LocalDate.of(2015, 3, 1), null, "active", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), Map.of(), "Transfer matching test"), admin);
        // the outcome's network, of which U alone is a member (so it ties no city to S)
        String network = "org:transfer-net-" + run;
        organisations.upsertByExternalId(new org.crossroads.directory.OrganisationDraft(network, "Transfer Network " + run, null,
                "city_network", null, null, null, null, "Transfer matching test"), "test");
        memberships.upsert(new org.crossroads.directory.MembershipDraft(network, ref.get("U"), null, null, null,
                "Transfer matching test"), "test");
        long outcome = harvest.recordValidated(new OutcomeDraft("Municipality", "practice",
                "Usville opened social housing on Outcomia's model " + run, LocalDate.of(2021, 5, 1), ref.get("U"),
                "Families housed", "A study visit", "Transfer matching test", "Decree", false, List.of(), List.of(), ref.get("O"),
                "init:transfer-o-" + run, null, network, List.of()), "Checked", "test");
        practiceOfP = practices.create(practice("Rent guarantee fund " + run, run, ref.get("P"), ref.get("T")), admin);
        practiceOfO = practices.create(practice("Social housing allocation " + run, run, ref.get("O"), ref.get("U")), admin);
        outcomeInU = outcome;
        PracticeTransferMatchingTest.city = city;
        PracticeTransferMatchingTest.ref = ref;
        PracticeTransferMatchingTest.run = run; // set last: a failed set-up is made again by the next test
        this.network.refresh(); // the matching index follows the new snapshot on this thread
    }

    @Test
    void aTransferMakesThePracticesCityASuggestedPeerWithTheInspiredFactorLinkedToThePractice() {
        Suggestion p = peer(matching.forCity(indexes.latest().orElseThrow(), city.get("S"), List.of(THEME), List.of(), false,
                Integer.MAX_VALUE), city.get("P"));
        Factor inspired = p.factors().stream().filter(f -> f.kind() == Factor.Kind.INSPIRED).findFirst().orElseThrow();
        assertThat(inspired.weight()).isEqualTo(Ranking.INSPIRED);
        assertThat(inspired.evidence()).singleElement().satisfies(e -> {
            assertThat(e.record()).isEqualTo("practice");
            assertThat(e.id()).isEqualTo(practiceOfP);
            assertThat(e.name()).isEqualTo("Rent guarantee fund " + run);
            assertThat(e.href()).isEqualTo("/practices/" + practiceOfP);
        });
        assertThat(texts.reason(inspired.reason(), Locale.ENGLISH)).isEqualTo(
                "its practice “Rent guarantee fund " + run + "” was adapted by Takeupville " + run + " (practice transfer)");
        assertThat(texts.reason(inspired.reason(), Locale.FRENCH)).isEqualTo(
                "sa pratique « Rent guarantee fund " + run + " » a été adaptée par Takeupville " + run + " (transfert de pratique)");
        for (String language : List.of("ar", "es")) {
            assertThat(texts.reason(inspired.reason(), Locale.forLanguageTag(language)))
                    .contains("Rent guarantee fund " + run, "Takeupville " + run).doesNotContain("matching.factor");
        }
        // on every theme too
        assertThat(peer(matching.forCity(indexes.latest().orElseThrow(), city.get("S"), List.of(), List.of(), false,
                Integer.MAX_VALUE), city.get("P")).factors()).extracting(Factor::kind).contains(Factor.Kind.INSPIRED);
    }

    @Test
    void anOutcomeAndATransferOfTheSamePairAndThemeCountOnce() {
        for (List<String> themes : List.of(List.of(THEME), List.<String>of())) {
            Suggestion o = peer(matching.forCity(indexes.latest().orElseThrow(), city.get("S"), themes, List.of(), false,
                    Integer.MAX_VALUE), city.get("O"));
            assertThat(o.factors()).filteredOn(f -> f.kind() == Factor.Kind.INSPIRED).as("themes %s", themes).singleElement()
                    .satisfies(f -> assertThat(f.evidence()).extracting(Factor.Evidence::record, Factor.Evidence::id)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("outcome_statement", outcomeInU)));
        }
    }

    @Test
    void theAdaptingCityIsNotSuggestedThePeerWhosePracticeItAdaptedUnlessAskedFor() {
        MatchingIndex index = indexes.latest().orElseThrow();
        assertThat(matching.forCity(index, city.get("T"), List.of(THEME), List.of(), false, Integer.MAX_VALUE).suggestions())
                .extracting(Suggestion::placeId).doesNotContain(city.get("P"));
        assertThat(peer(matching.forCity(index, city.get("T"), List.of(THEME), List.of(), true, Integer.MAX_VALUE), city.get("P"))
                .factors()).extracting(Factor::kind).contains(Factor.Kind.TIED_ON_THEME);
    }

    @Test
    void aHeldOutPairLeavesItsTransferAndItsTieOut() {
        MatchingIndex.HeldOut heldOut = new MatchingIndex.HeldOut(java.util.Set.of(),
                java.util.Set.of(new MatchingIndex.HeldOut.Pair(city.get("T"), city.get("P"))));
        MatchingIndex index = building.build(network.latest().orElseThrow(), heldOut, false);
        assertThat(index.evidenceOn(THEME)).doesNotContainKey(city.get("P"));
        assertThat(index.anyTheme()).doesNotContainKey(city.get("P"));
        assertThat(index.tie(city.get("T"), city.get("P"))).isNull();
        // the other transfer stays
        assertThat(index.evidenceOn(THEME).get(city.get("O")).inspired()).isNotEmpty();
    }

    private static PracticeDraft practice(String title, String run, String from, String to) {
        return new PracticeDraft("en", title, Map.of(), List.of(), from, List.of(), List.of(), List.of(THEME), null, null,
                Map.of("problem", "Families cannot find housing", "approach", "The city guarantees the rent"), List.of(),
                List.of(new Practice.Source("Transfer matching test " + run, "The city guarantees the rent.")), List.of(),
                List.of(), List.of(), List.of(new PracticeDraft.TransferDraft(to, "2019", "Run by the housing office",
                        "Transfer matching test")), "Transfer matching test");
    }

    private static Suggestion peer(Matches m, long placeId) {
        return m.suggestions().stream().filter(s -> s.placeId() == placeId).findFirst().orElseThrow();
    }
}
