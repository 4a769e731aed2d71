package org.crossroads.inventory.web;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crossroads.inventory.search.Facet;
import org.crossroads.inventory.search.SearchQuery;
import org.crossroads.shared.web.BadParameterException;
import org.crossroads.shared.web.ListSort;
import org.crossroads.shared.web.Sorting;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads a search from URL parameters ({@code q}, one parameter per facet, {@code sort}, {@code page}, {@code size}) and
 * writes it back.
 */
final class SearchParameters {

    private SearchParameters() {
    }

    /** The search in the order asked for, names in the reader's language (null: as written). */
    static SearchQuery read(MultiValueMap<String, String> params, int defaultPageSize, Locale reader) {
        SearchQuery query = read(params, defaultPageSize);
        return query.sorted(sorting(params, query).chosen(), reader);
    }

    /** The orders of the initiative list: relevance with words, else by name; by start date; by last change. */
    static Sorting sorting(MultiValueMap<String, String> params, SearchQuery query) {
        return Sorting.read(params.getFirst(ListSort.PARAMETER), !query.text().isEmpty(), ListSort.NAME,
                ListSort.NAME, ListSort.DATE, ListSort.CHANGED);
    }

    private static SearchQuery read(MultiValueMap<String, String> params, int defaultPageSize) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = params.get(facet.parameter());
            if (values != null) {
                Set<String> clean = new LinkedHashSet<>();
                values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(clean::add);
                clean.stream().filter(v -> !facet.accepts(v)).findFirst().ifPresent(v -> {
                    throw new BadParameterException(facet.parameter(), "'" + v + "' is not a valid value of " + facet.parameter());
                });
                if (!clean.isEmpty()) {
                    filters.put(facet, clean);
                }
            }
        }
        return new SearchQuery(params.getFirst("q"), filters, number(params.getFirst("page"), 1),
                number(params.getFirst("pageSize"), defaultPageSize));
    }

    /** The query string for the same search and order on another page (the exports' links). */
    static String queryString(SearchQuery query, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        if (!query.text().isEmpty()) {
            b.queryParam("q", query.text());
        }
        query.filters().forEach((facet, values) -> values.stream().sorted().forEach(v -> b.queryParam(facet.parameter(), v)));
        b.queryParam(ListSort.PARAMETER, query.sort().code());
        if (page > 1) {
            b.queryParam("page", page);
        }
        String s = b.encode().build().getQuery();
        return s == null ? "" : s;
    }

    private static int number(String value, int fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
