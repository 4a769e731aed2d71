package org.crossroads.network;

import java.util.List;

/**
 * How the cooperation graph changed between two years: cities that gained or lost ties, and the ties that
 * appeared and ended.
 */
public record YearComparison(int from, int to, List<CityChange> cities, int tiesFrom, int tiesTo,
        int componentsFrom, int componentsTo) {

    public YearComparison {
        cities = List.copyOf(cities);
    }

    /** One city's degree and connectedness in both years. */
    public record CityChange(long placeId, String name, int degreeFrom, int degreeTo, double connectednessFrom,
            double connectednessTo) {}
}
