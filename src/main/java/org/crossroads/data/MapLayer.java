package org.crossroads.data;

import java.math.BigDecimal;
import java.util.List;
import org.crossroads.directory.Place;

/**
 * A map of one indicator for one period: a proportional symbol per city and, for indicators that sum or
 * average, a choropleth per country (the sum over its cities, or their unweighted average), with the
 * value ranges of a legend.
 *
 * @param category the category mapped ("" for totals)
 * @param cityRange smallest and largest city figure shown, or null when none is
 * @param bands equal-width value bands of the choropleth, lowest first (empty without a choropleth)
 */
public record MapLayer(Indicator indicator, String period, Dimension dimension, String category, List<City> cities,
        List<Country> countries, Range cityRange, List<Range> bands, int threshold) {

    public record City(Place place, Figure figure) {}

    /**
     * @param cities the cities whose figures went into it
     * @param band index into {@link #bands()}, or null when the figure is hidden
     */
    public record Country(String countryCode, Figure figure, int cities, Integer band) {}

    public record Range(BigDecimal from, BigDecimal to) {}

    public boolean hasChoropleth() {
        return !"none".equals(indicator.aggregation());
    }
}
