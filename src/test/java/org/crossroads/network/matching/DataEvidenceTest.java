package org.crossroads.network.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
 * Matching reads the cities' public data on the theme: an indicator of the integration domain "employment" (which
 * network/domain-themes.csv maps to the theme "labour_mobility") with values at three cities. P publishes a value
 * anyone sees; Q has only a small public count (shown as "&lt;5", so hidden) and a restricted value (signed-in
 * readers only); R publishes a value but holds no other evidence on the theme. S asks for peers on the theme.
 */
@IntegrationTest
class DataEvidenceTest {

    static final String THEME = "labour_mobility";
    static String run;
    static Map<String, Long> city;
    static long indicator;

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
            ref.put(key, "place:data-evidence-" + key.toLowerCase(Locale.ROOT) + "-" + run);
            city.put(key, places.addLocalAuthority(new LocalAuthorityDraft(ref.get(key), "Data" + key + " " + run, "TN", 300_000L,
                    35.0 + city.size() * 0.1, 10.0, List.of("transit"), List.of("central_med"), "Data evidence test"), "test").id());
        }
        String code = "data_evidence_jobseekers_" + run;
        indicator = catalogue.putIndicator(new IndicatorDraft(code, Map.of("en", "Registered jobseekers " + run), Map.of(),
                "persons", "count", "sum", List.of(), List.of("employment"), List.of(), List.of(), List.of(), false, null, 0,
                "Data evidence test"), "test");
        String csv = "indicator,place,period,categories,value,source,method_note,quality,confidentiality\n"
                + code + "," + ref.get("P") + ",2023,,120,,,,\n"
                + code + "," + ref.get("Q") + ",2023,,3,,,,\n"
                + code + "," + ref.get("Q") + ",2024,,200,,,,restricted\n"
                + code + "," + ref.get("R") + ",2023,,80,,,,\n";
        DataImportReport report = imports.runNow("data-evidence.csv", csv.getBytes(StandardCharsets.UTF_8),
                new DataImport.Options(false, false, "test", Locale.ENGLISH, null));
        assertThat(report.hasProblems()).as("%s", report.problems()).isFalse();
        Editor admin = account();
        for (String key : List.of("P", "Q")) {
            initiatives.create(new InitiativeDraft("init:data-evidence-" + key.toLowerCase(Locale.ROOT) + "-" + run,
                    "Job placement desk of Data" + key + " " + run, "A municipal service", "inclusive_services", List.of(THEME),
                    List.of(ref.get(key)), List.of(), false, List.of(), List.of(), List.of(), List.of(), LocalDate.of(2019, 3, 1),
                    null, "active", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), "Data evidence test"),
                    admin);
        }
        network.refresh(); // the matching index follows the new snapshot on this thread
    }

    @Test
    void thePublicReadNamesOnlyIndicatorsAnAnonymousVisitorSeesAValueOf() {
        List<DataValues.PublishedIndicator> published = values.publishedIndicators().stream()
                .filter(p -> p.indicatorId() == indicator).toList();
        assertThat(published).extracting(DataValues.PublishedIndicator::placeId)
                .containsExactlyInAnyOrder(city.get("P"), city.get("R"));
    }

    @Test
    void aPeerPublishingDataOnTheThemeGetsTheDataFactorAndOneWithOnlyProtectedValuesDoesNot() {
        MatchingIndex index = indexes.latest().orElseThrow();
        Matches m = matching.forCity(index, city.get("S"), List.of(THEME), List.of(), false, Integer.MAX_VALUE);

        Suggestion p = peer(m, city.get("P"));
        Factor data = p.factors().stream().filter(f -> f.kind() == Factor.Kind.DATA).findFirst().orElseThrow();
        assertThat(data.weight()).isEqualTo(Ranking.PUBLISHED_DATA);
        assertThat(data.evidence()).extracting(Factor.Evidence::record, Factor.Evidence::id).containsExactly(
                tuple("place_data", city.get("P")), tuple("indicator", indicator));
        assertThat(data.evidence().get(0).href()).isEqualTo("/data/values?place=" + city.get("P"));
        assertThat(texts.reason(data.reason(), Locale.ENGLISH)).isEqualTo("publishes data on Labour mobility and skills: 1 indicator");
        assertThat(texts.reason(data.reason(), Locale.FRENCH))
                .isEqualTo("publie des données sur le thème « mobilité de la main-d'œuvre et compétences » : 1 indicateur");
        assertThat(texts.reason(data.reason(), Locale.forLanguageTag("ar")))
                .isEqualTo("تنشر بيانات عن موضوع «تنقل اليد العاملة والمهارات»: مؤشر واحد");
        // the data factor comes after what the peer has done, before its context
        assertThat(p.factors()).extracting(Factor::kind).startsWith(Factor.Kind.INITIATIVE, Factor.Kind.DATA);

        // Q: a small count ("<5") and a restricted value are nothing an anonymous visitor sees
        assertThat(peer(m, city.get("Q")).factors()).extracting(Factor::kind).doesNotContain(Factor.Kind.DATA);
        // P and Q are alike but for the data: P comes first
        assertThat(m.suggestions()).extracting(Suggestion::placeId).containsSubsequence(city.get("P"), city.get("Q"));
        // R publishes data but has done nothing on the theme: data supports a candidate, it never makes one
        assertThat(m.suggestions()).extracting(Suggestion::placeId).doesNotContain(city.get("R"));
    }

    @Test
    void withoutATheme_theDataFactorCountsTheIndicatorsOnAnyTheme() {
        MatchingIndex index = indexes.latest().orElseThrow();
        Matches m = matching.forCity(index, city.get("S"), List.of(), List.of(), false, Integer.MAX_VALUE);
        Factor data = peer(m, city.get("P")).factors().stream().filter(f -> f.kind() == Factor.Kind.DATA).findFirst().orElseThrow();
        assertThat(texts.reason(data.reason(), Locale.ENGLISH)).isEqualTo("publishes data: 1 indicator");
        assertThat(peer(m, city.get("Q")).factors()).extracting(Factor::kind).doesNotContain(Factor.Kind.DATA);
    }

    private static Suggestion peer(Matches m, long placeId) {
        return m.suggestions().stream().filter(s -> s.placeId() == placeId).findFirst().orElseThrow(
                () -> new AssertionError("no suggestion of " + placeId + " in " + m.suggestions()));
    }

    private Editor account() {
        String username = "data-evidence-admin-" + run;
        accounts.create(username, "Data evidence admin", "{noop}password-for-tests", Role.ADMINISTRATOR, null, null);
        return accounts.findByUsername(username).orElseThrow();
    }
}
