package org.crossroads.shared.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crossroads.shared.statistics.SmallCellSuppression.Entry;
import org.crossroads.shared.statistics.SmallCellSuppression.Outcome;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;
import org.junit.jupiter.api.Test;

/**
 * Small-cell suppression, as examples and as properties over many random groups: whatever the group, no
 * small count is shown, and no hidden figure can be worked out as the total minus the visible ones (nor
 * a hidden total as the sum of its visible parts).
 */
class SmallCellSuppressionTest {

    static final int GROUPS = 20_000;
    final SmallCellSuppression rule = new SmallCellSuppression(5);

    static BigDecimal n(long value) {
        return BigDecimal.valueOf(value);
    }

    @Test
    void aSmallCountIsHiddenWithTheNextSmallestCellWhileZerosAndTheTotalStay() {
        Outcome<String> outcome = rule.breakdown(Entry.of("", n(143)), List.of(Entry.of("female", n(3)),
                Entry.of("male", n(40)), Entry.of("other", n(100)), Entry.of("unknown", n(0))), true, true, true);
        assertThat(outcome.parts()).containsEntry("female", Why.SMALL).containsEntry("male", Why.COMPLEMENTARY).hasSize(2);
        assertThat(outcome.totalHidden()).isFalse();
    }

    @Test
    void twoSmallCountsNeedNoComplementaryCell() {
        Outcome<String> outcome = rule.breakdown(Entry.of("", n(50)), List.of(Entry.of("a", n(1)), Entry.of("b", n(4)),
                Entry.of("c", n(45))), true, true, true);
        assertThat(outcome.parts()).containsOnlyKeys("a", "b");
    }

    @Test
    void aSmallTotalIsHiddenAndTheThresholdIsTheSettingNotFive() {
        assertThat(rule.breakdown(Entry.of("", n(3)), List.of(), true, true, false).total()).isEqualTo(Why.SMALL);
        assertThat(rule.breakdown(Entry.of("", n(0)), List.of(), true, true, false).totalHidden()).isFalse();
        SmallCellSuppression ten = new SmallCellSuppression(10);
        assertThat(ten.isSmall(n(7))).isTrue();
        assertThat(ten.breakdown(Entry.of("", n(9)), List.of(), true, true, false).total()).isEqualTo(Why.SMALL);
    }

    @Test
    void aConfidentialPartIsProtectedLikeASmallOne() {
        Outcome<String> outcome = rule.breakdown(Entry.of("", n(90)), List.of(Entry.of("female", n(40)),
                new Entry<>("male", n(50), true)), false, true, true);
        assertThat(outcome.parts()).containsEntry("female", Why.COMPLEMENTARY);
    }

    @Test
    void figuresThatAreNotCountsAreNotSuppressed() {
        Outcome<String> outcome = rule.breakdown(Entry.of("", n(3)), List.of(Entry.of("female", n(2)), Entry.of("male", n(4))),
                false, false, true);
        assertThat(outcome.totalHidden()).isFalse();
        assertThat(outcome.parts()).isEmpty();
    }

    @Test
    void noRandomBreakdownShowsASmallCountOrLetsAHiddenFigureBeDerived() {
        Random random = new Random(20261123);
        for (int g = 0; g < GROUPS; g++) {
            int threshold = 2 + random.nextInt(9);
            SmallCellSuppression rule = new SmallCellSuppression(threshold);
            boolean withConfidential = random.nextInt(3) == 0;
            List<Entry<Integer>> parts = new ArrayList<>();
            long sum = 0;
            for (int p = 0, size = 1 + random.nextInt(7); p < size; p++) {
                long value = switch (random.nextInt(5)) {
                    case 0 -> 0;
                    case 1, 2 -> 1 + random.nextInt(threshold - 1);
                    default -> threshold + random.nextInt(300);
                };
                sum += value;
                parts.add(new Entry<>(p, n(value), withConfidential && random.nextInt(4) == 0));
            }
            Entry<Integer> total = new Entry<>(-1, n(sum), withConfidential && random.nextInt(5) == 0);
            Outcome<Integer> outcome = rule.breakdown(total, parts, true, true, true);
            String group = "group " + g + " (threshold " + threshold + "): total " + total + ", parts " + parts + " -> " + outcome;

            boolean totalShown = !total.hidden() && !outcome.totalHidden();
            List<Entry<Integer>> visible = parts.stream().filter(p -> !p.hidden() && outcome.part(p.key()).isEmpty()).toList();
            List<Entry<Integer>> hidden = parts.stream().filter(p -> !visible.contains(p)).toList();
            // no small count is shown
            assertThat(visible).as(group).noneMatch(p -> rule.isSmall(p.value()));
            if (totalShown) {
                assertThat(rule.isSmall(total.value())).as(group).isFalse();
                // total minus the visible parts is the sum of the hidden ones: never a single figure
                assertThat(hidden.size()).as(group).isNotEqualTo(1);
            } else if (parts.stream().anyMatch(p -> p.value().signum() != 0)) {
                // a hidden total is not the sum of parts that are all shown
                assertThat(hidden).as(group).isNotEmpty();
            }
            if (!withConfidential) {
                // zeros stay visible; nothing is hidden when nothing is small
                assertThat(hidden).as(group).allMatch(p -> p.value().signum() != 0);
                if (parts.stream().noneMatch(p -> rule.isSmall(p.value()))) {
                    assertThat(hidden).as(group).isEmpty();
                }
            }
        }
    }

