package org.crossroads.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.crossroads.IntegrationTest;
import org.crossroads.shared.tabular.TemplateWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile and broken data files: whatever arrives, the importer answers with a report (problems by row
 * and column), never an exception, and stores nothing from a file that failed. Seeded, so a failure can
 * be replayed.
 */
@IntegrationTest
class DataImportFuzzTest {

    private static final long SEED = 20261129L;
    private static final String MUTATIONS = ",;\"\n=+-@\t";
    private static final String VALID = DataImportTest.HEADER
            + "population,\"Beja, TN\",2019,sex=female,51000,\"=HYPERLINK(\"\"http://evil\"\")\",,good,public\n"
            + "population,\"Beja, TN\",2019,sex=male,49000,INS,,good,public\n";

    @Autowired DataImport dataImport;
    @Autowired JdbcClient jdbc;

    DataImportReport check(byte[] bytes, String name) {
        return dataImport.run(name, new java.io.ByteArrayInputStream(bytes),
                new DataImport.Options(true, false, "fuzz", Locale.FRENCH, null), DataImport.Progress.NONE, null);
    }

    @Test
    void mutatedAndTruncatedFilesGiveReportsNotExceptions() throws Exception {
        Random random = new Random(SEED);
        byte[] csv = VALID.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        TemplateWriter.xlsx(DataValueColumns.ALL, xlsx);
        byte[] workbook = xlsx.toByteArray();
        for (int i = 0; i < 400; i++) {
            byte[] source = i % 2 == 0 ? csv : workbook;
            byte[] mutated = i % 3 == 0 ? Arrays.copyOf(source, random.nextInt(source.length))
                    : mutate(source, random);
            DataImportReport report = check(mutated, i % 2 == 0 ? "fuzz.csv" : "fuzz.xlsx");
            assertThat(report.stored()).isFalse();
        }
    }

    @Test
    void formulaTextIsStoredAsTextHugeCellsAndWrongEncodingsAreNamed() {
        DataImportReport ok = check(VALID.getBytes(StandardCharsets.UTF_8), "ok.csv");
        assertThat(ok.problems()).isEmpty();

        String huge = DataImportTest.HEADER + "population,\"Beja, TN\",2019,,5," + "x".repeat(20_000) + ",,,\n";
        DataImportReport tooLong = check(huge.getBytes(StandardCharsets.UTF_8), "huge.csv");
        assertThat(tooLong.problems()).isNotEmpty();

        String accents = DataImportTest.HEADER + "population,\"Béja, TN\",2019,,5,Institut national de la statistique,,,\n";
        DataImportReport latin1 = check(accents.getBytes(Charset.forName("windows-1252")), "latin1.csv");
        assertThat(latin1.problems()).as("a windows-1252 file is decoded, so Béja resolves").isEmpty();

        DataImportReport binary = check(new byte[] {0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE}, "x.csv");
        assertThat(binary.stored()).isFalse();
        assertThat(binary.problems()).isNotEmpty();
    }

    private static byte[] mutate(byte[] valid, Random random) {
        byte[] bytes = valid.clone();
        int changes = 1 + random.nextInt(8);
        for (int c = 0; c < changes; c++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(3)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes[at] = (byte) MUTATIONS.charAt(random.nextInt(MUTATIONS.length()));
                default -> bytes[at] = (byte) '0';
            }
        }
        return bytes;
    }
}
