package org.crossroads.network.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.data.CatalogueEditing;
import org.crossroads.data.DataImport;
import org.crossroads.data.DataImportJobs;
import org.crossroads.data.DataImportReport;
import org.crossroads.data.DataValues;
import org.crossroads.data.IndicatorDraft;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.inventory.InitiativeDraft;
import org.crossroads.inventory.InitiativeEditing;
import org.crossroads.network.CooperationNetwork;
import org.crossroads.network.web.NetworkTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Matching compares two cities' public figures ("similar challenges with similar resources", seed 004). S asks for
 * peers on a theme; P, Q and R have each done something on it. The unemployment rate of foreign nationals is 20% in
 * S (2023), 23% in P (2022), 41% in Q, and 21% in R but restricted (signed-in readers only). Refugees per 1,000
 * inhabitants: S 50, P 45; Q's count is 3, shown as "&lt;5" (hidden), so Q has no such figure.
 */
@IntegrationTest
class SimilarSituationTest {

    static final String THEME = "labour_mobility";
    static String run;
    static Map<String, Long> city;
    static long unemployment;
    static long refugees;

    @Autowired PeerMatching matching;
    @Autowired MatchingIndexes indexes;
    @Autowired CooperationNetwork network;
    @Autowired NetworkTexts texts;
    @Autowired DataValues values;
    @Autowired CatalogueEditing catalogue;
    @Autowired DataImportJobs imports;
    @Autowired PlaceEditing places;
    @Autowired InitiativeEditing initiatives;
    @Autowired Accounts accounts;

