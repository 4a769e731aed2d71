package org.crossroads.shared.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;
import org.junit.jupiter.api.Test;

/**
 * The small-count rule on the simplest tables, breakdowns of one shown total (a city's values by sex, an
 * event's delegates by gender, a question's answers by choice), as examples and over thousands of random
 * ones, against the strongest reader of the labels: a "&lt;5" lies from 1 to 4, an "x" beside it is at
 * least 5, and a withheld part says nothing.
 */
class SmallCellSuppressionTest {

    final SmallCellSuppression rule = new SmallCellSuppression(5);

    static BigDecimal n(long value) {
        return BigDecimal.valueOf(value);
    }

    /** One or more breakdowns of a shown total, each adding up to it, protected as one table. */
    Map<String, Why> protect(long total, List<Map<String, Long>> breakdowns) {
        ProtectedTable<String> table = rule.table();
        table.figure("total", n(total), true, true);
        for (int d = 0; d < breakdowns.size(); d++) {
            int dimension = d;
            breakdowns.get(d).forEach((code, value) -> table.figure(dimension + ":" + code, n(value), true, true));
            table.sum("total", breakdowns.get(d).keySet().stream().map(code -> dimension + ":" + code).toList(), true);
        }
        return table.protect();
    }

    Map<String, Why> protect(long total, Map<String, Long> breakdown) {
        Map<String, Why> hidden = new LinkedHashMap<>();
        protect(total, List.of(breakdown)).forEach((key, why) -> hidden.put(key.replace("0:", ""), why));
        return hidden;
    }

    @Test
    void aSmallCountIsHiddenWithAComplementaryCountWhileZerosAndTheTotalStay() {
        assertThat(protect(143, ordered("female", 3, "male", 40, "other", 100, "unknown", 0)))
                .containsEntry("female", Why.SMALL).containsEntry("male", Why.COMPLEMENTARY).hasSize(2);
    }

    @Test
    void twoSmallCountsThatTogetherHaveRoomNeedNoComplementaryCount() {
        assertThat(protect(50, ordered("a", 1, "b", 4, "c", 45))).containsOnlyKeys("a", "b");
    }

    @Test
    void aComplementaryCountTooCloseToTheThresholdGetsAnother() {
        // 6, known to be at least 5, would leave the 1 at 1 or 2: the 14 is hidden too
        assertThat(protect(21, ordered("woman", 1, "man", 14, "not_stated", 6)))
                .containsEntry("woman", Why.SMALL).containsEntry("not_stated", Why.COMPLEMENTARY)
                .containsEntry("man", Why.COMPLEMENTARY);
    }

    @Test
    void aBreakdownNoCountCanProtectIsWithheldWholeAndTheTotalStays() {
        // 7 = 1 + 6: with the 6 hidden, at least 5, the 1 is 1 or 2, and nothing is left to hide
        assertThat(protect(7, ordered("woman", 1, "man", 6)))
                .containsEntry("woman", Why.WITHHELD).containsEntry("man", Why.WITHHELD).doesNotContainKey("total");
        // the other breakdowns of the same total are not touched
        Map<String, Why> event = protect(7, List.of(ordered("woman", 1, "man", 6), ordered("technical", 7, "political", 0)));
        assertThat(event).containsOnlyKeys("0:woman", "0:man");
    }

    @Test
    void theThresholdIsTheSettingAndZerosAreNeverSmall() {
        SmallCellSuppression ten = new SmallCellSuppression(10);
        assertThat(ten.isSmall(n(7))).isTrue();
        assertThat(ten.isSmall(n(10))).isFalse();
        assertThat(rule.isSmall(n(0))).isFalse();
        assertThat(rule.isSmall(n(4))).isTrue();
    }

    @Test
    void aFigureComputedFromAHiddenOneIsHidden() {
        assertThat(rule.derived(null, Why.SMALL)).isEqualTo(Why.DERIVED);
        assertThat(rule.derived(null, null)).isNull();
        assertThat(rule.derivedFromCounts(120, 3)).isEqualTo(Why.DERIVED);
        assertThat(rule.derivedFromCounts(120, 0)).isNull();
    }

    @Test
    void figuresThatAreNotCountsAreNotSuppressed() {
        ProtectedTable<String> table = rule.table();
        table.figure("mean", n(3), false, true).figure("a", n(2), false, true).figure("b", n(4), false, true);
        assertThat(table.protect()).isEmpty();
    }

    @Test
    void noSmallPartOfThousandsOfRandomBreakdownsCanBeNarrowedDownByLinearProgramming() {
        long seed = Long.getLong("disclosure.seed", System.nanoTime());
        Random random = new Random(seed);
        int hidden = 0;
        for (int g = 0; g < 3_000; g++) {
            long total = 5 + random.nextInt(random.nextBoolean() ? 10 : 40);
            List<Map<String, Long>> breakdowns = new ArrayList<>();
            for (int d = 0, dimensions = 1 + random.nextInt(3); d < dimensions; d++) {
                breakdowns.add(split(random, total));
            }
            Map<String, Why> decisions = protect(total, breakdowns);
            DisclosureAudit audit = new DisclosureAudit(5).published("total", total, decisions.get("total"));
            for (int d = 0; d < breakdowns.size(); d++) {
                int dimension = d;
                breakdowns.get(d).forEach((code, value) -> {
                    String cell = dimension + ":" + code;
                    assertThat(decisions.get(cell) == null && rule.isSmall(n(value))).as("seed %d: %s", seed, breakdowns)
                            .isFalse();
                    audit.published(cell, value, decisions.get(cell));
                });
                audit.sum("total", breakdowns.get(d).keySet().stream().map(code -> dimension + ":" + code).toList());
            }
            hidden += decisions.size();
            assertThat(audit.breaches()).as("seed %d: %s -> %s", seed, breakdowns, decisions).isEmpty();
        }
        assertThat(hidden).isPositive();
    }

    /** The total split at random into up to six parts, with zeros and small ones. */
    private static Map<String, Long> split(Random random, long total) {
        Map<String, Long> parts = new LinkedHashMap<>();
        long left = total;
        int size = 1 + random.nextInt(6);
        for (int p = 0; p < size - 1; p++) {
            long value = random.nextInt(4) == 0 ? 0 : Math.min(left, 1 + random.nextInt(random.nextBoolean() ? 6 : 20));
            parts.put("p" + p, value);
            left -= value;
        }
        parts.put("p" + (size - 1), left);
        return parts;
    }

    private static Map<String, Long> ordered(Object... pairs) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], ((Integer) pairs[i + 1]).longValue());
        }
        return map;
    }
}
