package org.crossroads.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Every limit ends in a named error, quickly, whatever the input. */
class LimitsTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);

    private static TabularFormatException refusal(TabularReader reader, String name, byte[] bytes) {
        return assertTimeoutPreemptively(QUICKLY, () -> {
            try {
                reader.read(name, new ByteArrayInputStream(bytes));
            } catch (TabularFormatException e) {
                return e;
            }
            throw new AssertionError("The file was accepted");
        });
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
        TabularFormatException error = assertTimeoutPreemptively(QUICKLY,
                () -> org.junit.jupiter.api.Assertions.assertThrows(TabularFormatException.class,
                        () -> new TabularReader().read("big.csv", endless)));

        assertThat(error.reason().key()).isEqualTo("import.file.tooLarge");
        assertThat(error.getMessage()).isEqualTo("The file is larger than the limit of 20 MB.");
    }

    @Test
    void aHugeCellIsRefusedNamingTheLimit() {
        String cell = "x".repeat(5_000_000);
        TabularFormatException error = refusal(new TabularReader(), "huge.csv",
                ("name,summary\nA," + cell + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(error.reason().key()).isEqualTo("import.file.cellTooLong");
        assertThat(error.getMessage()).isEqualTo("Row 2, column summary: the cell holds more than 32,000 characters, the limit.");
    }

    @Test
    void tooManyColumnsAreRefusedEvenWhenTheLineIsMillionsOfDelimiters() {
        TabularFormatException header = refusal(new TabularReader(), "wide.csv",
                (String.join(",", Collections.nCopies(101, "c")) + "\n").getBytes(StandardCharsets.UTF_8));
        TabularFormatException endless = refusal(new TabularReader(), "wide.csv",
                ("name\n" + ",".repeat(15_000_000) + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(header.getMessage()).isEqualTo("Row 1 has more than 100 columns, the limit.");
        assertThat(endless.getMessage()).isEqualTo("Row 2 has more than 100 columns, the limit.");
    }

    @Test
    void tooManyRowsAreRefusedNamingTheLimit() {
        StringBuilder text = new StringBuilder("name\n");
        for (int i = 0; i < 20; i++) {
            text.append("row").append(i).append('\n');
        }
        TabularReader reader = new TabularReader(TabularLimits.defaults().withMaxRows(10));

        assertThat(refusal(reader, "long.csv", text.toString().getBytes(StandardCharsets.UTF_8)).getMessage())
                .isEqualTo("The file has more than 10 rows, the limit.");
        assertThat(new TabularReader(TabularLimits.defaults().withMaxRows(20))
                .read("ok.csv", new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8))).rows()).hasSize(20);
    }

    @Test
    void anXlsxWithTooManyColumnsOrALongCellIsRefused() {
        List<Column> wide = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            wide.add(Column.of("c" + i, ""));
        }
        byte[] wideFile = Files.xlsx(wide, false, List.of());
        byte[] longCell = Files.xlsx(List.of(Column.of("summary", "")), false, List.of(List.of("y".repeat(32_001))));

        assertThat(refusal(new TabularReader(), "wide.xlsx", wideFile).reason().key()).isEqualTo("import.file.tooManyColumns");
        assertThat(refusal(new TabularReader(), "long.xlsx", longCell).reason().key()).isEqualTo("import.file.cellTooLong");
    }

    @Test
    void aZipBombIsRefusedByItsUnpackedSize() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        TabularFormatException error = refusal(new TabularReader(), "bomb.xlsx", bytes.toByteArray());

        assertThat(bytes.size()).isLessThan(1024 * 1024);
        assertThat(error.reason().key()).isEqualTo("import.file.unpacksTooLarge");
        assertThat(error.getMessage()).isEqualTo("The XLSX file unpacks to more than 150 MB, the limit.");
    }
}
