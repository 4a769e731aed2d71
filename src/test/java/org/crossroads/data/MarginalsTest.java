package org.crossroads.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How the marginals of one indicator, place and period follow from its stored cells. */
class MarginalsTest {

    private static Marginals.Cell cell(String combination, int value) {
        return cell(combination, value, "public");
    }

    private static Marginals.Cell cell(String combination, int value, String confidentiality) {
        return new Marginals.Cell(combination, BigDecimal.valueOf(value), confidentiality);
    }

    private static Map<String, Marginals.Marginal> byKey(List<Marginals.Marginal> marginals) {
        return marginals.stream().collect(Collectors.toMap(m -> m.dimension() + "=" + m.category(), m -> m));
    }

    @Test
    void aFinestBreakdownGivesEveryCategoryAndTheTotal() {
        var m = byKey(Marginals.of(List.of(cell("age_group=0_14|sex=female", 10), cell("age_group=0_14|sex=male", 20),
                cell("age_group=15_24|sex=female", 30), cell("age_group=15_24|sex=male", 40)), "sum"));
        assertThat(m.get("=").value()).isEqualByComparingTo("100");
        assertThat(m.get("=").cells()).isEqualTo(4);
        assertThat(m.get("sex=female").value()).isEqualByComparingTo("40");
        assertThat(m.get("age_group=15_24").value()).isEqualByComparingTo("70");
        assertThat(m).hasSize(5);
    }

    @Test
    void givenValuesWinOverAggregates() {
        var m = byKey(Marginals.of(List.of(cell("", 120), cell("sex=female", 50), cell("age_group=0_14|sex=female", 10),
                cell("age_group=0_14|sex=male", 20)), "sum"));
        assertThat(m.get("=").value()).isEqualByComparingTo("120");
        assertThat(m.get("=").cells()).isEqualTo(1);
        assertThat(m.get("sex=female").value()).isEqualByComparingTo("50");
        assertThat(m.get("sex=male").value()).isEqualByComparingTo("20");
    }

    @Test
    void breakdownsByDifferentDimensionsAreNeverAddedIntoATotal() {
        var m = byKey(Marginals.of(List.of(cell("sex=female", 10), cell("sex=male", 20), cell("age_group=0_14", 12)), "sum"));
        assertThat(m).doesNotContainKey("=");
        assertThat(m.get("sex=male").value()).isEqualByComparingTo("20");
        var single = byKey(Marginals.of(List.of(cell("sex=female", 10), cell("sex=male", 20)), "sum"));
        assertThat(single.get("=").value()).isEqualByComparingTo("30");
    }

    @Test
    void averagesAverageAndGiveNoTotal() {
        var m = byKey(Marginals.of(List.of(cell("age_group=0_14|sex=female", 10), cell("age_group=15_24|sex=female", 20)), "average"));
        assertThat(m.get("sex=female").value()).isEqualByComparingTo("15");
        assertThat(m).doesNotContainKey("=");
    }

    @Test
    void indicatorsThatDoNotAggregateKeepOnlyGivenValues() {
        var m = byKey(Marginals.of(List.of(cell("", 7), cell("age_group=0_14|sex=female", 10)), "none"));
        assertThat(m).containsOnlyKeys("=");
    }

    @Test
    void theStrictestConfidentialityBehindAFigureGoesWithIt() {
        var m = byKey(Marginals.of(List.of(cell("age_group=0_14|sex=female", 10, "public"),
                cell("age_group=15_24|sex=female", 20, "confidential"), cell("age_group=0_14|sex=male", 5, "restricted")), "sum"));
        assertThat(m.get("sex=female").confidentiality()).isEqualTo("confidential");
        assertThat(m.get("sex=male").confidentiality()).isEqualTo("restricted");
        assertThat(m.get("age_group=0_14").confidentiality()).isEqualTo("restricted");
        assertThat(m.get("=").confidentiality()).isEqualTo("confidential");
    }
}
