package org.crossroads.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;

/**
 * Protects stored values on their way to a reader (API, exports, the values page) with the decisions the
 * analytics read ({@link SmallCountProtection}, through {@link HiddenFigures}), so that the values cannot
 * give away what the pivot hides. A reader entitled to the place's confidential view sees every value
 * exactly; anyone else sees counts from 1 to below the threshold as "&lt;5" and the values hidden to protect
 * them as "x", worked out over the whole table of the indicator at the place (every period and breakdown).
 */
final class ProtectedValues {

    private final HiddenFigures hidden;
    private final Map<String, Indicator> indicators;
    private final DataAccess.ConfidentialView view;
    private final int threshold;

    /** @param indicators by code */
    ProtectedValues(HiddenFigures hidden, Map<String, Indicator> indicators, DataAccess.ConfidentialView view, int threshold) {
        this.hidden = hidden;
        this.indicators = indicators;
        this.view = view;
        this.threshold = threshold;
    }

    /** @param shown the values the reader's selection found (only values the reader may see) */
    List<ProtectedValue> protect(List<DataValues.Row> shown) {
        Set<Long> indicatorIds = new HashSet<>();
        Set<Long> placeIds = new HashSet<>();
        Set<String> periods = new HashSet<>();
        shown.stream().filter(r -> !view.covers(r.placeId())).forEach(r -> {
            Indicator i = indicators.get(r.indicator());
            if (i != null) {
                indicatorIds.add(i.id());
            }
            placeIds.add(r.placeId());
            periods.add(r.period());
        });
        HiddenFigures.Decisions decisions = indicatorIds.isEmpty() ? null : hidden.read(indicatorIds, placeIds, periods);
        List<ProtectedValue> values = new ArrayList<>(shown.size());
        for (DataValues.Row row : shown) {
            if (view.covers(row.placeId())) {
                values.add(ProtectedValue.shown(row));
                continue;
            }
            Indicator i = indicators.get(row.indicator());
            // an indicator missing from the catalogue read: fail closed
            Why why = i == null || decisions == null ? Why.COMPLEMENTARY
                    : decisions.why(i.id(), row.placeId(), row.period(), row.combination(), view.signedIn());
            values.add(why == null ? ProtectedValue.shown(row) : ProtectedValue.hidden(row, text(why)));
        }
        return values;
    }

    /** The text that stands for a hidden value: "&lt;5" for a small count, "x" for a value protecting or derived from one. */
    String text(Why why) {
        return why == Why.SMALL ? "<" + threshold : FigureText.COMPLEMENTARY;
    }
}
