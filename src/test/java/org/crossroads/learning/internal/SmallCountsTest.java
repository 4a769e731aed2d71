package org.crossroads.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crossroads.learning.LearningSettings;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;
import org.junit.jupiter.api.Test;

/** Delegates' counts through the shared small-count rule: "&lt;5", enough complementary cells, withheld breakdowns. */
class SmallCountsTest {

    final SmallCounts counts = new SmallCounts(new LearningSettings(5, null, null, null, null));

    @Test
    void aSmallCellGetsAComplementaryCellLargeEnoughThatItCouldStillBeAnyValueFrom1To4() {
        Map<String, SmallCounts.Count> shown = counts.breakdown(21, ordered("woman", 1, "man", 14, "not_stated", 6), true)
                .orElseThrow();
        assertThat(shown.get("woman").why()).isEqualTo(Why.SMALL);
        // the shared rule's next smallest (6, known to be at least 5) alone would leave the 1 at 1 or 2: the 14 is hidden too
        assertThat(shown.get("not_stated").why()).isEqualTo(Why.COMPLEMENTARY);
        assertThat(shown.get("man").why()).isEqualTo(Why.COMPLEMENTARY);
        assertThat(counts.show(shown.get("woman"))).isEqualTo("<5");
        assertThat(counts.show(shown.get("man"))).isEqualTo("x");
        assertThat(counts.show(counts.count(0, true))).isEqualTo("0");
        assertThat(counts.bar(shown.get("woman"))).isNull();
    }

    @Test
    void twoSmallCellsThatTogetherMakeFiveProtectEachOther() {
        Map<String, SmallCounts.Count> shown = counts.breakdown(15, ordered("a", 1, "b", 4, "c", 10), true).orElseThrow();
        assertThat(shown.get("c").shown()).isTrue();
        assertThat(shown.get("a").why()).isEqualTo(Why.SMALL);
        assertThat(shown.get("b").why()).isEqualTo(Why.SMALL);
    }

    @Test
    void aBreakdownThatCannotBeProtectedIsWithheldAndOrganisersSeeEverything() {
        assertThat(counts.breakdown(7, ordered("woman", 1, "man", 6), true)).isEmpty();
        assertThat(counts.breakdown(7, ordered("woman", 1, "man", 6), false).orElseThrow().get("woman").shown()).isTrue();
        assertThat(counts.show(counts.count(1, false))).isEqualTo("1");
    }

    @Test
    void aFigureComputedFromAHiddenCountIsHidden() {
        SmallCounts.Count small = counts.count(3, true);
        assertThat(counts.derived(67, java.util.List.of(small, counts.count(9, true))).why()).isEqualTo(Why.DERIVED);
        assertThat(counts.mayShow(java.util.List.of(counts.count(9, true)))).isTrue();
    }

    private static Map<String, Integer> ordered(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
