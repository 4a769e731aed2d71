package org.crossroads.inventory.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A faceted search: free text, and per facet the values to keep (any of them: values of one facet
 * are alternatives, facets combine with AND). Pages count from 1.
 *
 * @param counted the facets whose values are counted (every one unless said)
 */
public record SearchQuery(String text, Map<Facet, Set<String>> filters, int page, int pageSize, Set<Facet> counted) {

    public static final int MAX_PAGE_SIZE = 200;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, Set.copyOf(values));
                }
            });
        }
        filters = Map.copyOf(copy);
        page = Math.max(1, page);
        pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, pageSize));
        counted = counted == null ? Set.of(Facet.values()) : Set.copyOf(counted);
    }

    /** A search whose every facet is counted. */
    public SearchQuery(String text, Map<Facet, Set<String>> filters, int page, int pageSize) {
        this(text, filters, page, pageSize, null);
    }

    /** The same search counting only these facets (the one search shows four of the inventory's ten). */
    public SearchQuery counting(Set<Facet> facets) {
        return new SearchQuery(text, filters, page, pageSize, facets);
    }

    public static SearchQuery all() {
        return new SearchQuery("", Map.of(), 1, 20);
    }

    public Set<String> selected(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public boolean isSelected(Facet facet, String value) {
        return selected(facet).contains(value);
    }

    public List<Facet> filteredFacets() {
        return filters.keySet().stream().sorted().toList();
    }
}
