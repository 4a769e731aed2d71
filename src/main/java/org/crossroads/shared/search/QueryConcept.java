package org.crossroads.shared.search;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One thing a query asks for: a word or a phrase and what it stands for. A record matches the concept when
 * its text matches any of the phrases or it refers to any of the records.
 *
 * @param written the phrase as the query wrote it (normalised)
 * @param phrases the phrase, its corrections and the names of the records it stands for (normalised)
 * @param references per kind ({@link NameMatch#kind()}), the ids or codes of the records it stands for
 */
public record QueryConcept(String written, Set<String> phrases, Map<String, Set<String>> references) {

    public QueryConcept {
        phrases = Set.copyOf(phrases);
        references = Map.copyOf(references.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue()))));
    }

    /** The phrases for SQL function {@code crossroads_alternatives_query}: separated by "|". */
    public String alternatives() {
        return phrases.stream().sorted().collect(Collectors.joining("|"));
    }

    public Set<String> references(String kind) {
        return references.getOrDefault(kind, Set.of());
    }

    /** The ids of the records of this kind it stands for, as numbers (places, organisations). */
    public Set<Long> ids(String kind) {
        return references(kind).stream().map(Long::valueOf).collect(Collectors.toSet());
    }
}
