package org.crossroads.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Analytics over the marginals, for each kind of reader: the public (small counts suppressed, nothing
 * restricted or confidential), a city's focal point (exact figures of its own city only), a network's
 * coordinator and an administrator.
 */
@IntegrationTest
class DataAnalyticsTest {

    @Autowired ApplicationContext context;
    @Autowired DataAnalytics analytics;
    @Autowired DataAccess access;
    @Autowired Organisations organisations;
    @Autowired Accounts accounts;
    @Autowired Places places;

    static final Optional<Editor> PUBLIC = Optional.empty();

    @BeforeEach
    void load() {
        AnalyticsFixtures.load(context);
    }

    long place(String reference) {
        return places.resolve(reference).orElseThrow().id();
    }

    Optional<Editor> editor(String username) {
        return accounts.findByUsername(username);
    }

    long network() {
        return organisations.resolve(AnalyticsFixtures.NETWORK).orElseThrow().id();
    }

    Pivot pivotBySex(Optional<Editor> reader, String... cities) {
        return analytics.pivot(new PivotQuery(List.of(AnalyticsFixtures.INDICATOR),
                java.util.Arrays.stream(cities).map(this::place).toList(), List.of("2023"), "sex", PivotQuery.Rows.PLACES, 100, 0),
                reader);
    }

    /** The row of a city as "period/category" → figure; an absent figure is not in the map. */
    static Map<String, Figure> row(Pivot pivot, String city) {
        Pivot.Row row = pivot.rows().stream().filter(r -> (r.place().name() + ", " + r.place().countryCode()).equals(city))
                .findFirst().orElse(null);
        if (row == null) {
            return Map.of();
        }
        Map<String, Figure> cells = new java.util.LinkedHashMap<>();
        for (int c = 0; c < pivot.columns().size(); c++) {
            if (row.cells().get(c) != null) {
                cells.put(pivot.columns().get(c).period() + "/" + pivot.columns().get(c).category(), row.cells().get(c));
            }
        }
        return cells;
    }

    @Test
    void thePublicSeesASmallCountByCategoryAsSuppressedWithAComplementaryCellAndTheCityFocalPointSeesTheNumbers() {
        Pivot publicPivot = pivotBySex(PUBLIC, "Thiès, SN");
        assertThat(publicPivot.columns()).extracting(Pivot.Column::category).containsExactly("", "female", "male");
        Map<String, Figure> thies = row(publicPivot, "Thiès, SN");
        assertThat(thies.get("2023/").value()).isEqualByComparingTo("120");
        assertThat(thies.get("2023/female").suppressed()).isTrue();
        assertThat(thies.get("2023/female").small()).isTrue();
        assertThat(thies.get("2023/female").value()).isNull();
        assertThat(thies.get("2023/male").suppressed()).as("120 - male would give female away").isTrue();
        assertThat(thies.get("2023/male").small()).isFalse();
        assertThat(publicPivot.threshold()).isEqualTo(5);

        Map<String, Figure> exact = row(pivotBySex(editor(AnalyticsFixtures.THIES_FOCAL_POINT), "Thiès, SN"), "Thiès, SN");
        assertThat(exact.get("2023/female").value()).isEqualByComparingTo("3");
        assertThat(exact.get("2023/male").value()).isEqualByComparingTo("117");

        Map<String, Figure> otherCity = row(pivotBySex(editor(AnalyticsFixtures.KAOLACK_FOCAL_POINT), "Thiès, SN"), "Thiès, SN");
        assertThat(otherCity.get("2023/female").suppressed()).as("not Kaolack's own city").isTrue();
    }

