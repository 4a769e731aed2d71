package org.crossroads.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.shared.statistics.SmallCellSuppression;
import org.crossroads.shared.vocabulary.LocalText;
import org.junit.jupiter.api.Test;

/**
 * What the public sees of stored values, as a specification: small counts hidden as "&lt;5", and values
 * hidden as "x" so that no total the public can see or work out has exactly one hidden part, in any
 * breakdown or slice of it; entitled readers see every value exactly.
 */
class ProtectedValuesTest {

    static final long SFAX = 1;
    static final Indicator ARRIVALS = indicator("arrivals", "count", "sum");
    static final Indicator SHARE = indicator("share", "percent", "average");
    static final List<Dimension> DIMENSIONS = List.of(dimension("sex", "female", "male"), dimension("band", "young", "old"),
            dimension("age_group", "0_14", "15_24", "25_64", "65_plus"));
    static final DataAccess.ConfidentialView PUBLIC = new DataAccess.ConfidentialView(false, false, Set.of());

    final List<DataValues.Row> stored = new ArrayList<>();

    static Indicator indicator(String code, String valueType, String aggregation) {
        return new Indicator(code.hashCode(), code, LocalText.english(code), LocalText.english(code), "persons", valueType, aggregation,
                List.of(), List.of(), List.of(), List.of(), false, null, 0, List.of("sex", "band", "age_group"), "", 1);
    }

    static Dimension dimension(String code, String... categories) {
        List<Dimension.Category> list = new ArrayList<>();
        for (int i = 0; i < categories.length; i++) {
            list.add(new Dimension.Category(categories[i], LocalText.english(categories[i]), i));
        }
        return new Dimension(code.hashCode(), code, LocalText.english(code), list);
    }

    DataValues.Row value(Indicator indicator, String combination, long value, String confidentiality) {
        DataValues.Row row = new DataValues.Row(stored.size() + 1, indicator.code(), SFAX, "Sfax", "TN", "2023", combination,
                DataValues.categories(combination), BigDecimal.valueOf(value), null, null, "unknown", confidentiality, false, null);
        stored.add(row);
        return row;
    }

    DataValues.Row value(String combination, long value) {
        return value(ARRIVALS, combination, value, "public");
    }

    /** What the reader sees, by combination: the number, "&lt;5" or "x"; values they may not see are left out. */
    Map<String, String> seen(DataAccess.ConfidentialView view, int threshold) {
        List<DataValues.Row> visible = stored.stream().filter(r -> view.sees(r.confidentiality(), r.placeId())).toList();
        ProtectedValues values = new ProtectedValues(new SmallCellSuppression(threshold),
                Map.of(ARRIVALS.code(), ARRIVALS, SHARE.code(), SHARE), DIMENSIONS, view);
        Map<String, String> seen = new LinkedHashMap<>();
        values.protect(visible, stored).forEach(v -> seen.put(v.combination(),
                v.suppressed() != null ? v.suppressed() : v.value().toPlainString()));
        return seen;
    }

    Map<String, String> seenByThePublic() {
        return seen(PUBLIC, 5);
    }

    @Test
    void aLoneSmallCountForcesASecondHiddenValueSoTheTotalGivesNothingAway() {
        value("", 120);
        value("sex=female", 3);
        value("sex=male", 117);
        value("age_group=15_24", 20);
        value("age_group=25_64", 100);
        assertThat(seenByThePublic()).containsExactlyInAnyOrderEntriesOf(Map.of("", "120", "sex=female", "<5", "sex=male", "x",
                "age_group=15_24", "20", "age_group=25_64", "100"));
    }

    @Test
    void aValueHiddenInOneSliceOfACrossTableIsProtectedInEveryOtherSlice() {
        value("", 100);
        value("band=young|sex=female", 3);
        value("band=old|sex=female", 40);
        value("band=young|sex=male", 30);
        value("band=old|sex=male", 27);
        Map<String, String> seen = seenByThePublic();
        assertThat(seen).containsEntry("", "100").containsEntry("band=young|sex=female", "<5");
        // the total, each sex and each band (worked out by the pivot) all have none or at least two hidden cells
        for (String slice : List.of("", "sex=female", "sex=male", "band=young", "band=old")) {
            long hidden = seen.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                    .filter(e -> slice.isEmpty() || List.of(e.getKey().split("\\|")).contains(slice))
                    .filter(e -> !e.getValue().matches("\\d+")).count();
            assertThat(hidden).as(slice).isNotEqualTo(1);
        }
    }

