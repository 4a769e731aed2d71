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
}
