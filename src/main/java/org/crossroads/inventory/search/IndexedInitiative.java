package org.crossroads.inventory.search;

import java.util.Map;
import java.util.Set;

/**
 * What the index holds of one published initiative: its sort key, its value per facet, the words of its search vector
 * (lexemes, as PostgreSQL's {@code tsvector_to_array} gives them) and the organisations it names in any role.
 */
record IndexedInitiative(long id, String sortKey, Map<Facet, Set<String>> values, Set<String> words, Set<Long> organisationIds) {

    IndexedInitiative {
        words = Set.copyOf(words);
        organisationIds = Set.copyOf(organisationIds);
    }

    IndexedInitiative(long id, String sortKey, Map<Facet, Set<String>> values) {
        this(id, sortKey, values, Set.of(), Set.of());
    }
}
