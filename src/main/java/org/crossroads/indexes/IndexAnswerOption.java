package org.crossroads.indexes;

import java.math.BigDecimal;

/**
 * An answer option and its score (0 to 100). For a number-range question an option is a band of numbers
 * (inclusive bounds, no upper bound when {@code upperBound} is null) and its label may be empty.
 */
public record IndexAnswerOption(long id, String code, IndexText label, int score, BigDecimal lowerBound,
        BigDecimal upperBound, int position) {

    /** Whether this band holds the number. */
    public boolean holds(BigDecimal number) {
        return number != null && lowerBound != null && number.compareTo(lowerBound) >= 0
                && (upperBound == null || number.compareTo(upperBound) <= 0);
    }
}
