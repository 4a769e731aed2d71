package org.crossroads.shared.tabular;

import java.util.Comparator;

/**
 * Why one cell (or, with row 1, the header) was rejected. {@code row} is the spreadsheet's row number,
 * {@code column} the normalised column name.
 */
public record Problem(int row, String column, Message reason) {

    /** By row, then column, then reason key, so a report reads top to bottom like the file. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator.comparingInt(Problem::row)
            .thenComparing(Problem::column).thenComparing(p -> p.reason().key());

    /** The English text of the reason. */
    public String text() {
        return reason.text();
    }

    @Override
    public String toString() {
        return "row " + row + ", " + column + ": " + reason.text();
    }
}
