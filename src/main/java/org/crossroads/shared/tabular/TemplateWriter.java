package org.crossroads.shared.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the empty template of an import format: the header and one example row, so that a user sees
 * every column and the shape of a valid value. Templates are filled in in spreadsheets: the CSV is the
 * spreadsheet variant ({@link CsvExport#forSpreadsheets}: byte order mark, no HXL row); the XLSX shows
 * the HXL row when any column has a hashtag.
 */
public final class TemplateWriter {

    private TemplateWriter() {
    }

    public static void csv(List<Column> columns, OutputStream out) throws IOException {
        CsvExport.forSpreadsheets(columns).write(List.of(examples(columns)), out);
    }

    public static void xlsx(List<Column> columns, OutputStream out) throws IOException {
        XlsxExport.of(columns).withHxlRow(Column.anyHashtag(columns)).withSheetName("template").write(List.of(examples(columns)), out);
    }

    private static List<String> examples(List<Column> columns) {
        return columns.stream().map(Column::example).toList();
    }
}
