package org.crossroads.shared.tabular;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows as RFC 4180 CSV in UTF-8: a header of column names, optionally a row of HXL hashtags, then
 * the rows, streamed as they come. Every cell passes through {@link FormulaGuard}, so a value typed as
 * {@code =HYPERLINK(…)} opens as text, not as a formula.
 *
 * <p>Every CSV the application serves is one of two variants, and keeps its promise: {@link
 * #forMachines} (the header, then the HXL hashtag row, no byte order mark, so a script reads the header
 * from the first byte) and {@link #forSpreadsheets} (a byte order mark, which makes Excel read UTF-8
 * instead of the Windows code page, then the header and the rows, no HXL row). The {@link TabularReader}
 * reads both.
 */
public record CsvExport(List<Column> columns, boolean hxlRow, boolean byteOrderMark) {

    public CsvExport {
        columns = List.copyOf(columns);
    }

    /** For machines: the header, the HXL hashtag row, no byte order mark. */
    public static CsvExport forMachines(List<Column> columns) {
        return new CsvExport(columns, true, false);
    }

    /** For spreadsheets: a byte order mark, the header, no HXL row. */
    public static CsvExport forSpreadsheets(List<Column> columns) {
        return new CsvExport(columns, false, true);
    }

    /** No HXL row, no byte order mark (for files that are not served as one of the two variants). */
    public static CsvExport of(List<Column> columns) {
        return new CsvExport(columns, false, false);
    }

    public CsvExport withHxlRow(boolean hxl) {
        return new CsvExport(columns, hxl, byteOrderMark);
    }

    public CsvExport withByteOrderMark(boolean bom) {
        return new CsvExport(columns, hxlRow, bom);
    }

    /**
     * Writes the file; each row holds one value per column (String, Number, LocalDate, Boolean, a
     * Collection for list cells, or null). The stream is flushed, not closed.
     */
    public void write(Iterable<? extends List<?>> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(columns.stream().map(Column::name).map(FormulaGuard::neutralise).toList());
        if (hxlRow) {
            printer.printRecord(columns.stream().map(Column::hashtag).toList());
        }
        for (List<?> row : rows) {
            printer.printRecord(cells(row));
        }
        printer.flush();
    }

    private List<String> cells(List<?> row) {
        if (row.size() > columns.size()) {
            throw new IllegalArgumentException("A row has " + row.size() + " values for " + columns.size() + " columns");
        }
        List<String> cells = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            cells.add(FormulaGuard.neutralise(i < row.size() ? CellText.of(row.get(i)) : ""));
        }
        return cells;
    }
}
