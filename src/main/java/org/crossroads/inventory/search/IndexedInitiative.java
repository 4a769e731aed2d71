package org.crossroads.inventory.search;

import java.util.Map;
import java.util.Set;

/**
 * What the index holds of one published initiative: its sort key, its value per facet, the words of its search vector
 * (lexemes, as PostgreSQL's {@code tsvector_to_array} gives them) and the organisations it names in any role; and
 * for the list's other orders, the sort keys of its name where a reader sees it translated, its date and the time it
 * last changed.
 *
 * @param sortKey  the name as written, as {@code MatchKey} compares it
 * @param nameKeys per language (ISO 639-1) in which a reader sees a translated name, that name's key
 * @param day      the day it started (else ended) as an epoch day, {@link #NO_DAY} when it has neither
 * @param changed  when it was last changed (else created), in epoch milliseconds
 */
record IndexedInitiative(long id, String sortKey, Map<Facet, Set<String>> values, Set<String> words, Set<Long> organisationIds,
        Map<String, String> nameKeys, long day, long changed) {

    static final long NO_DAY = Long.MIN_VALUE;

    IndexedInitiative {
        words = Set.copyOf(words);
        organisationIds = Set.copyOf(organisationIds);
        nameKeys = Map.copyOf(nameKeys);
    }

    IndexedInitiative(long id, String sortKey, Map<Facet, Set<String>> values, Set<String> words, Set<Long> organisationIds) {
        this(id, sortKey, values, words, organisationIds, Map.of(), NO_DAY, 0);
    }

    IndexedInitiative(long id, String sortKey, Map<Facet, Set<String>> values) {
        this(id, sortKey, values, Set.of(), Set.of());
    }

    /** The key of the name a reader of this language sees. */
    String nameKey(String language) {
        return language == null ? sortKey : nameKeys.getOrDefault(language, sortKey);
    }

    /** What the index keeps of it once its values, words and organisations are in the lists. */
    IndexedInitiative slot() {
        return new IndexedInitiative(id, sortKey, Map.of(), Set.of(), Set.of(), nameKeys, day, changed);
    }
}
