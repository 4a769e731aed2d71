package org.crossroads.inventory.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crossroads.shared.web.ListSort;

/**
 * A faceted search: free text, and per facet the values to keep (any of them: values of one facet
 * are alternatives, facets combine with AND). Pages count from 1.
 *
 * @param counted  the facets whose values are counted (every one unless said)
 * @param sort     the order of the results: by relevance when there is text, else by name, unless said
 * @param language the reader's language (ISO 639-1), whose translated names the name order follows; null for the
 *                 names as written
 */
public record SearchQuery(String text, Map<Facet, Set<String>> filters, int page, int pageSize, Set<Facet> counted,
        ListSort sort, String language) {

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
        // relevance needs words to be relevant to
        sort = sort == null || sort == ListSort.RELEVANCE && text.isEmpty() ? (text.isEmpty() ? ListSort.NAME : ListSort.RELEVANCE) : sort;
    }

    /** A search whose every facet is counted, by relevance or by name. */
    public SearchQuery(String text, Map<Facet, Set<String>> filters, int page, int pageSize) {
        this(text, filters, page, pageSize, null, null, null);
    }

    /** The same search counting only these facets (the one search shows four of the inventory's ten). */
    public SearchQuery counting(Set<Facet> facets) {
        return new SearchQuery(text, filters, page, pageSize, facets, sort, language);
    }

    /** The same search in another order, names read in the reader's language. */
    public SearchQuery sorted(ListSort newSort, Locale reader) {
        return new SearchQuery(text, filters, page, pageSize, counted, newSort, reader == null ? null : reader.getLanguage());
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
