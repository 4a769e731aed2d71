package org.crossroads.inventory.search;

import java.util.List;
import java.util.Map;
import org.crossroads.inventory.Initiative;
import org.crossroads.shared.search.UnderstoodQuery;

/**
 * A page of initiatives with the total and the facet counts of the whole result, and how the text was
 * understood (words corrected, acronyms naming several organisations).
 */
public record SearchResult(SearchQuery query, long total, List<Initiative> initiatives,
        Map<Facet, Map<String, Integer>> facetCounts, UnderstoodQuery understood) {

    public int pageCount() {
        return (int) Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
    }

    public boolean hasNext() {
        return query.page() < pageCount();
    }

    public boolean hasPrevious() {
        return query.page() > 1;
    }
}
