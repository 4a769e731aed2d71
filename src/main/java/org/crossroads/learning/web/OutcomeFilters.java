package org.crossroads.learning.web;

import org.crossroads.learning.OutcomeQuery;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the outcome list and its CSV export, as query parameters: {@code status}, {@code place}
 * (a city id), {@code event} (an event id), {@code capability} (a capability code such as {@code deliver}),
 * {@code level}, {@code type} (a change type), {@code q} (words) and {@code page}.
 */
record OutcomeFilters(String status, Long place, Long event, String capability, String level, String type, String q,
        Integer page) {

    static final int PAGE_SIZE = 25;

    OutcomeQuery toQuery(int size) {
        return new OutcomeQuery(status, place, event, capability, level, type, null, q, page == null ? 0 : page, size);
    }

    /** The same filters on another path or page, for the export link and the pager. */
    String href(String path, Integer otherPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        add(uri, "status", status);
        add(uri, "place", place);
        add(uri, "event", event);
        add(uri, "capability", capability);
        add(uri, "level", level);
        add(uri, "type", type);
        add(uri, "q", q);
        if (otherPage != null && otherPage > 0) {
            uri.queryParam("page", otherPage);
        }
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, value.toString().strip());
        }
    }
}
