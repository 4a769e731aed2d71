package org.crossroads.learning.capabilities;

import java.util.List;
import java.util.Optional;

/** A city's self-assessed capabilities period after period (oldest first). */
public record CapabilityTrend(long placeId, long frameworkId, List<Period> periods) {

    public List<String> periodNames() {
        return periods.stream().map(Period::period).toList();
    }

    /**
     * One period: the average score per capability and per level over the indicators scored, and each
     * indicator's score (count 1).
     */
    public record Period(String period, List<CapabilityAverage> capabilities, List<CapabilityAverage> levels,
            List<CapabilityAverage> indicators) {

        public Optional<CapabilityAverage> capability(String code) {
            return find(capabilities, code);
        }

        public Optional<CapabilityAverage> level(String level) {
            return find(levels, level);
        }

        public Optional<CapabilityAverage> indicator(String code) {
            return find(indicators, code);
        }
    }

    static Optional<CapabilityAverage> find(List<CapabilityAverage> averages, String key) {
        return averages.stream().filter(a -> a.key().equals(key)).findFirst();
    }
}
