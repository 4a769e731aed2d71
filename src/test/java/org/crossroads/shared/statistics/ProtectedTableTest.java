package org.crossroads.shared.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;
import org.junit.jupiter.api.Test;

/** The protection of a whole table, checked against the attacker's own audit ({@link DisclosureAudit}). */
class ProtectedTableTest {

    final SmallCellSuppression rule = new SmallCellSuppression(5);

    ProtectedTable<String> table(Map<String, Integer> figures) {
        ProtectedTable<String> table = rule.table();
        figures.forEach((k, v) -> table.figure(k, BigDecimal.valueOf(v), true, true));
        return table;
    }

    /** What the attacker makes of the table as published: each figure shown, "<5", "x" (at least 5) or withheld. */
    List<DisclosureAudit.Breach> attack(Map<String, Integer> figures, Map<String, Why> hidden,
            Map<String, List<String>> sums) {
        DisclosureAudit audit = new DisclosureAudit(5);
        figures.forEach((k, v) -> audit.published(k, v, hidden.get(k)));
        sums.forEach(audit::sum);
        return audit.breaches();
    }

    @Test
    void aYearOverItsQuartersNeverGivesAHiddenQuarterAway() {
        // the attack of issue 9: 104 = 100 + <5 + 0 + 0
        Map<String, Integer> figures = Map.of("2024", 104, "Q1", 100, "Q2", 4, "Q3", 0, "Q4", 0);
        ProtectedTable<String> table = table(figures);
        assertThat(table.sum("2024", List.of("Q1", "Q2", "Q3", "Q4"), true)).isTrue();
        Map<String, Why> hidden = table.protect();
        assertThat(hidden).containsEntry("Q2", Why.SMALL).containsEntry("Q1", Why.COMPLEMENTARY);
        assertThat(attack(figures, hidden, Map.of("2024", List.of("Q1", "Q2", "Q3", "Q4")))).isEmpty();
    }

    @Test
    void hiddenCountsThatAddUpToLittleGetMoreRoom() {
        // 1 and 1 hidden under a shown total: both would be 1; a further figure is hidden
        Map<String, Integer> figures = Map.of("total", 52, "a", 1, "b", 1, "c", 50);
        ProtectedTable<String> table = table(figures);
        table.sum("total", List.of("a", "b", "c"), true);
        Map<String, Why> hidden = table.protect();
        assertThat(hidden).containsKeys("a", "b", "c");
        assertThat(attack(figures, hidden, Map.of("total", List.of("a", "b", "c")))).isEmpty();
    }

    @Test
    void aCrossTableIsProtectedInBothDirections() {
        // sex by quarter, with the year and the sex totals: one small cell spreads through both
        Map<String, Integer> figures = new java.util.HashMap<>();
        Map<String, List<String>> sums = new java.util.HashMap<>();
        int[][] cells = {{40, 3, 20, 31}, {38, 44, 0, 29}};
        String[] sexes = {"f", "m"};
        for (int s = 0; s < 2; s++) {
            for (int q = 0; q < 4; q++) {
                figures.put(sexes[s] + "Q" + (q + 1), cells[s][q]);
            }
            figures.put(sexes[s] + "Y", java.util.Arrays.stream(cells[s]).sum());
        }
        for (int q = 0; q < 4; q++) {
            figures.put("Q" + (q + 1), cells[0][q] + cells[1][q]);
            sums.put("Q" + (q + 1), List.of("fQ" + (q + 1), "mQ" + (q + 1)));
        }
        figures.put("Y", figures.get("fY") + figures.get("mY"));
        sums.put("Y", List.of("fY", "mY"));
        sums.put("fY", List.of("fQ1", "fQ2", "fQ3", "fQ4"));
        sums.put("mY", List.of("mQ1", "mQ2", "mQ3", "mQ4"));
        ProtectedTable<String> table = table(figures);
        sums.forEach((total, parts) -> table.sum(total, parts, true));
        table.sum("Y", List.of("Q1", "Q2", "Q3", "Q4"), true);
        Map<String, Why> hidden = table.protect();
        DisclosureAudit audit = new DisclosureAudit(5);
        figures.forEach((k, v) -> audit.published(k, v, hidden.get(k)));
        sums.forEach(audit::sum);
        audit.sum("Y", List.of("Q1", "Q2", "Q3", "Q4"));
        assertThat(hidden).containsEntry("fQ2", Why.SMALL);
        assertThat(audit.breaches()).isEmpty();
    }

