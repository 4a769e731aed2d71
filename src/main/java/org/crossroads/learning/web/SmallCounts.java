package org.crossroads.learning.web;

import org.crossroads.learning.LearningSettings;
import org.springframework.stereotype.Component;

/**
 * Counts in public statistics: a count from 1 to below the threshold could point at a person (the one
 * woman delegate of a city), so the public sees "&lt;5"; organisers see the number.
 */
@Component
class SmallCounts {

    private final int threshold;

    SmallCounts(LearningSettings settings) {
        this.threshold = settings.smallCountThreshold();
    }

    String show(int count, boolean suppress) {
        return hidden(count, suppress) ? "<" + threshold : String.valueOf(count);
    }

    Integer bar(int count, boolean suppress) {
        return hidden(count, suppress) ? null : count;
    }

    boolean hidden(int count, boolean suppress) {
        return suppress && count > 0 && count < threshold;
    }

    int threshold() {
        return threshold;
    }
}
