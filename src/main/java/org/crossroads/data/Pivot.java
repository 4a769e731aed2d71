package org.crossroads.data;

import java.util.List;
import org.crossroads.directory.Place;

/**
 * A pivot table: one row per place and indicator, one column per period (and, with a dimension, per
 * category of that dimension within the period, the total first).
 *
 * @param dimension the breakdown, or null for totals only
 * @param threshold small counts are below this
 * @param more whether further places follow this page
 */
public record Pivot(List<Indicator> indicators, Dimension dimension, List<Column> columns, List<Row> rows, int threshold,
        int offset, int limit, boolean more) {

    /** @param category a category code, or "" for the total */
    public record Column(String period, String category) {

        public boolean isTotal() {
            return category.isEmpty();
        }
    }

    /** @param cells one per column, null where there is nothing this reader may see */
    public record Row(Indicator indicator, Place place, List<Figure> cells) {}

    /** The periods of the columns, in order. */
    public List<String> periods() {
        return columns.stream().map(Column::period).distinct().toList();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
