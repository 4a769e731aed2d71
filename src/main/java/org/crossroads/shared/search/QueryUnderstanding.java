package org.crossroads.shared.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.crossroads.shared.vocabulary.MatchKey;
import org.springframework.stereotype.Service;

/**
 * Reads a query in any of the four languages: splits it into concepts (the longest phrases, up to four
 * words, that name a place, an organisation or a vocabulary term, each with every name that record goes by;
 * otherwise single words), and, when asked (the query found nothing), reads a word of five letters or more
 * that no record holds as the indexed word one edit away. Stemming is left to the database (crossroads_word_query, V6).
 */
@Service
public class QueryUnderstanding {

    static final int LONGEST_PHRASE = 4;
    static final int MOST_WORDS = 16;

    private final List<NameSource> sources;
    /** The query understood for the work running on this thread ({@link #reusing}). */
    private final ThreadLocal<UnderstoodQuery> reused = new ThreadLocal<>();

    public QueryUnderstanding(List<NameSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /**
     * Runs {@code work} with {@code understood} as the answer to {@link #understand} of the same text on this thread:
     * the one search reads its query once for the seven kinds it asks (each asked the names of places, organisations
     * and terms again: about 15 statements a request).
     */
    public <T> T reusing(UnderstoodQuery understood, Supplier<T> work) {
        UnderstoodQuery before = reused.get();
        reused.set(understood);
        try {
            return work.get();
        } finally {
            if (before == null) {
                reused.remove();
            } else {
                reused.set(before);
            }
        }
    }

    /** The query's concepts: the longest phrases that name something, else single words. */
    public UnderstoodQuery understand(String text) {
        UnderstoodQuery known = reused.get();
        if (known != null && known.text().equals(text)) {
            return known;
        }
        String[] words = Arrays.stream(MatchKey.of(text).split(" ")).filter(w -> !w.isBlank()).limit(MOST_WORDS)
                .toArray(String[]::new);
        List<QueryConcept> concepts = new ArrayList<>();
        List<UnderstoodQuery.Ambiguity> ambiguities = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            int taken = 0;
            for (int length = Math.min(LONGEST_PHRASE, words.length - i); length >= 1 && taken == 0; length--) {
                String phrase = String.join(" ", Arrays.asList(words).subList(i, i + length));
                if (named(phrase, concepts, ambiguities)) {
                    taken = length;
                }
            }
            if (taken == 0) {
                concepts.add(new QueryConcept(words[i], Set.of(words[i]), Map.of()));
                taken = 1;
            }
            i += taken;
        }
        return new UnderstoodQuery(text, concepts, List.of(), ambiguities);
    }

    /**
     * The query with each single word of five letters or more that the lexicon does not know also read as
     * its nearest known word (one edit away). A search asks for this when the query as written finds
     * nothing, so that a word that finds records is never "corrected".
     */
    public UnderstoodQuery correct(UnderstoodQuery understood, Lexicon lexicon) {
        List<QueryConcept> concepts = new ArrayList<>();
        List<UnderstoodQuery.Correction> corrections = new ArrayList<>();
        for (QueryConcept concept : understood.concepts()) {
            String word = concept.written();
            Optional<String> nearest = concept.references().isEmpty() && !word.contains(" ") && !lexicon.matches(word)
                    ? lexicon.nearest(word) : Optional.empty();
            if (nearest.isPresent()) {
                Set<String> phrases = new LinkedHashSet<>(concept.phrases());
                phrases.add(nearest.get());
                concepts.add(new QueryConcept(word, phrases, concept.references()));
                corrections.add(new UnderstoodQuery.Correction(word, nearest.get()));
            } else {
                concepts.add(concept);
            }
        }
        return new UnderstoodQuery(understood.text(), concepts, corrections, understood.ambiguities());
    }

    /** Adds a concept for the phrase when some source knows it as a name; tells whether one did. */
    private boolean named(String phrase, List<QueryConcept> concepts, List<UnderstoodQuery.Ambiguity> ambiguities) {
        if (phrase.codePointCount(0, phrase.length()) < 2) {
            return false;
        }
        Set<String> phrases = new LinkedHashSet<>(List.of(phrase));
        Map<String, Set<String>> references = new HashMap<>();
        boolean found = false;
        for (NameSource source : sources) {
            List<NameMatch> matches = source.matching(phrase);
            for (NameMatch match : matches) {
                found = true;
                match.names().stream().map(MatchKey::of).filter(n -> !n.isBlank()).forEach(phrases::add);
                references.computeIfAbsent(match.kind(), k -> new LinkedHashSet<>()).add(match.value());
            }
            List<String> labels = matches.stream().map(NameMatch::label).distinct().toList();
            if (source.announcesAmbiguity() && labels.size() > 1) {
                // shown as the records write it ("MMC"), not as the normalised key
                String shown = matches.stream().flatMap(m -> m.names().stream())
                        .filter(n -> MatchKey.of(n).equals(phrase)).findFirst().orElse(phrase);
                ambiguities.add(new UnderstoodQuery.Ambiguity(shown, labels));
            }
        }
        if (found) {
            concepts.add(new QueryConcept(phrase, phrases, references));
        }
        return found;
    }
}