    @Test
    void confidentialCellsAreAbsentForThePublicAndForAnotherCitysFocalPointButNotForTheCitysOwn() {
        for (Optional<Editor> outsider : List.of(PUBLIC, editor(AnalyticsFixtures.THIES_FOCAL_POINT))) {
            Map<String, Figure> kaolack = row(pivotBySex(outsider, "Kaolack, SN"), "Kaolack, SN");
            assertThat(kaolack).doesNotContainKey("2023/male");
            assertThat(kaolack.get("2023/female").suppressed()).as("80 - female would give the confidential male away").isTrue();
            assertThat(row(pivotBySex(outsider, "Saint-Louis, SN"), "Saint-Louis, SN")).isEmpty();
        }
        Map<String, Figure> own = row(pivotBySex(editor(AnalyticsFixtures.KAOLACK_FOCAL_POINT), "Kaolack, SN"), "Kaolack, SN");
        assertThat(own.get("2023/male").value()).isEqualByComparingTo("30");
        assertThat(own.get("2023/male").confidentiality()).isEqualTo("confidential");
        assertThat(own.get("2023/female").value()).isEqualByComparingTo("50");
        Map<String, Figure> coordinator = row(pivotBySex(editor(AnalyticsFixtures.COORDINATOR), "Saint-Louis, SN"), "Saint-Louis, SN");
        assertThat(coordinator.get("2023/").value()).isEqualByComparingTo("60");
    }

    @Test
    void restrictedFiguresNeedASignedInEditor() {
        assertThat(row(pivotBySex(PUBLIC, "Tambacounda, SN"), "Tambacounda, SN")).isEmpty();
        assertThat(row(pivotBySex(editor(AnalyticsFixtures.THIES_FOCAL_POINT), "Tambacounda, SN"), "Tambacounda, SN")
                .get("2023/").value()).isEqualByComparingTo("45");
    }

    @Test
    void withoutPlacesThePivotListsThePlacesWithFiguresTheReaderMaySeeByName() {
        Pivot all = analytics.pivot(new PivotQuery(List.of(AnalyticsFixtures.INDICATOR), List.of(), List.of("2023"), null,
                PivotQuery.Rows.PLACES, 100, 0), PUBLIC);
        List<String> names = all.rows().stream().map(r -> r.place().name()).toList();
        assertThat(names).containsExactlyInAnyOrder("Kaolack", "Sikasso", "Ségou", "Thiès", "Ziguinchor");
        Pivot page = analytics.pivot(new PivotQuery(List.of(AnalyticsFixtures.INDICATOR), List.of(), List.of("2023"), null,
                PivotQuery.Rows.PLACES, 2, 2), PUBLIC);
        assertThat(page.rows()).extracting(r -> r.place().name()).containsExactlyElementsOf(names.subList(2, 4));
        assertThat(page.more()).isTrue();
        assertThatThrownBy(() -> analytics.pivot(new PivotQuery(List.of("no_such_indicator"), List.of(), List.of(), null,
                null, 10, 0), PUBLIC)).isInstanceOf(UnknownSelectionException.class);
    }

    @Test
    void aTimeSeriesRunsFromTheOldestPeriod() {
        TimeSeries series = analytics.timeSeries(AnalyticsFixtures.INDICATOR, place("Thiès, SN"), "sex", PUBLIC);
        assertThat(series.points()).extracting(TimeSeries.Point::period).containsExactly("2022", "2023", "2023-Q3", "2024");
        assertThat(series.points()).extracting(p -> p.total().value()).extracting(BigDecimal::intValue)
                .containsExactly(100, 120, 30, 140);
        assertThat(series.categories()).containsExactly("female", "male");
        assertThat(series.points().get(1).categories().get("female").small()).isTrue();
    }

