package org.crossroads.data;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the protection {@link SmallCountProtection} stored, for the outputs: which figures are hidden from
 * readers not entitled to a place's confidential view, and why. Analytics, stored values and city profiles
 * all read it, so a figure is hidden the same way in every output.
 */
@Repository
class HiddenFigures {

    private final JdbcClient jdbc;
    private final int threshold;

    HiddenFigures(JdbcClient jdbc, DataSettings settings) {
        this.jdbc = jdbc;
        this.threshold = settings.smallCountThreshold();
    }

    private record Key(long indicatorId, long placeId, String period, String combination) {}

    private record Pair(long indicatorId, long placeId) {}

    /** The decisions about some indicators at some places. */
    static final class Decisions {

        private final Map<Key, String[]> hidden = new HashMap<>();
        private final Set<Pair> protectedPairs = new HashSet<>();

        /**
         * Why the figure is hidden from a reader not entitled to the place's confidential view, or null when
         * it is shown. A figure whose protection is not worked out yet is hidden ("x").
         *
         * @param signedIn the reader is signed in (and so sees restricted values)
         * @param combination "" for the total, "sex=female" for a category, as stored values name it
         */
        Why why(long indicatorId, long placeId, String period, String combination, boolean signedIn) {
            if (!protectedPairs.contains(new Pair(indicatorId, placeId))) {
                return Why.COMPLEMENTARY;
            }
            String[] why = hidden.get(new Key(indicatorId, placeId, period, combination));
            String name = why == null ? null : why[signedIn ? 1 : 0];
            return name == null ? null : Why.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The combination that names a marginal: "" for the total, "dimension=category" otherwise. */
    static String combination(String dimension, String category) {
        return dimension.isEmpty() ? "" : dimension + "=" + category;
    }

    /**
     * @param placeIds empty for every place
     * @param periods empty for every period
     */
    Decisions read(Collection<Long> indicatorIds, Collection<Long> placeIds, Collection<String> periods) {
        Decisions decisions = new Decisions();
        if (indicatorIds.isEmpty()) {
            return decisions;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("i", indicatorIds.toArray(Long[]::new));
        params.put("p", placeIds.toArray(Long[]::new));
        params.put("t", periods.toArray(String[]::new));
        params.put("threshold", threshold);
        String places = placeIds.isEmpty() ? "" : " and place_id = any(:p)";
        jdbc.sql("select indicator_id, place_id from data_protected where indicator_id = any(:i) and threshold = :threshold"
                + places).params(params)
                .query(rs -> {
                    decisions.protectedPairs.add(new Pair(rs.getLong(1), rs.getLong(2)));
                });
        jdbc.sql("select indicator_id, place_id, period, combination, public_why, member_why from data_hidden"
                + " where indicator_id = any(:i)" + places + (periods.isEmpty() ? "" : " and period = any(:t)"))
                .params(params).query(rs -> {
                    decisions.hidden.put(new Key(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)),
                            new String[] {rs.getString(5), rs.getString(6)});
                });
        return decisions;
    }
}
