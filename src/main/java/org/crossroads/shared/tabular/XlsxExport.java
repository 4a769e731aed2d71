package org.crossroads.shared.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows to the first sheet of an XLSX workbook: a bold header, optionally a row of HXL hashtags,
 * then the rows. It streams (SXSSF keeps {@value #WINDOW} rows in memory and spills the rest to a
 * compressed temporary file), so a 100,000-row export does not hold the workbook in memory. Cells are
 * numbers, dates (numbers formatted {@code yyyy-mm-dd}) or strings, never formulas; a string that would
 * run as a formula if retyped is marked quote-prefixed, Excel's own form of the leading apostrophe, which
 * leaves the value itself intact. Text longer than Excel's cell limit of 32,767 characters is cut there.
 */
public record XlsxExport(List<Column> columns, boolean hxlRow, String sheetName) {

    static final int WINDOW = 200;
    private static final int EXCEL_MAX_CHARS = 32_767;

    public XlsxExport {
        columns = List.copyOf(columns);
    }

    public static XlsxExport of(List<Column> columns) {
        return new XlsxExport(columns, false, "data");
    }

    public XlsxExport withHxlRow(boolean hxl) {
        return new XlsxExport(columns, hxl, sheetName);
    }

    public XlsxExport withSheetName(String name) {
        return new XlsxExport(columns, hxlRow, name);
    }

    /** Writes the workbook (values as in {@link CsvExport#write}); the stream is not closed. */
    public void write(Iterable<? extends List<?>> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            int next = 0;
            writeRow(sheet.createRow(next++), columns.stream().map(Column::name).toList(), styles.header, styles);
            if (hxlRow) {
                writeRow(sheet.createRow(next++), columns.stream().map(Column::hashtag).toList(), styles.hashtag, styles);
            }
            sheet.createFreezePane(0, next);
            for (List<?> row : rows) {
                if (row.size() > columns.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " values for " + columns.size() + " columns");
                }
                writeRow(sheet.createRow(next++), row, null, styles);
            }
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, 20 * 256);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void writeRow(Row row, List<?> values, CellStyle style, Styles styles) {
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            write(cell, values.get(i), styles);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static void write(Cell cell, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            cell.setCellStyle(styles.dateTime);
        } else if (value instanceof Number number && fitsDouble(number)) {
            cell.setCellValue(number.doubleValue());
        } else {
            String text = CellText.of(value);
            cell.setCellValue(text.length() > EXCEL_MAX_CHARS ? text.substring(0, EXCEL_MAX_CHARS) : text);
            if (FormulaGuard.wouldRun(text)) {
                cell.setCellStyle(styles.text);
            }
        }
    }

    /** A number Excel would store inexactly (more than 15 significant digits) is written as text. */
    private static boolean fitsDouble(Number number) {
        BigDecimal decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        return decimal.stripTrailingZeros().precision() <= 15;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle hashtag;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle text;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            Font italic = workbook.createFont();
            italic.setItalic(true);
            hashtag = workbook.createCellStyle();
            hashtag.setFont(italic);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
        }
    }
}
