package org.crossroads.inventory.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results: the ids in order, how many match in all, and per facet how many results each
 * value would give (counted without that facet's own selection, so alternatives stay visible).
 */
record FacetCounts(long total, List<Long> pageIds, Map<Facet, Map<String, Integer>> counts) {
}
