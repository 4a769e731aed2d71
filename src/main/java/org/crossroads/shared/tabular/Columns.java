package org.crossroads.shared.tabular;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * Checks a file's header against an import format before any row is read: a missing required column is
 * an error, and so is an unknown column, because its values would otherwise be dropped without a word
 * (a misspelt {@code sumary} column must not silently import initiatives without summaries).
 */
public final class Columns {

    private Columns() {
    }

    /** Reports each problem on row 1, the header. {@code known} may accept patterns such as {@code name_fr}. */
    public static void check(TabularFile file, Collection<String> required, Predicate<String> known, Problems problems) {
        check(file.columns(), required, known, problems);
    }

    /** The same for a streamed file's columns. */
    public static void check(Collection<String> columns, Collection<String> required, Predicate<String> known,
            Problems problems) {
        for (String column : required) {
            if (!columns.contains(column)) {
                problems.add(1, column, Reason.MISSING_COLUMN.with(column));
            }
        }
        for (String column : columns) {
            if (!known.test(column) && !required.contains(column)) {
                problems.add(1, column, Reason.UNKNOWN_COLUMN.with(column));
            }
        }
    }
}
