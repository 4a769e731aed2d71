package org.crossroads.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Streaming a file gives the same header and rows as reading it whole, one row at a time. */
class StreamingReadTest {

    private static final class Collected implements TabularStream {
        Header header;
        final List<SourceRow> rows = new ArrayList<>();
        boolean accept = true;

        @Override
        public boolean start(Header header) {
            this.header = header;
            return accept;
        }

        @Override
        public void row(SourceRow row) {
            rows.add(row);
        }
    }

    private static Collected stream(String name, byte[] bytes, Map<String, String> hashtags) {
        Collected collected = new Collected();
        new TabularReader().stream(name, new ByteArrayInputStream(bytes), hashtags, collected);
        return collected;
    }

    @Test
    void csvRowsArriveNamedWithTheirSpreadsheetNumbersAfterAnHxlRow() {
        String csv = "Indicator,Place,Value\n#indicator+code,#loc+name,#indicator+value\na,\"Sfax, TN\",1\n\nb,Oujda,=2\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        Collected streamed = stream("v.csv", bytes, Map.of());
        TabularFile whole = new TabularReader().read("v.csv", new ByteArrayInputStream(bytes));

        assertThat(streamed.header.columns()).containsExactly("indicator", "place", "value");
        assertThat(streamed.header.hashtags()).containsEntry("place", "#loc+name");
        assertThat(streamed.header.expectedRows()).isEqualTo(3);
        assertThat(streamed.rows).isEqualTo(whole.rows());
        assertThat(streamed.rows).extracting(SourceRow::rowNumber).containsExactly(3, 5);
    }

    @Test
    void aFileOfOnlyAHeaderOrOneRowStillStarts() {
        Collected header = stream("h.csv", "indicator,place\n".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(header.header.columns()).containsExactly("indicator", "place");
        assertThat(header.rows).isEmpty();

        Collected one = stream("o.csv", "indicator,place\nx,y".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(one.rows).singleElement().satisfies(r -> assertThat(r.value("place")).isEqualTo("y"));
    }

    @Test
    void aRefusedHeaderReadsNoRow() {
        Collected refused = new Collected();
        refused.accept = false;
        new TabularReader().stream("r.csv", new ByteArrayInputStream("a,b\n1,2\n3,4\n5,6\n".getBytes(StandardCharsets.UTF_8)),
                Map.of(), refused);
        assertThat(refused.rows).isEmpty();
    }

    @Test
    void xlsxRowsStreamToo() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row header = workbook.createSheet().createRow(0);
            header.createCell(0).setCellValue("indicator");
            header.createCell(1).setCellValue("value");
            for (int i = 1; i <= 3; i++) {
                Row row = workbook.getSheetAt(0).createRow(i);
                row.createCell(0).setCellValue("ind" + i);
                row.createCell(1).setCellValue(i * 10);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            Collected streamed = stream("v.xlsx", out.toByteArray(), Map.of());
            assertThat(streamed.rows).extracting(r -> r.value("value")).containsExactly("10", "20", "30");
            assertThat(streamed.rows).extracting(SourceRow::rowNumber).containsExactly(2, 3, 4);
        }
    }

    @Test
    void limitsStillApplyWhileStreaming() {
        TabularReader small = new TabularReader(new TabularLimits(1024 * 1024, 1024 * 1024, 2, 10, 100));
        byte[] bytes = "a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> small.stream("l.csv", new ByteArrayInputStream(bytes), Map.of(), new Collected()))
                .isInstanceOf(TabularFormatException.class);
    }
}
