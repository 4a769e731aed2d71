package org.crossroads.data;

import java.math.BigDecimal;
import org.crossroads.shared.statistics.SmallCellSuppression;

/**
 * A figure of analytics as one reader may see it. A figure the reader may not see at all is not a
 * {@code Figure}: it is left out (not even "&lt;5").
 *
 * @param value the number, or null when suppressed
 * @param suppressed hidden as a small count or to protect one (see {@link SmallCellSuppression})
 * @param why why it is hidden, or null when shown
 * @param confidentiality the strictest confidentiality of the values behind it
 */
public record Figure(BigDecimal value, boolean suppressed, SmallCellSuppression.Why why, String confidentiality) {

    static Figure shown(BigDecimal value, String confidentiality) {
        return new Figure(value, false, null, confidentiality);
    }

    static Figure hidden(SmallCellSuppression.Why why, String confidentiality) {
        return new Figure(null, true, why, confidentiality);
    }

    /** Hidden because it is a small count itself ("&lt;5"), not to protect another figure. */
    public boolean small() {
        return why == SmallCellSuppression.Why.SMALL;
    }
}
