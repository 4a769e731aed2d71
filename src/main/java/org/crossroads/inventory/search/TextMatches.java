package org.crossroads.inventory.search;

import java.util.BitSet;
import java.util.List;

/**
 * The initiatives whose text matches a search. {@code ranked}: the ids are in order of relevance; otherwise results
 * follow the index's name order, and the matches may be given as the index's slots instead of ids ({@code slots}, not
 * null): tens of thousands of matches for a common word are not turned into ids and back.
 */
record TextMatches(List<Long> ids, boolean ranked, BitSet slots) {

    TextMatches(List<Long> ids, boolean ranked) {
        this(ids, ranked, null);
    }

    static TextMatches unranked(BitSet slots) {
        return new TextMatches(List.of(), false, slots);
    }

    boolean none() {
        return slots != null ? slots.isEmpty() : ids.isEmpty();
    }
}
