package org.crossroads.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file on disk (an upload) is read in streamed passes, never whole: for every way a spreadsheet saves CSV,
 * it gives exactly what reading the same bytes in memory gives (encoding, expected rows, rows, problems).
 */
class FileStreamingReadTest {

    @TempDir Path folder;

    /** What a read gave: the header, every row, or the refusal's reason. */
    private static final class Outcome implements TabularStream {
        Header header;
        final List<SourceRow> rows = new ArrayList<>();
        String refusal;

        @Override
        public boolean start(Header header) {
            this.header = header;
            return true;
        }

        @Override
        public void row(SourceRow row) {
            rows.add(row);
        }

        @Override
        public String toString() {
            return (header == null ? "no header" : header.toString()) + " " + rows + " " + refusal;
        }
    }

    private static byte[] bytes(String text, Charset charset, int... prefix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b : prefix) {
            out.write(b);
        }
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    private static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String plain = "indicator,place,value\npopulation,\"Sfax, TN\",1\nshare,Oujda,=2\n";
        files.put("UTF-8", bytes(plain, StandardCharsets.UTF_8));
        files.put("UTF-8 with byte order mark", bytes(plain, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF));
        files.put("no final newline", bytes(plain.strip(), StandardCharsets.UTF_8));
        files.put("Windows-1252", bytes("name,city\nCaf\u00e9 des \u00e9changes,F\u00e8s\n", CsvSource.WINDOWS_1252));
        files.put("UTF-16LE", bytes("name,city\n\u0645\u062f\u064a\u0646\u0629,\u0641\u0627\u0633\n", StandardCharsets.UTF_16LE, 0xFF, 0xFE));
        files.put("UTF-16BE", bytes("name,city\nA,B\n", StandardCharsets.UTF_16BE, 0xFE, 0xFF));
        files.put("semicolons and decimal commas", bytes("name;value\nA;1,5\nB;2,25\n", StandardCharsets.UTF_8));
        files.put("tabs", bytes("name\tvalue\nA\t1\n", StandardCharsets.UTF_8));
        files.put("CRLF", bytes("name,value\r\nA,1\r\nB,2\r\n", StandardCharsets.UTF_8));
        files.put("lone CR", bytes("name,value\rA,1\rB,2\r", StandardCharsets.UTF_8));
        files.put("quoted newlines and quotes", bytes("name,note\nA,\"two\nlines, and \"\"quotes\"\"\"\nB,x\n", StandardCharsets.UTF_8));
        files.put("NUL bytes", bytes("na\0me,value\nA,1\0\n", StandardCharsets.UTF_8));
        files.put("HXL row", bytes("Indicator,Place\n#indicator+code,#loc+name\na,b\n", StandardCharsets.UTF_8));
        files.put("too many columns in row 3", bytes("a,b\n1,2\n" + ",".repeat(40) + "\n", StandardCharsets.UTF_8));
        files.put("too many columns in the header", bytes(";".repeat(40) + "\n1\n", StandardCharsets.UTF_8));
        files.put("unbalanced quote", bytes("a,b\n\"1,2\n", StandardCharsets.UTF_8));
        return files;
    }

    private static final TabularLimits LIMITS = new TabularLimits(1_000_000, 10_000_000, 1000, 30, 10_000);

    private Outcome fromMemory(byte[] bytes) {
        Outcome outcome = new Outcome();
        try {
            new TabularReader(LIMITS).stream("f.csv", new ByteArrayInputStream(bytes), Map.of(), outcome);
        } catch (TabularFormatException e) {
            outcome.refusal = e.reason().toString();
        }
        return outcome;
    }

    private Outcome fromDisk(byte[] bytes) throws Exception {
        Path file = Files.write(folder.resolve("f-" + System.nanoTime() + ".csv"), bytes);
        Outcome outcome = new Outcome();
        try {
            new TabularReader(LIMITS).stream("f.csv", file, Map.of(), outcome);
        } catch (TabularFormatException e) {
            outcome.refusal = e.reason().toString();
        }
        return outcome;
    }

    @Test
    void everyKindOfCsvReadsFromDiskAsItDoesFromMemory() throws Exception {
        for (Map.Entry<String, byte[]> file : files().entrySet()) {
            Outcome memory = fromMemory(file.getValue());
            Outcome disk = fromDisk(file.getValue());
            assertThat(disk.toString()).as(file.getKey()).isEqualTo(memory.toString());
        }
        assertThat(fromDisk(files().get("Windows-1252")).header.encoding()).isEqualTo(CsvSource.WINDOWS_1252);
        assertThat(fromDisk(files().get("too many columns in row 3")).refusal).isNotNull();
    }

    @Test
    void anEmptyOrOversizedFileIsRefusedBeforeReading() throws Exception {
        assertThat(fromDisk(new byte[0]).refusal).isEqualTo(fromMemory(new byte[0]).refusal).isNotNull();
        byte[] large = new byte[1_000_001];
        java.util.Arrays.fill(large, (byte) 'a');
        assertThat(fromDisk(large).refusal).isNotNull().isEqualTo(fromMemory(large).refusal);
    }
}
