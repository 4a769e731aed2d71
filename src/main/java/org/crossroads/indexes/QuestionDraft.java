package org.crossroads.indexes;

import java.math.BigDecimal;

/**
 * A question of a draft version as the builder's form gives it. Changing a question to yes/no gives it the
 * options "yes" (100) and "no" (0); changing between a number range and a choice removes its options.
 *
 * @param dimensionCode the dimension it belongs to
 * @param position where it goes in its dimension (1 = first), or null for the end
 */
public record QuestionDraft(String dimensionCode, String code, IndexText prompt, QuestionKind kind, BigDecimal weight,
        boolean required, Integer position) {
}