    @Test
    void aConfidentialSmallCountIsProtectedLikeAHiddenOne() {
        ProtectedTable<String> table = rule.table();
        table.figure("total", BigDecimal.valueOf(103), true, true).figure("a", BigDecimal.valueOf(3), true, false)
                .figure("b", BigDecimal.valueOf(100), true, true);
        table.sum("total", List.of("a", "b"), true);
        assertThat(table.protect()).containsEntry("b", Why.COMPLEMENTARY).doesNotContainKey("a");
    }

    @Test
    void aFigureDerivedFromAHiddenOneIsHiddenAndZerosStayVisible() {
        ProtectedTable<String> table = rule.table();
        table.figure("share", BigDecimal.valueOf(30, 2), false, true).figure("none", BigDecimal.ZERO, true, true)
                .derivedFromHidden("share");
        assertThat(table.protect()).containsExactly(Map.entry("share", Why.DERIVED));
    }

    @Test
    void partsThatMayNotBeAllOfTheTotalOnlyBoundTheHiddenOnes() {
        // three quarters known of four: 101 = 100 + <5 + (the missing quarter, at least 0) gives <5 at most 1
        Map<String, Integer> figures = Map.of("2024", 101, "Q1", 100, "Q2", 1);
        ProtectedTable<String> table = table(figures);
        table.sum("2024", List.of("Q1", "Q2"), false);
        Map<String, Why> hidden = table.protect();
        assertThat(hidden).containsEntry("Q2", Why.SMALL).hasSize(2);
    }

    @Test
    void aWithheldBlockUnderShownMarginsHidesAMarginToo() {
        // a 2 × 2 block of months by category: withholding the four cells leaves the first at least
        // 22 + 204 − 224 = 2 from the margins (found by the fuzz test); a margin is hidden as well
        Map<String, Integer> figures = new java.util.HashMap<>(Map.of("M1/a1", 4, "M1/a2", 200, "M2/a1", 18,
                "M2/a2", 2, "Q/a1", 22, "Q/a2", 202, "M1/", 204, "M2/", 20, "Q/", 224));
        Map<String, List<String>> sums = Map.of("Q/a1", List.of("M1/a1", "M2/a1"), "Q/a2", List.of("M1/a2", "M2/a2"),
                "M1/", List.of("M1/a1", "M1/a2"), "M2/", List.of("M2/a1", "M2/a2"), "Q/", List.of("Q/a1", "Q/a2"));
        ProtectedTable<String> table = table(figures);
        sums.forEach((total, parts) -> table.sum(total, parts, true));
        table.sum("Q/", List.of("M1/", "M2/"), true);
        Map<String, Why> hidden = table.protect();
        Map<String, List<String>> all = new java.util.HashMap<>(sums);
        all.put("Q/=m", List.of("M1/", "M2/"));
        DisclosureAudit audit = new DisclosureAudit(5);
        figures.forEach((k, v) -> audit.published(k, v, hidden.get(k)));
        all.forEach((total, parts) -> audit.sum(total.replace("=m", ""), parts));
        assertThat(audit.breaches()).as("%s", hidden).isEmpty();
        assertThat(hidden.values()).doesNotContainNull();
        hidden.forEach((k, why) -> assertThat(why != Why.COMPLEMENTARY || figures.get(k) >= 5).as(k).isTrue());
    }
}
