package org.crossroads.shared.tabular;

import java.util.List;
import java.util.Set;

/**
 * A row as the file holds it, before the header gives its cells names. {@code formulasWithoutResult} are
 * the indexes of spreadsheet cells that hold a formula but no stored result (read as empty).
 */
record RawRow(int number, List<String> cells, Set<Integer> formulasWithoutResult) {

    RawRow(int number, List<String> cells) {
        this(number, cells, Set.of());
    }

    boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    String cell(int index) {
        String value = index < cells.size() ? cells.get(index) : null;
        return value == null ? "" : value;
    }
}
