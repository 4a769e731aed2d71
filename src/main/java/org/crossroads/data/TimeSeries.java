package org.crossroads.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crossroads.directory.Place;

/**
 * An indicator over time for one place, oldest period first, optionally with the categories of a
 * dimension beside the total.
 *
 * @param categories the category codes of the dimension in catalogue order (empty without a dimension)
 */
public record TimeSeries(Indicator indicator, Place place, Dimension dimension, List<String> categories,
        List<Point> points, int threshold) {

    /** @param total null when there is no total this reader may see; @param categories by category code */
    public record Point(String period, LocalDate start, Figure total, Map<String, Figure> categories) {}

    public boolean isEmpty() {
        return points.isEmpty();
    }
}
