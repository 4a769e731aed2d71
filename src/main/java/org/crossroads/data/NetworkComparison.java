package org.crossroads.data;

import java.math.BigDecimal;
import java.util.List;
import org.crossroads.directory.Place;

/**
 * A city's figure beside those of a network's member cities for one period. The network's median and
 * range are worked out only over figures this reader sees: a hidden figure (a small count, a confidential
 * value) never moves them, so they cannot give it away.
 *
 * @param city the city's figure, or null when there is none this reader may see
 * @param rank the city's place among the compared figures, largest first (1 = largest), or null
 * @param ranked how many figures the rank is out of
 * @param leftOut member cities whose figure is shown as a small count and so left out of the statistics
 */
public record NetworkComparison(Indicator indicator, Place place, String period, long networkId, Figure city,
        int count, BigDecimal median, BigDecimal min, BigDecimal max, Integer rank, int ranked, int leftOut,
        List<Member> members, int threshold) {

    /** A member city with the figure this reader sees. */
    public record Member(Place place, Figure figure) {}

    public boolean hasStatistics() {
        return count > 0;
    }
}
