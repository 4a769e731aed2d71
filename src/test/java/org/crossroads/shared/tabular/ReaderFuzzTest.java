package org.crossroads.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever bytes arrive, the reader returns rows or throws {@link TabularFormatException}, never another
 * exception. Seeded, so a failure names an input that can be replayed.
 */
class ReaderFuzzTest {

    private static final long SEED = 20261122L;
    private static final TabularReader READER = new TabularReader(TabularLimits.defaults().withMaxRows(5_000));

    private static final String VALID_CSV = "external_id;name;start;gcm_objectives;themes\n"
            + "#activity+id;#activity+name;#date+start;#indicator+gcm;#sector\n"
            + "init:1;\"Sfax; Oujda\";15/06/2021;1;2;housing\ninit:2;صفاقس;2021;23;\"health\nand \"\"care\"\"\"\n";

    private int rowsReturned;
    private int refused;

    @Test
    void randomBytesNeverCrashTheReader() {
        Random random = new Random(SEED);
        for (int i = 0; i < 3_000; i++) {
            byte[] bytes = new byte[random.nextInt(600)];
            random.nextBytes(bytes);
            if (i % 10 == 0 && bytes.length > 4) {
                bytes[0] = 'P';
                bytes[1] = 'K';
                bytes[2] = 3;
                bytes[3] = 4;
            }
            check("random " + i, i % 2 == 0 ? "f.csv" : "f.xlsx", bytes);
        }
        assertThat(rowsReturned + refused).isEqualTo(3_000);
    }

    @Test
    void mutatedCsvNeverCrashesTheReader() {
        Random random = new Random(SEED + 1);
        byte[] valid = VALID_CSV.getBytes(StandardCharsets.UTF_8);
        check("valid csv", "f.csv", valid);
        for (int i = 0; i < 3_000; i++) {
            check("csv mutation " + i, "f.csv", mutate(valid, random));
        }
        assertThat(rowsReturned).isPositive();
    }

    @Test
    void mutatedXlsxNeverCrashesTheReader() {
        Random random = new Random(SEED + 2);
        List<Column> columns = List.of(new Column("name", "#org+name", ""), new Column("since", "#date+start", ""),
                new Column("value", "#indicator", ""));
        byte[] valid = Files.xlsx(columns, true, List.of(List.of("UCLG", LocalDate.of(2020, 1, 2), 12.5),
                List.of("=cmd", LocalDate.of(2021, 3, 4), -7)));
        check("valid xlsx", "f.xlsx", valid);
        for (int i = 0; i < 1_000; i++) {
            check("xlsx mutation " + i, "f.xlsx", mutate(valid, random));
        }
        assertThat(rowsReturned + refused).isEqualTo(1_001);
    }

    private void check(String name, String fileName, byte[] bytes) {
        try {
            TabularFile file = READER.read(fileName, new ByteArrayInputStream(bytes));
            assertThat(file.rows()).isNotNull();
            rowsReturned++;
        } catch (TabularFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            refused++;
        } catch (Throwable unexpected) {
            fail(name + " (" + bytes.length + " bytes, seed " + SEED + ") threw " + unexpected, unexpected);
        }
    }

    /** One to four edits: flipped bytes, inserted or deleted runs, truncation, a duplicated slice. */
    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && bytes.length > 2; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = Arrays.copyOf(bytes, Math.max(1, at));
                case 2 -> {
                    byte[] insert = new byte[1 + random.nextInt(16)];
                    random.nextBytes(insert);
                    bytes = splice(bytes, at, at, insert);
                }
                case 3 -> bytes = splice(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(32)), new byte[0]);
                default -> {
                    int end = Math.min(bytes.length, at + 1 + random.nextInt(64));
                    bytes = splice(bytes, at, at, Arrays.copyOfRange(bytes, at, end));
                }
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] result = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(bytes, to, result, from + insert.length, bytes.length - to);
        return result;
    }
}
