package org.crossroads.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.crossroads.data.MarginalReads.Marginal;
import org.crossroads.shared.statistics.SmallCellSuppression;
import org.crossroads.shared.vocabulary.LocalText;
import org.junit.jupiter.api.Test;

/**
 * The figures of a city as a reader sees them, over random breakdowns by two dimensions at once (sex and
 * age group share one total): no small count shown to the public, nothing above the reader's level, and
 * in no breakdown a single hidden figure next to a shown total.
 */
class ProtectedFiguresTest {

    static final List<String> SEXES = List.of("female", "male");
    static final List<String> AGES = List.of("0_14", "15_24", "25_64", "65_plus");
    static final Indicator COUNT = new Indicator(1, "arrivals", LocalText.english("Arrivals"), LocalText.english(""), "persons",
            "count", "sum", List.of(), List.of(), List.of(), List.of(), false, null, 0, List.of("sex", "age_group"), null, 0);
    static final List<Dimension> DIMENSIONS = List.of(dimension(1, "sex", SEXES), dimension(2, "age_group", AGES));
    static final long CITY = 7;

    static Dimension dimension(long id, String code, List<String> categories) {
        return new Dimension(id, code, LocalText.english(code),
                categories.stream().map(c -> new Dimension.Category(c, LocalText.english(c), 0)).toList());
    }

    ProtectedFigures figures(DataAccess.ConfidentialView view) {
        return new ProtectedFigures(Map.of(1L, COUNT), DIMENSIONS, view, new SmallCellSuppression(5));
    }

    @Test
    void theCitysOwnReaderSeesEverythingExactly() {
        List<Marginal> rows = List.of(marginal("", "", 3, "confidential"), marginal("sex", "female", 3, "confidential"));
        ProtectedFigures.Group own = figures(new DataAccess.ConfidentialView(true, false, Set.of(CITY))).protect(rows).get(0);
        assertThat(own.total().value()).isEqualByComparingTo("3");
        assertThat(own.figure("sex", "female").value()).isEqualByComparingTo("3");
        assertThat(figures(new DataAccess.ConfidentialView(true, false, Set.of(CITY + 1))).protect(rows)).isEmpty();
    }

    @Test
    void aBreakdownThatOnlyTheTotalCanProtectHidesTheTotalInEveryBreakdown() {
        // a dimension of one category, given as confidential: a public total would be that very figure, so the total
        // is hidden, and then the age groups must not add up to it either
        List<Dimension> dimensions = List.of(dimension(3, "status", List.of("refugee")), dimension(2, "age_group", AGES));
        List<Marginal> rows = List.of(marginal("", "", 40, "public"), marginal("status", "refugee", 40, "confidential"),
                marginal("age_group", "0_14", 10, "public"), marginal("age_group", "15_24", 10, "public"),
                marginal("age_group", "25_64", 20, "public"), marginal("age_group", "65_plus", 0, "public"));
        ProtectedFigures.Group group = new ProtectedFigures(Map.of(1L, COUNT), dimensions,
                new DataAccess.ConfidentialView(false, false, Set.of()), new SmallCellSuppression(5)).protect(rows).get(0);
        assertThat(group.total().suppressed()).isTrue();
        assertThat(group.figure("status", "refugee")).isNull();
        assertThat(group.figures().get("age_group").values()).filteredOn(Figure::suppressed).hasSize(1);
    }

    @Test
    void noRandomCityShowsTheSubjectOfASuppressionToThePublic() {
        Random random = new Random(11);
        for (int n = 0; n < 10_000; n++) {
            int[][] cells = new int[SEXES.size()][AGES.size()];
            int total = 0;
            for (int s = 0; s < SEXES.size(); s++) {
                for (int a = 0; a < AGES.size(); a++) {
                    cells[s][a] = random.nextInt(4) == 0 ? 0 : random.nextInt(3) == 0 ? 1 + random.nextInt(4) : random.nextInt(60);
                    total += cells[s][a];
                }
            }
            List<Marginal> rows = new ArrayList<>();
            rows.add(marginal("", "", total, level(random)));
            for (int s = 0; s < SEXES.size(); s++) {
                int sum = 0;
                for (int a = 0; a < AGES.size(); a++) {
                    sum += cells[s][a];
                }
                rows.add(marginal("sex", SEXES.get(s), sum, level(random)));
            }
            for (int a = 0; a < AGES.size(); a++) {
                int sum = 0;
                for (int s = 0; s < SEXES.size(); s++) {
                    sum += cells[s][a];
                }
                rows.add(marginal("age_group", AGES.get(a), sum, level(random)));
            }
            List<ProtectedFigures.Group> groups = figures(new DataAccess.ConfidentialView(false, false, Set.of())).protect(rows);
            String city = "city " + n + ": " + rows;
            if (groups.isEmpty()) {
                assertThat(rows).as(city).allMatch(r -> !r.confidentiality().equals("public"));
                continue;
            }
            ProtectedFigures.Group g = groups.get(0);
            for (Marginal m : rows) {
                Figure f = g.figure(m.dimension(), m.category());
                if (!m.confidentiality().equals("public")) {
                    assertThat(f).as(city + " " + m).isNull();
                } else if (!f.suppressed()) {
                    assertThat(m.value().intValue()).as(city + " " + m).matches(v -> v == 0 || v >= 5);
                    assertThat(f.value()).isEqualByComparingTo(m.value());
                }
            }
            boolean totalShown = g.total() != null && !g.total().suppressed();
            for (String dimension : List.of("sex", "age_group")) {
                long hidden = rows.stream().filter(m -> m.dimension().equals(dimension))
                        .filter(m -> g.figure(dimension, m.category()) == null || g.figure(dimension, m.category()).suppressed()).count();
                if (totalShown) {
                    assertThat(hidden).as(city + " " + dimension).isNotEqualTo(1);
                } else if (total > 0) {
                    assertThat(hidden).as(city + " " + dimension + ": the parts would add up to the hidden total").isPositive();
                }
            }
        }
    }

    static String level(Random random) {
        int r = random.nextInt(10);
        return r < 8 ? "public" : r == 8 ? "restricted" : "confidential";
    }

    static Marginal marginal(String dimension, String category, int value, String confidentiality) {
        return new Marginal(1, CITY, "2024", LocalDate.of(2024, 1, 1), dimension, category, BigDecimal.valueOf(value),
                confidentiality);
    }
}
