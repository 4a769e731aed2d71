package org.crossroads.learning.capabilities;

import java.util.List;
import java.util.Optional;

/**
 * Capability by level across a set of cities, each city with its latest assessment. A cell is the mean
 * of the cities' averages for the indicators of that capability and level.
 *
 * @param basis the assessment behind the figures for each city
 */
public record CapabilityHeatMap(long frameworkId, List<CityPeriod> basis, List<Cell> cells) {

    public int cities() {
        return basis.size();
    }

    public Optional<Cell> cell(String capabilityCode, String level) {
        return cells.stream().filter(c -> c.capability().equals(capabilityCode) && c.level().equals(level)).findFirst();
    }

    /** @param cities how many cities scored at least one indicator of this capability and level */
    public record Cell(String capability, String level, double average, int cities) {
    }

    public record CityPeriod(long placeId, String period) {
    }
}
