package org.crossroads.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportTest {

    private static final List<Column> COLUMNS = List.of(new Column("name", "#org+name", "UCLG"),
            new Column("value", "#indicator+num", "12.5"), new Column("since", "#date+start", "2021-06-15"));

    @Test
    /** commons-csv quotes a cell starting with '#' (a comment sign in some dialects); HXL tools accept it. */
    void csvHasAHeaderAnOptionalHxlRowAndRfc4180Quoting() {
        String csv = Files.csv(COLUMNS, true, false, List.of(List.of("Sfax, \"TN\"", new BigDecimal("12.50"), LocalDate.of(2021, 6, 15))));

        assertThat(csv).isEqualTo("name,value,since\r\n\"#org+name\",\"#indicator+num\",\"#date+start\"\r\n\"Sfax, \"\"TN\"\"\",12.5,2021-06-15\r\n");
        assertThat(Files.csv(COLUMNS, false, false, List.of())).isEqualTo("name,value,since\r\n");
    }

    @Test
    void csvCanStartWithAByteOrderMarkForExcel() {
        assertThat(Files.csv(COLUMNS, false, true, List.of())).startsWith("\uFEFFname,");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        assertThat(FormulaGuard.neutralise("=HYPERLINK(\"http://evil\",\"click\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
        assertThat(FormulaGuard.neutralise("+1")).isEqualTo("'+1");
        assertThat(FormulaGuard.neutralise("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(FormulaGuard.neutralise("-1+2")).isEqualTo("'-1+2");
        assertThat(FormulaGuard.neutralise("\tcmd")).isEqualTo("'\tcmd");
        assertThat(FormulaGuard.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(FormulaGuard.neutralise("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
    }

    @Test
    void plainNegativeNumbersAndOrdinaryTextAreKept() {
        assertThat(FormulaGuard.neutralise("-12.5")).isEqualTo("-12.5");
        assertThat(FormulaGuard.neutralise("-3")).isEqualTo("-3");
        assertThat(FormulaGuard.neutralise("Sfax = hub")).isEqualTo("Sfax = hub");
        assertThat(FormulaGuard.neutralise("")).isEmpty();
    }

    @Test
    void neutralisedCsvCellsReimportAsTheyWere() {
        List<List<?>> rows = List.of(List.of("=HYPERLINK(\"x\")", "-1+2", "@SUM"), List.of("ok", -12.5, "+33 1 23"));
        String csv = Files.csv(COLUMNS, true, false, rows);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\",'-1+2,'@SUM").contains("ok,-12.5,'+33 1 23");
        TabularFile file = Files.readCsv(csv);
        assertThat(file.rows().get(0).values()).containsValues("=HYPERLINK(\"x\")", "-1+2", "@SUM");
        assertThat(file.rows().get(1).values()).containsValues("-12.5", "+33 1 23");
    }

    @Test
    void xlsxWritesBoldHeaderNumbersDatesAndTextButNeverFormulas() throws IOException {
        byte[] bytes = Files.xlsx(COLUMNS, true, List.of(Arrays.asList("=1+1", 12.5, LocalDate.of(2021, 6, 15)),
                Arrays.asList("x".repeat(40_000), new BigDecimal("12345678901234567890"), null)));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("#org+name");
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(12.5);
            assertThat(sheet.getRow(2).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 6, 15));
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).hasSize(32_767);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("12345678901234567890");
        }
    }

    @Test
    void templatesHoldHeaderAndOneExampleRowAndReadBack() throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        TemplateWriter.csv(COLUMNS, csv);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        TemplateWriter.xlsx(COLUMNS, xlsx);

        // the CSV template is the spreadsheet variant: byte order mark, no HXL row
        assertThat(csv.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFname,value,since\r\nUCLG,12.5,2021-06-15\r\n");
        TabularFile workbook = new TabularReader().read("template", new ByteArrayInputStream(xlsx.toByteArray()));
        assertThat(workbook.hashtags()).containsEntry("since", "#date+start");
        for (byte[] bytes : List.of(csv.toByteArray(), xlsx.toByteArray())) {
            TabularFile file = new TabularReader().read("template", new ByteArrayInputStream(bytes));
            assertThat(file.columns()).containsExactly("name", "value", "since");
            assertThat(file.rows()).singleElement().satisfies(row -> assertThat(row.value("since")).isEqualTo("2021-06-15"));
        }
    }

    @Test
    void theTwoCsvVariantsKeepTheirPromises() throws IOException {
        ByteArrayOutputStream machines = new ByteArrayOutputStream();
        CsvExport.forMachines(COLUMNS).write(List.of(List.of("UCLG", 1, LocalDate.of(2021, 6, 15))), machines);
        assertThat(machines.toString(StandardCharsets.UTF_8)).startsWith("name,value,since\r\n\"#org+name\"");
        ByteArrayOutputStream spreadsheets = new ByteArrayOutputStream();
        CsvExport.forSpreadsheets(COLUMNS).write(List.of(List.of("UCLG", 1, LocalDate.of(2021, 6, 15))), spreadsheets);
        assertThat(spreadsheets.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFname,value,since\r\nUCLG,1,2021-06-15\r\n");
    }
}
