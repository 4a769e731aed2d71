package org.crossroads.learning.outcomes.web;

import org.crossroads.learning.outcomes.OutcomeQuery;
import org.crossroads.shared.web.ListSort;
import org.crossroads.shared.web.Sorting;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the outcome list and its CSV export, as query parameters: {@code status}, {@code place}
 * (a city id), {@code event} (an event id), {@code capability} (a capability code such as {@code deliver}),
 * {@code level}, {@code type} (a change type), {@code q} (words), {@code sort} (the order) and {@code page}.
 */
record OutcomeFilters(String status, Long place, Long event, String capability, String level, String type, String q,
        String sort, Integer page) {

    static final int PAGE_SIZE = 25;

    /** The orders of the outcome list: relevance with words, else newest first; by change agent; by last change. */
    Sorting sorting() {
        return Sorting.read(sort, q != null && !q.isBlank(), ListSort.DATE, ListSort.NAME, ListSort.DATE, ListSort.CHANGED);
    }

    OutcomeQuery toQuery(int size) {
        return new OutcomeQuery(status, place, event, capability, level, type, null, q, page == null ? 0 : page, size,
                sorting().chosen());
    }

    /** The same filters and order on another path, for the export link. */
    String href(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        add(uri, "status", status);
        add(uri, "place", place);
        add(uri, "event", event);
        add(uri, "capability", capability);
        add(uri, "level", level);
        add(uri, "type", type);
        add(uri, "q", q);
        add(uri, "sort", sort == null ? null : sorting().chosen().code());
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, value.toString().strip());
        }
    }
}
