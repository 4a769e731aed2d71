package org.crossroads.shared.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;

/**
 * Collects the rows a source reads and applies the limits as they arrive, so that an oversized file
 * stops at the first row past a limit instead of being read to the end. Blank rows are dropped here.
 * When rows are streamed, only the header rows are kept and every later row goes to the consumer.
 */
final class RawRows {

    /** The header and an HXL row come on top of the data rows. */
    private static final int HEADER_ROWS = 2;

    private final TabularLimits limits;
    private final List<RawRow> rows = new ArrayList<>();
    private final Consumer<RawRow> streamed;
    private int count;

    RawRows(TabularLimits limits) {
        this(limits, null);
    }

    /** @param streamed receives every row after the first two (null: keep every row) */
    RawRows(TabularLimits limits, Consumer<RawRow> streamed) {
        this.limits = limits;
        this.streamed = streamed;
    }

    void add(int number, List<String> cells) {
        add(number, cells, Set.of());
    }

    void add(int number, List<String> cells, Set<Integer> formulasWithoutResult) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell == null || cell.isEmpty()) {
                continue;
            }
            if (i >= limits.maxColumns() && !cell.isBlank()) {
                throw tooManyColumns(number);
            }
            if (cell.length() > limits.maxCellChars()) {
                throw new TabularFormatException(Reason.CELL_TOO_LONG.with(number, columnLabel(i), limits.maxCellChars()));
            }
        }
        RawRow row = new RawRow(number, cells, formulasWithoutResult);
        if (row.isBlank() && formulasWithoutResult.isEmpty()) {
            return;
        }
        if (count++ >= limits.maxRows() + HEADER_ROWS) {
            throw new TabularFormatException(Reason.TOO_MANY_ROWS.with(limits.maxRows()));
        }
        if (streamed != null && rows.size() >= HEADER_ROWS) {
            streamed.accept(row);
        } else {
            rows.add(row);
        }
    }

    TabularFormatException tooManyColumns(int number) {
        return new TabularFormatException(Reason.TOO_MANY_COLUMNS.with(number, limits.maxColumns()));
    }

    /** The header's name for a column once the header is known, else its spreadsheet letter. */
    private String columnLabel(int index) {
        if (!rows.isEmpty()) {
            String name = rows.get(0).cell(index).strip();
            if (!name.isEmpty()) {
                return name;
            }
        }
        return letter(index);
    }

    static String letter(int index) {
        return CellReference.convertNumToColString(index);
    }

    List<RawRow> rows() {
        return rows;
    }
}
