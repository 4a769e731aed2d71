package org.crossroads.shared.tabular;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One data row of an imported file. {@code rowNumber} is the row as the spreadsheet shows it (the header
 * is row 1), so error reports point where the user looks. Values are keyed by normalised column name;
 * every column of the header is present, empty cells as "".
 */
public record SourceRow(int rowNumber, Map<String, String> values, Set<String> formulasWithoutResult) {

    public SourceRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        formulasWithoutResult = Set.copyOf(formulasWithoutResult);
    }

    public SourceRow(int rowNumber, Map<String, String> values) {
        this(rowNumber, values, Set.of());
    }

    /**
     * True when the spreadsheet cell holds a formula but no stored result (a file written by a program that
     * does not calculate): the cell reads as empty, though the user sees a value in a spreadsheet.
     */
    public boolean formulaWithoutResult(String column) {
        return formulasWithoutResult.contains(column);
    }

    /** The cell's value, or "" when the column is absent or the cell empty. */
    public String value(String column) {
        String value = values.get(column);
        return value == null ? "" : value;
    }

    public boolean has(String column) {
        return !value(column).isBlank();
    }
}