    @Test
    void aStoredMarginalProtectsItsSliceAndTheMarginalsThemselvesAreProtected() {
        value("", 200);
        value("sex=female", 90);
        value("sex=male", 110);
        value("age_group=0_14|sex=female", 2);
        value("age_group=15_24|sex=female", 30);
        value("age_group=25_64|sex=female", 58);
        value("age_group=15_24|sex=male", 50);
        value("age_group=25_64|sex=male", 60);
        Map<String, String> seen = seenByThePublic();
        assertThat(seen).containsEntry("age_group=0_14|sex=female", "<5").containsEntry("age_group=15_24|sex=female", "x")
                .containsEntry("sex=female", "90").containsEntry("", "200");
        // age 15_24 (worked out by the pivot from the cells) now has one hidden cell: its other cell is hidden too
        assertThat(seen).containsEntry("age_group=15_24|sex=male", "x");
        // and so the men's slice, with a stored total, hides a second cell
        assertThat(seen).containsEntry("age_group=25_64|sex=male", "x");
    }

    @Test
    void aValueTheReaderMayNotSeeCountsAsHiddenSoItsComplementIsHidden() {
        value("", 80);
        value("sex=female", 50);
        value(ARRIVALS, "sex=male", 30, "confidential");
        assertThat(seenByThePublic()).containsExactlyInAnyOrderEntriesOf(Map.of("", "80", "sex=female", "x"));
    }

    @Test
    void zerosStayVisibleASmallTotalIsHiddenAndTheThresholdIsTheSetting() {
        value("", 7);
        value("sex=female", 0);
        value("sex=male", 7);
        assertThat(seenByThePublic()).containsEntry("sex=female", "0").containsEntry("", "7");
        assertThat(seen(PUBLIC, 10)).containsEntry("", "<10").containsEntry("sex=male", "<10").containsEntry("sex=female", "0");
    }

    @Test
    void valuesThatAreNotCountsAreNeverSuppressed() {
        value(SHARE, "", 2, "public");
        value(SHARE, "sex=female", 3, "public");
        value(SHARE, "sex=male", 1, "confidential");
        assertThat(seenByThePublic()).containsExactlyInAnyOrderEntriesOf(Map.of("", "2", "sex=female", "3"));
    }

    @Test
    void theCitysOwnEditorsAndItsNetworksCoordinatorsSeeExactValues() {
        value("", 80);
        value("sex=female", 3);
        value(ARRIVALS, "sex=male", 77, "confidential");
        var focalPoint = new DataAccess.ConfidentialView(true, false, Set.of(SFAX));
        assertThat(seen(focalPoint, 5)).containsExactlyInAnyOrderEntriesOf(Map.of("", "80", "sex=female", "3", "sex=male", "77"));
        var editorOfAnotherCity = new DataAccess.ConfidentialView(true, false, Set.of(SFAX + 1));
        assertThat(seen(editorOfAnotherCity, 5)).containsExactlyInAnyOrderEntriesOf(Map.of("", "80", "sex=female", "<5"));
    }

    @Test
    void aPageThatEndsInsideAGroupProtectsItAsTheWholeGroup() {
        value("", 120);
        DataValues.Row female = value("sex=female", 3);
        DataValues.Row male = value("sex=male", 117);
        ProtectedValues values = new ProtectedValues(new SmallCellSuppression(5), Map.of(ARRIVALS.code(), ARRIVALS),
                DIMENSIONS, PUBLIC);
        assertThat(values.protect(List.of(male), stored).get(0).suppressed()).isEqualTo("x");
        assertThat(values.protect(List.of(female), stored).get(0).value()).isNull();
    }
}
