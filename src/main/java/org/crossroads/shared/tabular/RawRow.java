package org.crossroads.shared.tabular;

import java.util.List;

/** A row as the file holds it, before the header gives its cells names. */
record RawRow(int number, List<String> cells) {

    boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    String cell(int index) {
        String value = index < cells.size() ? cells.get(index) : null;
        return value == null ? "" : value;
    }
}
