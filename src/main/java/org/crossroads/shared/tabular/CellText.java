package org.crossroads.shared.tabular;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * How an exported value is written as text: numbers in plain notation with a dot (never {@code 1E+3}),
 * dates in ISO form (their {@code toString}), lists joined with {@code "; "} (the import format's list separator), nothing for null.
 */
final class CellText {

    private CellText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().scale() <= 0 ? decimal.toBigInteger().toString() : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return IsoCellFormatter.number(((Number) value).doubleValue());
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(CellText::of).collect(Collectors.joining("; "));
        }
        return value.toString();
    }
}
