package org.crossroads.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a list reads the order a reader asks for. */
class SortingTest {

    @Test
    void relevanceIsOfferedAndTheDefaultOnlyWhenWordsWereSearchedFor() {
        Sorting words = Sorting.read(null, true, ListSort.NAME, ListSort.NAME, ListSort.DATE, ListSort.CHANGED);
        assertThat(words.chosen()).isEqualTo(ListSort.RELEVANCE);
        assertThat(words.offered()).containsExactly(ListSort.RELEVANCE, ListSort.NAME, ListSort.DATE, ListSort.CHANGED);
        Sorting none = Sorting.read("relevance", false, ListSort.DATE, ListSort.NAME, ListSort.DATE, ListSort.CHANGED);
        assertThat(none.chosen()).isEqualTo(ListSort.DATE);
        assertThat(none.offered()).containsExactly(ListSort.NAME, ListSort.DATE, ListSort.CHANGED);
    }

    @Test
    void anUnknownOrUnofferedOrderFallsBackToTheDefault() {
        assertThat(Sorting.read("price", false, ListSort.NAME, ListSort.NAME, ListSort.CHANGED).chosen()).isEqualTo(ListSort.NAME);
        assertThat(Sorting.read("date", false, ListSort.NAME, ListSort.NAME, ListSort.CHANGED).chosen()).isEqualTo(ListSort.NAME);
        assertThat(Sorting.read(" Changed ", false, ListSort.NAME, ListSort.NAME, ListSort.CHANGED).chosen()).isEqualTo(ListSort.CHANGED);
    }
}
