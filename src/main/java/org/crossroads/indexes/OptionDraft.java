package org.crossroads.indexes;

import java.math.BigDecimal;

/**
 * An answer option of a draft version's question as the builder's form gives it.
 *
 * @param score 0 to 100
 * @param lowerBound for a number-range question: the smallest number of the band (required)
 * @param upperBound for a number-range question: the largest number of the band, or null for no limit
 * @param position where it goes (1 = first), or null for the end
 */
public record OptionDraft(String code, IndexText label, Integer score, BigDecimal lowerBound, BigDecimal upperBound,
        Integer position) {
}
