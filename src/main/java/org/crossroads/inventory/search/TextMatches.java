package org.crossroads.inventory.search;

import java.util.List;

/**
 * The initiatives whose text matches a search. {@code ranked}: the ids are in order of relevance;
 * otherwise they are a set and results follow the index's name order.
 */
record TextMatches(List<Long> ids, boolean ranked) {
}
