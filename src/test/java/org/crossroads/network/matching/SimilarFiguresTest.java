package org.crossroads.network.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.data.DataValues.PublishedTotal;
import org.crossroads.data.Indicator;
import org.crossroads.network.matching.SimilarFigures.Figure;
import org.crossroads.network.matching.SimilarFigures.Scale;
import org.crossroads.shared.vocabulary.LocalText;
import org.junit.jupiter.api.Test;

/** When two cities' public figures describe a similar situation, and how a count becomes comparable. */
class SimilarFiguresTest {

    static final Indicator POPULATION = indicator(1, "population", "count", "sum", null);
    static final Indicator REFUGEES = indicator(2, "refugees", "count", "sum", null);
    static final Indicator UNEMPLOYMENT = indicator(3, "unemployment", "percent", "average", null);
    static final Indicator FOREIGN_BORN = indicator(4, "foreign_born", "count", "sum", null);
    static final Indicator FOREIGN_BORN_SHARE = indicator(5, "foreign_born_share", "percent", "none",
            "foreign_born / population * 100");
    static final Indicator REMITTANCES = indicator(6, "remittances", "currency", "sum", null);
    static final Indicator DEPENDENCY = indicator(7, "dependency", "ratio", "none", null);
    static final Map<Long, Indicator> CATALOGUE = Map.of(1L, POPULATION, 2L, REFUGEES, 3L, UNEMPLOYMENT, 4L, FOREIGN_BORN,
            5L, FOREIGN_BORN_SHARE, 6L, REMITTANCES, 7L, DEPENDENCY);

    @Test
    void percentagesAndRatiosCompareAsPublished_countsPerThousandInhabitants_moneyAndThePopulationNot() {
        Map<Long, List<Figure>> figures = SimilarFigures.of(List.of(total(10, POPULATION, 2022, 200_000), total(10, REFUGEES, 2023, 9_000),
                total(10, UNEMPLOYMENT, 2023, 21.5), total(10, REMITTANCES, 2023, 5_000_000), total(10, DEPENDENCY, 2021, 0.456)),
                CATALOGUE, Map.of());
        assertThat(figures.get(10L)).extracting(Figure::indicatorId, Figure::scale, Figure::value, Figure::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, Scale.PER_THOUSAND, 45.0, "45"),
                org.assertj.core.groups.Tuple.tuple(3L, Scale.PERCENT, 21.5, "21.5"),
                org.assertj.core.groups.Tuple.tuple(7L, Scale.RATIO, 0.456, "0.46"));
    }

    @Test
    void aCountIsNotComparedWithoutAPopulationOfANearbyYear_norWhenItExceedsThePopulation() {
        assertThat(SimilarFigures.of(List.of(total(10, REFUGEES, 2023, 9_000)), CATALOGUE, Map.of())).isEmpty();
        assertThat(SimilarFigures.of(List.of(total(10, POPULATION, 2019, 200_000), total(10, REFUGEES, 2023, 9_000)), CATALOGUE,
                Map.of())).isEmpty();
        assertThat(SimilarFigures.of(List.of(total(10, POPULATION, 2023, 2_000), total(10, REFUGEES, 2023, 9_000)), CATALOGUE,
                Map.of())).isEmpty();
    }

    @Test
    void aCountTheCityAlsoPublishesAsAShareIsComparedOnceAsTheShare() {
        Map<Long, List<Figure>> figures = SimilarFigures.of(List.of(total(10, POPULATION, 2023, 100_000),
                total(10, FOREIGN_BORN, 2023, 12_000), total(10, FOREIGN_BORN_SHARE, 2023, 12)), CATALOGUE, Map.of());
        assertThat(figures.get(10L)).extracting(Figure::indicatorId).containsExactly(5L);
    }

    @Test
    void similarMeansWithinAQuarterOrTwoPercentagePoints_aFewYearsApartAtMost_andNeverNone() {
        assertThat(SimilarFigures.similar(percent(3, 20, 2023), percent(3, 24, 2022))).isTrue(); // 4 of 24: a sixth
        assertThat(SimilarFigures.similar(percent(3, 20, 2023), percent(3, 27, 2023))).isFalse(); // 7 of 27: more than a quarter
        assertThat(SimilarFigures.similar(percent(3, 3, 2023), percent(3, 5, 2023))).isTrue(); // two points
        assertThat(SimilarFigures.similar(rate(2, 3, 2023), rate(2, 5, 2023))).isFalse(); // a rate has no points
        assertThat(SimilarFigures.similar(percent(3, 20, 2023), percent(3, 20, 2019))).isFalse(); // four years apart
        assertThat(SimilarFigures.similar(percent(3, 0, 2023), percent(3, 0, 2023))).isFalse();
    }

    @Test
    void figuresOnTheRequestsThemesComeFirst_thenTheClosest_twoAtMost() {
        Figure unemployment = new Figure(3, UNEMPLOYMENT.name(), 2023, 20, Scale.PERCENT, Set.of("employment"));
        Figure refugees = new Figure(2, REFUGEES.name(), 2023, 45, Scale.PER_THOUSAND, Set.of());
        Figure dependency = new Figure(7, DEPENDENCY.name(), 2023, 0.5, Scale.RATIO, Set.of());
        List<Figure> a = List.of(refugees, unemployment, dependency);
        List<Figure> b = List.of(new Figure(2, REFUGEES.name(), 2022, 45, Scale.PER_THOUSAND, Set.of()),
                new Figure(3, UNEMPLOYMENT.name(), 2023, 24, Scale.PERCENT, Set.of("employment")),
                new Figure(7, DEPENDENCY.name(), 2023, 0.51, Scale.RATIO, Set.of()));
        assertThat(SimilarFigures.between(a, b, List.of("employment"))).extracting(p -> p.suggested().indicatorId())
                .containsExactly(3L, 2L);
        assertThat(SimilarFigures.between(a, b, List.of())).extracting(p -> p.suggested().indicatorId()).containsExactly(2L, 7L);
        assertThat(SimilarFigures.between(a, List.of(), List.of())).isEmpty();
    }

    private static Figure percent(long indicator, double value, int year) {
        return new Figure(indicator, LocalText.english("#" + indicator), year, value, Scale.PERCENT, Set.of());
    }

    private static Figure rate(long indicator, double value, int year) {
        return new Figure(indicator, LocalText.english("#" + indicator), year, value, Scale.PER_THOUSAND, Set.of());
    }

    private static PublishedTotal total(long place, Indicator indicator, int year, double value) {
        return new PublishedTotal(place, indicator.id(), year, BigDecimal.valueOf(value));
    }

    private static Indicator indicator(long id, String code, String valueType, String aggregation, String formula) {
        return new Indicator(id, code, LocalText.english(code), LocalText.english(code), "", valueType, aggregation, List.of(),
                List.of(), List.of(), List.of(), false, formula, 0, List.of(), "test", 1);
    }
}
