package org.crossroads.shared.search;

import java.util.List;

/**
 * Where query understanding looks up what a phrase names (the vocabulary, the gazetteer, the directory).
 * Modules contribute sources as Spring beans; {@link QueryUnderstanding} asks every one.
 */
public interface NameSource {

    /** Records named exactly by the phrase, given as {@link org.crossroads.shared.vocabulary.MatchKey#of} gives it. */
    List<NameMatch> matching(String phraseKey);

    /**
     * Whether a phrase naming two or more records of this source is worth telling the reader (an acronym
     * two organisations use), rather than being expected (several places named alike).
     */
    default boolean announcesAmbiguity() {
        return false;
    }
}
