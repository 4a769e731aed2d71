package org.crossroads.data;

import java.util.List;

/**
 * A pivot selection: indicators by places by periods, optionally broken down by one dimension whose
 * categories become sub-columns. Empty lists mean every place (one page of them) or every period.
 *
 * @param dimension a dimension code, or null for totals only
 * @param rows rows by place (then indicator) or by indicator (then place)
 * @param limit places per page
 * @param offset places skipped
 */
public record PivotQuery(List<String> indicators, List<Long> placeIds, List<String> periods, String dimension, Rows rows,
        int limit, int offset) {

    public static final int MAX_INDICATORS = 12;
    public static final int MAX_PLACES = 5_000;

    public enum Rows { PLACES, INDICATORS }

    public PivotQuery {
        indicators = indicators == null ? List.of() : indicators.stream().filter(s -> s != null && !s.isBlank())
                .map(String::strip).distinct().toList();
        placeIds = placeIds == null ? List.of() : placeIds.stream().distinct().toList();
        periods = periods == null ? List.of() : periods.stream().filter(s -> s != null && !s.isBlank())
                .map(String::strip).distinct().toList();
        dimension = dimension == null || dimension.isBlank() ? null : dimension.strip();
        rows = rows == null ? Rows.PLACES : rows;
        limit = Math.min(Math.max(1, limit), MAX_PLACES);
        offset = Math.max(0, offset);
        if (indicators.size() > MAX_INDICATORS || placeIds.size() > MAX_PLACES) {
            throw new IllegalArgumentException("At most " + MAX_INDICATORS + " indicators and " + MAX_PLACES + " places");
        }
    }
}
