package org.crossroads.indexes;

import java.math.BigDecimal;

/**
 * A dimension of a draft version as the builder's form gives it.
 *
 * @param weight greater than 0
 * @param position where it goes (1 = first), or null for the end
 */
public record DimensionDraft(String code, IndexText name, IndexText description, BigDecimal weight, Integer position) {
}
