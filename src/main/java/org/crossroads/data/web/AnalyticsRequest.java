package org.crossroads.data.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The parameters of the analytics pages and exports, read unsplit ({@code request.getParameterValues}):
 * Spring would split a place reference such as "Sfax, TN" on its comma.
 *
 * @param places directory ids or references ("Sfax, TN", "geonames:2467454")
 * @param rows "places" or "indicators"
 */
record AnalyticsRequest(List<String> indicators, List<String> places, List<String> periods, String dimension,
        String category, String rows, String network, int page) {

    static AnalyticsRequest of(HttpServletRequest request) {
        int page = 1;
        String p = first(values(request, "page"));
        if (p != null && p.matches("\\d{1,6}")) {
            page = Math.max(1, Integer.parseInt(p));
        }
        return new AnalyticsRequest(values(request, "indicator"), values(request, "place"), values(request, "period"),
                first(values(request, "dimension")), first(values(request, "category")), first(values(request, "rows")),
                first(values(request, "network")), page);
    }

    public String indicator() {
        return first(indicators);
    }

    public String place() {
        return first(places);
    }

    public String period() {
        return first(periods);
    }

    public boolean byIndicator() {
        return "indicators".equals(rows);
    }

    /** The same selection as a query string (for export links and pages), with another page. */
    public String query(int otherPage) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        indicators.forEach(v -> b.queryParam("indicator", v));
        places.forEach(v -> b.queryParam("place", v));
        periods.forEach(v -> b.queryParam("period", v));
        if (dimension != null) {
            b.queryParam("dimension", dimension);
        }
        if (category != null) {
            b.queryParam("category", category);
        }
        if (rows != null) {
            b.queryParam("rows", rows);
        }
        if (network != null) {
            b.queryParam("network", network);
        }
        if (otherPage > 1) {
            b.queryParam("page", otherPage);
        }
        String query = b.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.stream(values).filter(Objects::nonNull).map(String::strip)
                .filter(v -> !v.isEmpty()).distinct().toList();
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }
}
