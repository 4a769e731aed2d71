package org.crossroads.commitments;

import java.util.List;

/**
 * What shows a status change or an uptake: a record of another module (an initiative, a validated outcome, a
 * library document), a data value named as the data module names it (indicator, place, year: its figure is read
 * through the data module when shown, so that its protection of small counts applies), or an address on the web.
 */
public record Evidence(String kind, Long recordId, String indicatorCode, Long placeId, Integer year, String url) {

    public static final List<String> KINDS = List.of("initiative", "outcome", "document", "data_value", "web");

    public static Evidence record(String kind, long id) {
        return new Evidence(kind, id, null, null, null, null);
    }

    public static Evidence dataValue(String indicatorCode, long placeId, int year) {
        return new Evidence("data_value", null, indicatorCode, placeId, year, null);
    }

    public static Evidence web(String url) {
        return new Evidence("web", null, null, null, null, url);
    }
}