    @Test
    void aCityIsComparedWithTheMedianAndRangeOfTheFiguresTheReaderSeesOfItsNetwork() {
        NetworkComparison publicView = analytics.comparison(AnalyticsFixtures.INDICATOR, place("Thiès, SN"), "2023", network(), PUBLIC);
        // Kaolack 80 and Thiès 120 shown; Ziguinchor's 2 is a small count; Tambacounda restricted, Saint-Louis confidential
        assertThat(publicView.count()).isEqualTo(2);
        assertThat(publicView.median()).isEqualByComparingTo("100");
        assertThat(publicView.min()).isEqualByComparingTo("80");
        assertThat(publicView.max()).isEqualByComparingTo("120");
        assertThat(publicView.leftOut()).isEqualTo(1);
        assertThat(publicView.rank()).isEqualTo(1);
        assertThat(publicView.ranked()).isEqualTo(2);
        assertThat(publicView.members()).extracting(m -> m.place().name()).containsExactly("Thiès", "Kaolack", "Ziguinchor");

        NetworkComparison coordinator = analytics.comparison(AnalyticsFixtures.INDICATOR, place("Kaolack, SN"), "2023", network(),
                editor(AnalyticsFixtures.COORDINATOR));
        // 2, 45, 60, 80, 120
        assertThat(coordinator.count()).isEqualTo(5);
        assertThat(coordinator.median()).isEqualByComparingTo("60");
        assertThat(coordinator.min()).isEqualByComparingTo("2");
        assertThat(coordinator.max()).isEqualByComparingTo("120");
        assertThat(coordinator.rank()).isEqualTo(2);
        assertThat(coordinator.leftOut()).isZero();

        NetworkComparison latest = analytics.comparison(AnalyticsFixtures.INDICATOR, place("Thiès, SN"), null, network(), PUBLIC);
        assertThat(latest.period()).isEqualTo("2024");
        assertThat(latest.count()).isEqualTo(1);
    }

    @Test
    void theMapSumsCitiesByCountryAndProtectsCountryTotals() {
        MapLayer publicMap = analytics.mapLayer(AnalyticsFixtures.INDICATOR, "2023", null, null, PUBLIC);
        Map<String, MapLayer.Country> countries = publicMap.countries().stream()
                .collect(Collectors.toMap(MapLayer.Country::countryCode, c -> c));
        // Mali: 1 + 2 = 3 over two hidden cities; even "<5" would tell that each is below 4, so "x"
        assertThat(countries.get("ML").figure().suppressed()).isTrue();
        assertThat(countries.get("ML").figure().small()).isFalse();
        assertThat(countries.get("ML").cities()).isEqualTo(2);
        // Senegal: 120 + 80 + 2 (hidden) would give Ziguinchor's 2 away as the total minus the cities shown
        assertThat(countries.get("SN").figure().suppressed()).isTrue();
        assertThat(countries.get("SN").figure().small()).isFalse();
        assertThat(publicMap.cities()).extracting(c -> c.place().name())
                .containsExactly("Thiès", "Kaolack", "Sikasso", "Ségou", "Ziguinchor")
                .doesNotContain("Saint-Louis", "Tambacounda");
        assertThat(publicMap.cityRange().to()).isEqualByComparingTo("120");

        MapLayer adminMap = analytics.mapLayer(AnalyticsFixtures.INDICATOR, "2023", null, null, editor("admin"));
        MapLayer.Country senegal = adminMap.countries().stream().filter(c -> c.countryCode().equals("SN")).findFirst().orElseThrow();
        assertThat(senegal.figure().value()).isEqualByComparingTo("307");
        assertThat(senegal.band()).isEqualTo(adminMap.bands().size() - 1);
        MapLayer.Country mali = adminMap.countries().stream().filter(c -> c.countryCode().equals("ML")).findFirst().orElseThrow();
        assertThat(mali.figure().suppressed()).as("the administrator is entitled to every city").isFalse();
        assertThat(mali.band()).isZero();

        MapLayer female = analytics.mapLayer(AnalyticsFixtures.INDICATOR, "2023", "sex", "female", PUBLIC);
        assertThat(female.cities()).extracting(c -> c.place().name()).containsExactlyInAnyOrder("Thiès", "Kaolack");
        assertThat(female.cities()).allMatch(c -> c.figure().suppressed(), "the same protection as the pivot");
    }

    @Test
    void theConfidentialViewAgreesWithTheAccessRules() {
        for (String username : List.of(AnalyticsFixtures.THIES_FOCAL_POINT, AnalyticsFixtures.COORDINATOR, "admin")) {
            Editor editor = editor(username).orElseThrow();
            DataAccess.ConfidentialView view = access.confidentialView(Optional.of(editor));
            for (String city : List.of("Thiès, SN", "Kaolack, SN", "Sikasso, ML")) {
                assertThat(view.covers(place(city))).as(username + " " + city).isEqualTo(access.maySeeConfidential(editor, place(city)));
            }
        }
        assertThat(access.confidentialView(PUBLIC).sees("restricted", place("Thiès, SN"))).isFalse();
    }
}