    @BeforeEach
    void setUp() {
        if (run != null) {
            return;
        }
        run = Long.toString(System.nanoTime(), 36);
        city = new LinkedHashMap<>();
        Map<String, String> ref = new LinkedHashMap<>();
        for (String key : List.of("S", "P", "Q", "R")) {
            ref.put(key, "place:similar-" + key.toLowerCase(Locale.ROOT) + "-" + run);
            city.put(key, places.addLocalAuthority(new LocalAuthorityDraft(ref.get(key), "Similar" + key + " " + run, "MA", 150_000L,
                    33.0 + city.size() * 0.1, -6.0, List.of("transit"), List.of("western_med"), "Similar figures test"), "test").id());
        }
        String rate = "similar_unemployment_" + run;
        unemployment = catalogue.putIndicator(new IndicatorDraft(rate, Map.of("en", "Unemployment of foreign nationals " + run,
                "fr", "Chômage des ressortissants étrangers " + run), Map.of(), "%", "percent", "average", List.of(),
                List.of("employment"), List.of(), List.of(), List.of(), false, null, 1, "Similar figures test"), "test");
        String count = "similar_refugees_" + run;
        refugees = catalogue.putIndicator(new IndicatorDraft(count, Map.of("en", "Refugees " + run), Map.of(), "persons", "count",
                "sum", List.of(), List.of(), List.of(), List.of(), List.of(), false, null, 0, "Similar figures test"), "test");
        String csv = "indicator,place,period,categories,value,source,method_note,quality,confidentiality\n"
                + rate + "," + ref.get("S") + ",2023,,20,,,,\n"
                + rate + "," + ref.get("P") + ",2021,,30,,,,\n" // an older figure: the latest one counts
                + rate + "," + ref.get("P") + ",2022,,23,,,,\n"
                + rate + "," + ref.get("P") + ",2022-Q3,,20,,,,\n" // a quarter is not a year
                + rate + "," + ref.get("Q") + ",2023,,41,,,,\n"
                + rate + "," + ref.get("R") + ",2023,,21,,,,restricted\n"
                + "population," + ref.get("S") + ",2023,,100000,,,,\n"
                + "population," + ref.get("P") + ",2022,,200000,,,,\n"
                + "population," + ref.get("Q") + ",2023,,300000,,,,\n"
                + count + "," + ref.get("S") + ",2023,,5000,,,,\n"
                + count + "," + ref.get("P") + ",2023,,9000,,,,\n"
                + count + "," + ref.get("Q") + ",2023,,3,,,,\n";
        DataImportReport report = imports.runNow("similar-figures.csv", csv.getBytes(StandardCharsets.UTF_8),
                new DataImport.Options(false, false, "test", Locale.ENGLISH, null));
        assertThat(report.hasProblems()).as("%s", report.problems()).isFalse();
        Editor admin = account();
        for (String key : List.of("P", "Q", "R")) {
            initiatives.create(new InitiativeDraft("init:similar-" + key.toLowerCase(Locale.ROOT) + "-" + run,
                    "Jobs for newcomers in Similar" + key + " " + run, "A municipal service", "inclusive_services", List.of(THEME),
                    List.of(ref.get(key)), List.of(), false, List.of(), List.of(), List.of(), List.of(), LocalDate.of(2019, 3, 1),
                    null, "active", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), "Similar figures test"),
                    admin);
        }
        network.refresh(); // the matching index follows the new snapshot on this thread
    }

    @Test
    void thePublicReadGivesEachPlacesLatestYearlyTotalThatAnAnonymousVisitorSees() {
        Map<Long, DataValues.PublishedTotal> rates = new LinkedHashMap<>();
        Map<Long, DataValues.PublishedTotal> counts = new LinkedHashMap<>();
        for (DataValues.PublishedTotal t : values.publishedTotals()) {
            if (t.indicatorId() == unemployment) {
                rates.put(t.placeId(), t);
            } else if (t.indicatorId() == refugees) {
                counts.put(t.placeId(), t);
            }
        }
        assertThat(rates).containsOnlyKeys(city.get("S"), city.get("P"), city.get("Q")); // R's is restricted
        assertThat(rates.get(city.get("P")).year()).isEqualTo(2022);
        assertThat(rates.get(city.get("P")).value()).isEqualByComparingTo("23");
        assertThat(counts).containsOnlyKeys(city.get("S"), city.get("P")); // Q's 3 is a small count
    }

    @Test
    void aPeerWithSimilarFiguresIsToldSoWithBothCitiesFigures_andComesBeforeOneWithout() {
        MatchingIndex index = indexes.latest().orElseThrow();
        Matches m = matching.forCity(index, city.get("S"), List.of(THEME), List.of(), false, Integer.MAX_VALUE);

        List<Factor> similar = peer(m, city.get("P")).factors().stream().filter(f -> f.kind() == Factor.Kind.SIMILAR_FIGURES).toList();
        // the figure on the theme first, then the other
        assertThat(similar).extracting(Factor::weight).containsExactly(Ranking.SIMILAR_FIGURES_FIRST, Ranking.SIMILAR_FIGURES_MORE);
        String s = "SimilarS " + run;
        assertThat(texts.reason(similar.get(0).reason(), Locale.ENGLISH))
                .isEqualTo("similar figures: Unemployment of foreign nationals " + run + " 23% (2022), against 20% in " + s + " (2023)");
        assertThat(texts.reason(similar.get(0).reason(), Locale.FRENCH))
                .isEqualTo("chiffres comparables : Chômage des ressortissants étrangers " + run + " 23 % (2022), contre 20 % à " + s
                        + " (2023)");
        assertThat(texts.reason(similar.get(1).reason(), Locale.ENGLISH))
                .isEqualTo("similar figures: Refugees " + run + " 45 per 1,000 inhabitants (2023), against 50 in " + s + " (2023)");
        assertThat(texts.reason(similar.get(1).reason(), Locale.forLanguageTag("ar")))
                .isEqualTo("أرقام متقاربة: Refugees " + run + " 45 لكل 1000 نسمة (2023)، مقابل 50 في " + s + " (2023)");
        assertThat(similar.get(0).evidence()).extracting(Factor.Evidence::record, Factor.Evidence::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("place_data", city.get("P")),
                        org.assertj.core.groups.Tuple.tuple("indicator", unemployment));

        // Q's rate is far from S's and its count is protected; R's close rate is restricted: nothing an anonymous visitor sees
        assertThat(peer(m, city.get("Q")).factors()).extracting(Factor::kind).doesNotContain(Factor.Kind.SIMILAR_FIGURES);
        assertThat(peer(m, city.get("R")).factors()).extracting(Factor::kind).doesNotContain(Factor.Kind.SIMILAR_FIGURES);
        // otherwise alike, P comes first
        assertThat(m.suggestions()).extracting(Suggestion::placeId).startsWith(city.get("P"));
    }

    private static Suggestion peer(Matches m, long placeId) {
        return m.suggestions().stream().filter(s -> s.placeId() == placeId).findFirst().orElseThrow(
                () -> new AssertionError("no suggestion of " + placeId + " in " + m.suggestions()));
    }

    private Editor account() {
        String username = "similar-figures-admin-" + run;
        accounts.create(username, "Similar figures admin", "{noop}password-for-tests", Role.ADMINISTRATOR, null, null);
        return accounts.findByUsername(username).orElseThrow();
    }
}
