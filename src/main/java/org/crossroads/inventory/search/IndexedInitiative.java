package org.crossroads.inventory.search;

import java.util.Map;
import java.util.Set;

/** What the facet index holds of one published initiative: its sort key and its value per facet. */
record IndexedInitiative(long id, String sortKey, Map<Facet, Set<String>> values) {
}
