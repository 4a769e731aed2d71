package org.crossroads.learning.capabilities;

import java.util.List;
import java.util.Optional;

/**
 * Capabilities across a set of cities period after period (oldest first). Each city weighs the same:
 * a capability's figure is the mean of the cities' own averages for it.
 */
public record NetworkCapabilityTrend(long frameworkId, List<Period> periods) {

    public List<String> periodNames() {
        return periods.stream().map(Period::period).toList();
    }

    /**
     * @param cities how many cities assessed themselves for this period
     * @param capabilities per capability: the mean of the city averages and the number of cities behind it
     */
    public record Period(String period, int cities, List<CapabilityAverage> capabilities) {

        public Optional<CapabilityAverage> capability(String code) {
            return CapabilityTrend.find(capabilities, code);
        }
    }
}
