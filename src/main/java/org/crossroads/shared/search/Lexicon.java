package org.crossroads.shared.search;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The words one kind of record holds, as query understanding asks about them when correcting typos. */
public interface Lexicon {

    /** Whether the word (as a prefix or through a stem) matches any record of the kind. */
    boolean matches(String word);

    /** The indexed word one edit away that is most alike, if any. */
    Optional<String> nearest(String word);

    /**
     * A lexicon of a few thousand words held in memory (organisation names): a word matches when some word
     * starts with it; the nearest is the first, alphabetically, one edit away.
     */
    static Lexicon of(Collection<String> words) {
        Set<String> sorted = new TreeSet<>(words);
        return new Lexicon() {
            @Override
            public boolean matches(String word) {
                return sorted.stream().anyMatch(w -> w.startsWith(word));
            }

            @Override
            public Optional<String> nearest(String word) {
                if (word.codePointCount(0, word.length()) < SearchLexicon.SHORTEST_CORRECTED) {
                    return Optional.empty();
                }
                return sorted.stream().filter(w -> !w.equals(word) && EditDistance.withinOne(w, word)).findFirst();
            }
        };
    }
}
