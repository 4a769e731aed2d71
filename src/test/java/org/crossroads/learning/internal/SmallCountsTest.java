package org.crossroads.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.crossroads.learning.LearningSettings;
import org.junit.jupiter.api.Test;

/** Delegates' counts through the shared small-count rule: "&lt;5", complementary cells, and exact for organisers. */
class SmallCountsTest {

    final SmallCounts counts = new SmallCounts(new LearningSettings(null, 5, null, null, null, null));

    @Test
    void aSingleSmallCellHidesTheNextSmallestOneInEveryBreakdownOfTheTotal() {
        SmallCounts.Protection protection = counts.protect(12, Map.of(
                "gender", new SmallCounts.Breakdown(Map.of("woman", 1, "man", 5, "not_stated", 6)),
                "position", new SmallCounts.Breakdown(Map.of("technical", 3, "elected", 4, "staff", 5))), true);
        assertThat(protection.totalHidden()).isFalse();
        assertThat(protection.hidden("gender")).containsExactlyInAnyOrder("woman", "man");
        assertThat(protection.hidden("position")).containsExactlyInAnyOrder("technical", "elected");
        assertThat(counts.show(1, true)).isEqualTo("<5");
        assertThat(counts.show(0, true)).isEqualTo("0");
        assertThat(counts.bar(3, true)).isNull();
    }

    @Test
    void delegatesWithoutACityLeaveTheCityBreakdownIncompleteSoTheTotalStays() {
        SmallCounts.Protection protection = counts.protect(8, Map.of("city", new SmallCounts.Breakdown(Map.of("42", 3))), true);
        assertThat(protection.totalHidden()).isFalse();
        assertThat(protection.hidden("city")).containsExactly("42");
    }

    @Test
    void aSmallTotalIsHiddenAndOrganisersSeeEverything() {
        assertThat(counts.protect(3, Map.of("gender", new SmallCounts.Breakdown(Map.of("woman", 1, "man", 2))), true))
                .satisfies(p -> assertThat(p.totalHidden()).isTrue())
                .satisfies(p -> assertThat(p.hidden("gender")).containsExactlyInAnyOrder("woman", "man"));
        SmallCounts.Protection exact = counts.protect(6, Map.of("gender", new SmallCounts.Breakdown(Map.of("woman", 1, "man", 5))), false);
        assertThat(exact.totalHidden()).isFalse();
        assertThat(exact.hidden("gender")).isEmpty();
        assertThat(counts.show(1, false)).isEqualTo("1");
    }
}
