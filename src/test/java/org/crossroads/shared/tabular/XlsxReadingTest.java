package org.crossroads.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReadingTest {

    private static final List<Column> COLUMNS = List.of(new Column("external_id", "#activity+id", "init:1"),
            new Column("name", "#activity+name", ""), new Column("start", "#date+start", ""),
            new Column("population", "#population", ""), new Column("share", "#indicator+share", ""),
            new Column("themes", "#sector", ""));

    private static TabularFile read(byte[] bytes) {
        return new TabularReader().read("upload.xlsx", new ByteArrayInputStream(bytes));
    }

    @Test
    void roundTripsTextDatesWholeAndDecimalNumbersAndLists() {
        byte[] bytes = Files.xlsx(COLUMNS, false, List.of(
                List.of("init:1", "Oujda–Sfax exchange", LocalDate.of(2021, 6, 15), 1_000_000, new BigDecimal("12.5"), List.of("housing", "health")),
                Arrays.asList("init:2", "=HYPERLINK(\"http://x\")", null, -3L, 0.1, List.of())));

        TabularFile file = read(bytes);

        assertThat(file.format()).isEqualTo(TabularFile.Format.XLSX);
        assertThat(file.columns()).containsExactly("external_id", "name", "start", "population", "share", "themes");
        assertThat(file.rows().get(0).values()).containsExactly(Map.entry("external_id", "init:1"),
                Map.entry("name", "Oujda–Sfax exchange"), Map.entry("start", "2021-06-15"), Map.entry("population", "1000000"),
                Map.entry("share", "12.5"), Map.entry("themes", "housing; health"));
        assertThat(file.rows().get(1).value("name")).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(file.rows().get(1).value("population")).isEqualTo("-3");
        assertThat(file.rows().get(1).value("share")).isEqualTo("0.1");
        assertThat(file.rows().get(1).value("start")).isEmpty();
    }

    @Test
    void skipsTheHxlRowAndReadsAWorkbookThatStartsWithHashtags() throws IOException {
        TabularFile withHeader = read(Files.xlsx(COLUMNS, true, List.of(List.of("init:1", "A"))));
        assertThat(withHeader.hashtags()).containsEntry("start", "#date+start");
        assertThat(withHeader.rows()).singleElement().satisfies(r -> assertThat(r.rowNumber()).isEqualTo(3));

        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet().createRow(0);
            row.createCell(0).setCellValue("#activity +id");
            row.createCell(1).setCellValue("#Date+Start");
            Row data = workbook.getSheetAt(0).createRow(1);
            data.createCell(0).setCellValue("init:9");
            data.createCell(1).setCellValue("2020");
            TabularFile file = new TabularReader().read("h.xlsx", new ByteArrayInputStream(bytes(workbook)),
                    Column.columnByHashtag(COLUMNS));
            assertThat(file.rows().get(0).value("start")).isEqualTo("2020");
            assertThat(file.rows().get(0).value("external_id")).isEqualTo("init:9");
        }
    }

    @Test
    void readsTheFirstSheetFormulasByCachedValueAndDatesInAnyDisplayFormat() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("first");
            workbook.createSheet("second").createRow(0).createCell(0).setCellValue("ignored");
            CellStyle french = workbook.createCellStyle();
            french.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle grouped = workbook.createCellStyle();
            grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Total");
            header.createCell(1).setCellValue("Since");
            header.createCell(2).setCellValue("Amount");
            header.createCell(4).setCellValue("Label");
            Row row = sheet.createRow(3);
            row.createCell(0).setCellFormula("2*21");
            row.createCell(1).setCellValue(LocalDate.of(2019, 12, 31));
            row.getCell(1).setCellStyle(french);
            row.createCell(2).setCellValue(1234.5);
            row.getCell(2).setCellStyle(grouped);
            row.createCell(4).setCellFormula("\"a\"&\"b\"");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

            TabularFile file = read(bytes(workbook));

            assertThat(file.columns()).containsExactly("total", "since", "amount", "label");
            assertThat(file.rows()).singleElement().satisfies(r -> {
                assertThat(r.rowNumber()).isEqualTo(4);
                assertThat(r.values()).containsExactly(Map.entry("total", "42"), Map.entry("since", "2019-12-31"),
                        Map.entry("amount", "1234.5"), Map.entry("label", "ab"));
            });
        }
    }

    @Test
    void aTruncatedOrCorruptWorkbookIsAFormatError() {
        byte[] valid = Files.xlsx(COLUMNS, true, List.of(List.of("init:1", "A")));
        byte[] truncated = Arrays.copyOf(valid, valid.length / 2);
        byte[] notAWorkbook = Files.xlsx(COLUMNS, false, List.of());
        notAWorkbook = Arrays.copyOf(notAWorkbook, notAWorkbook.length);
        for (int i = 200; i < notAWorkbook.length - 200; i += 7) {
            notAWorkbook[i] ^= 0x5A;
        }
        byte[] pkOnly = {'P', 'K', 3, 4, 1, 2, 3};

        for (byte[] bytes : List.of(truncated, notAWorkbook, pkOnly)) {
            assertThatThrownBy(() -> read(bytes)).isInstanceOf(TabularFormatException.class);
        }
    }

    @Test
    void aZipThatIsNotAWorkbookIsAFormatError() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
        }
        assertThatThrownBy(() -> read(out.toByteArray()))
                .isInstanceOfSatisfying(TabularFormatException.class, e -> assertThat(e.reason().key()).isEqualTo("import.file.notXlsx"));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    @Test
    void aFormulaWithoutAStoredResultIsReportedAsSuchNotAsAMissingValue() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("external_id");
            header.createCell(1).setCellValue("name");
            header.createCell(2).setCellValue("population");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("init:formula");
            row.createCell(1).setCellFormula("CONCATENATE(\"Oujda\", \" exchange\")");
            row.createCell(2).setCellValue(1200);
            // POI writes a formula with no cached value unless it is evaluated: as a program that does not calculate would
            workbook.write(out);
            bytes = out.toByteArray();
        }
        assertThat(new String(unzipped(bytes, "xl/worksheets/sheet1.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<f>").doesNotContain("<v>Oujda");

        SourceRow row = read(bytes).rows().get(0);
        assertThat(row.value("name")).isEmpty();
        assertThat(row.formulaWithoutResult("name")).isTrue();
        assertThat(row.formulaWithoutResult("population")).isFalse();

        Problems problems = new Problems();
        Cells cells = new Cells(new org.crossroads.shared.vocabulary.Vocabularies(), java.util.Locale.ENGLISH, problems);
        assertThat(cells.text(row, "name", true, 200)).isEmpty();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.reason().key()).isEqualTo("import.error.formulaWithoutResult");
            assertThat(p.column()).isEqualTo("name");
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.text()).startsWith("The cell holds a formula without a stored result");
        });
    }

    @Test
    void aFormulaWithAStoredResultReadsAsItsResult() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("population");
            sheet.createRow(1).createCell(0).setCellFormula("1000+200");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            bytes = out.toByteArray();
        }
        SourceRow row = read(bytes).rows().get(0);
        assertThat(row.value("population")).isEqualTo("1200");
        assertThat(row.formulaWithoutResult("population")).isFalse();
    }

    private static byte[] unzipped(byte[] zip, String entry) throws IOException {
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(entry)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalStateException("no " + entry);
    }
}
