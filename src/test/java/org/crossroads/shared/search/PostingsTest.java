package org.crossroads.shared.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostingsTest {

    static BitSet slots(int... slots) {
        BitSet set = new BitSet();
        for (int s : slots) {
            set.set(s);
        }
        return set;
    }

    @Test
    void looksUpKeysPrefixesAndAlternatives() {
        Postings words = Postings.lookedUp();
        words.add("housing", 1);
        words.add("house", 2);
        words.add("health", 3);
        words.add("housing", 70_000); // beyond one RoaringBitmap container
        assertThat(words.exactly("housing")).isEqualTo(slots(1, 70_000));
        assertThat(words.startingWith("hous")).isEqualTo(slots(1, 2, 70_000));
        assertThat(words.anyOf(List.of("house", "health", "nowhere"))).isEqualTo(slots(2, 3));
        assertThat(words.exactly("nowhere")).isEqualTo(new BitSet());
        assertThatThrownBy(() -> words.countsWithin(slots(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void countsEachValueOfTheSlotsInScopeOnceWhateverHowManyValuesASlotHolds() {
        Postings themes = Postings.counted();
        themes.add("housing", 0);
        themes.add("health", 0);
        themes.add("housing", 0); // the same value again: still once
        themes.add("housing", 1);
        themes.add("education", 2);
        themes.add("health", 5);
        Postings types = Postings.counted();
        types.add("report", 0);
        types.add("case_study", 1);
        assertThat(themes.countsWithin(slots(0, 1, 2))).isEqualTo(Map.of("housing", 2, "health", 1, "education", 1));
        assertThat(Postings.countsWithin(List.of(themes, types), slots(0, 5, 9)))
                .containsExactly(Map.of("housing", 1, "health", 2), Map.of("report", 1));
        assertThat(themes.countsWithin(new BitSet())).isEmpty();
    }
}