    @Test
    void aLabelledBreakdownHidesUntilEverySmallPartCouldBeAnyValueFrom1To4OrIsWithheld() {
        // the next smallest (6, read as at least 5) alone would leave the 1 at 1 or 2: the 14 is hidden too
        assertThat(rule.labelledBreakdown(21, ordered("woman", 1, "man", 14, "not_stated", 6)).orElseThrow())
                .containsEntry("woman", Why.SMALL).containsEntry("not_stated", Why.COMPLEMENTARY)
                .containsEntry("man", Why.COMPLEMENTARY);
        // 1 and 4 of 15 protect each other; zeros stay
        assertThat(rule.labelledBreakdown(15, ordered("a", 1, "b", 4, "c", 10, "d", 0)).orElseThrow())
                .containsOnlyKeys("a", "b");
        // 7 = 1 + 6: with both hidden the 6 is at least 5 and the 1 is 1 or 2, and nothing is left to hide
        assertThat(rule.labelledBreakdown(7, ordered("woman", 1, "man", 6))).isEmpty();
        // a small total is not broken down
        assertThat(rule.labelledBreakdown(3, ordered("woman", 1, "man", 2))).isEmpty();
        assertThat(rule.labelledBreakdown(30, ordered("woman", 10, "man", 20)).orElseThrow()).isEmpty();
    }

    @Test
    void noSmallPartOfAnyLabelledBreakdownCanBeNarrowedDownByLinearProgramming() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int hidden = 0;
        for (int g = 0; g < 3_000; g++) {
            java.util.Map<String, Long> parts = new java.util.LinkedHashMap<>();
            long total = 0;
            for (int p = 0, size = 1 + random.nextInt(6); p < size; p++) {
                long value = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 6 : 20);
                parts.put("p" + p, value);
                total += value;
            }
            var outcome = rule.labelledBreakdown(total, parts);
            if (outcome.isEmpty()) {
                continue; // withheld whole
            }
            DisclosureAudit audit = new DisclosureAudit(5).shown("total", total).shown("K:threshold", 5);
            audit.sum("total", parts.keySet().stream().toList());
            for (var part : parts.entrySet()) {
                Why why = outcome.get().get(part.getKey());
                if (why == null) {
                    assertThat(rule.isSmall(n(part.getValue()))).as("seed %d: %s", seed, parts).isFalse();
                    audit.shown(part.getKey(), part.getValue());
                } else if (why == Why.SMALL) {
                    audit.small(part.getKey(), part.getValue());
                    hidden++;
                } else {
                    // the reader knows an "x" beside a "<5" is at least the threshold
                    audit.hidden(part.getKey(), part.getValue());
                    audit.sum(part.getKey(), List.of("K:threshold", part.getKey() + ":above"));
                    hidden++;
                }
            }
            assertThat(audit.breaches()).as("seed %d: %s -> %s", seed, parts, outcome).isEmpty();
        }
        assertThat(hidden).isPositive();
    }

    private static java.util.Map<String, Integer> ordered(Object... pairs) {
        java.util.Map<String, Integer> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
