package org.crossroads.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossroads.shared.tabular.Files.readCsv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReadingTest {

    @Test
    void namesEachCellByItsNormalisedHeader() {
        TabularFile file = readCsv("\uFEFF External ID ,Start-Date,GCM  Objectives\ninit:1,2021,1;2\n");

        assertThat(file.format()).isEqualTo(TabularFile.Format.CSV);
        assertThat(file.columns()).containsExactly("external_id", "start_date", "gcm_objectives");
        assertThat(file.rows()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(2);
            assertThat(row.value("start_date")).isEqualTo("2021");
            assertThat(row.value("gcm_objectives")).isEqualTo("1;2");
            assertThat(row.value("unknown")).isEmpty();
        });
    }

    @Test
    void rowNumbersAreTheSpreadsheetsAndEmptyRowsAreSkipped() {
        TabularFile file = readCsv("name,source\nA,s\n\n , \nB,s\n");

        assertThat(file.rows()).extracting(SourceRow::rowNumber).containsExactly(2, 5);
    }

    @Test
    void quotedCellsMayHoldDelimitersQuotesAndLineBreaks() {
        TabularFile file = readCsv("name,summary\n\"Sfax, Tunisia\",\"Line one\nsaid \"\"hi\"\"\"\n");

        assertThat(file.rows().get(0).value("name")).isEqualTo("Sfax, Tunisia");
        assertThat(file.rows().get(0).value("summary")).isEqualTo("Line one\nsaid \"hi\"");
    }

    @Test
    void detectsSemicolonAndTabDelimitersFromTheHeader() {
        assertThat(readCsv("name;value\nA;12,5\n").rows().get(0).value("value")).isEqualTo("12,5");
        assertThat(readCsv("name\tvalue\nA\t1,234\n").rows().get(0).value("value")).isEqualTo("1,234");
        assertThat(readCsv("\"a;b\",c\n1,2\n").columns()).containsExactly("a;b", "c");
    }

    @Test
    void decodesUtf8WithAndWithoutByteOrderMark() {
        String text = "name,city\nÉchanges,صفاقس\n";
        TabularFile plain = readCsv(text.getBytes(StandardCharsets.UTF_8));
        TabularFile withBom = readCsv(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));

        assertThat(plain.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(plain.decodedAsWindows1252()).isFalse();
        assertThat(withBom.columns()).containsExactly("name", "city");
        assertThat(withBom.rows().get(0).value("city")).isEqualTo("صفاقس");
    }

    @Test
    void fallsBackToWindows1252WhenTheBytesAreNotUtf8AndSaysSo() {
        TabularFile file = readCsv("name;type\nCoopération;réseau – €\n".getBytes(CsvSource.WINDOWS_1252));

        assertThat(file.decodedAsWindows1252()).isTrue();
        assertThat(file.rows().get(0).value("name")).isEqualTo("Coopération");
        assertThat(file.rows().get(0).value("type")).isEqualTo("réseau – €");
    }

    @Test
    void readsUtf16WithByteOrderMarkAsExcelsUnicodeTextSavesIt() {
        byte[] bytes = "\uFEFFname\tcity\nA\tOujda\n".getBytes(StandardCharsets.UTF_16LE);

        assertThat(readCsv(bytes).rows().get(0).value("city")).isEqualTo("Oujda");
    }

    @Test
    void stripsNulBytes() {
        TabularFile file = readCsv("na\0me,city\nA\0,Amman\n".getBytes(StandardCharsets.UTF_8));

        assertThat(file.columns()).containsExactly("name", "city");
        assertThat(file.rows().get(0).value("name")).isEqualTo("A");
    }

    @Test
    void skipsTheHxlHashtagRowAfterTheHeaderAndKeepsTheHashtags() {
        TabularFile file = readCsv("external_id,name,implementers\n#activity+id,#activity+name,#org +impl\ninit:1,A,org:x\n");

        assertThat(file.hadHxlRow()).isTrue();
        assertThat(file.hashtags()).containsEntry("implementers", "#org +impl");
        assertThat(file.rows()).singleElement().satisfies(row -> assertThat(row.rowNumber()).isEqualTo(3));
    }

    @Test
    void aDataRowThatMerelyStartsWithHashIsNotAnHxlRow() {
        TabularFile file = readCsv("name,note\n#1 city,#2\n");

        assertThat(file.hadHxlRow()).isFalse();
        assertThat(file.rows()).hasSize(1);
    }

    @Test
    void aFileStartingWithHashtagsIsReadWhenTheCallerMapsThemIgnoringAttributeOrderAndCase() {
        byte[] bytes = "#ORG+Name+Impl,#date+start\nUCLG,2021\n".getBytes(StandardCharsets.UTF_8);
        Map<String, String> mapping = Map.of("#org+impl+name", "implementer_name", "#date +start", "start");

        TabularFile file = Files.read("hxl.csv", bytes, mapping);

        assertThat(file.columns()).containsExactly("implementer_name", "start");
        assertThat(file.rows().get(0).value("start")).isEqualTo("2021");
    }

    @Test
    void aFileStartingWithHashtagsNeedsAMapping() {
        assertThatThrownBy(() -> readCsv("#org,#date\nA,2021\n"))
                .isInstanceOfSatisfying(TabularFormatException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("import.file.hxlWithoutNames"));
        assertThatThrownBy(() -> Files.read("x.csv", "#org,#sector\nA,B\n".getBytes(StandardCharsets.UTF_8), Map.of("#org", "org")))
                .hasMessageContaining("#sector");
    }

    @Test
    void aDuplicateColumnIsAnErrorNamingIt() {
        assertThatThrownBy(() -> readCsv("name,Source,source \nA,b,c\n"))
                .isInstanceOf(TabularFormatException.class)
                .hasMessage("The column \u201csource\u201d appears more than once in the header row.");
    }

    @Test
    void aValueUnderNoColumnNameIsAnErrorNotSilentlyDropped() {
        assertThatThrownBy(() -> readCsv("name,source\nA,s,extra\n"))
                .isInstanceOfSatisfying(TabularFormatException.class, e -> {
                    assertThat(e.reason().key()).isEqualTo("import.file.unnamedColumn");
                    assertThat(e.getMessage()).isEqualTo("Row 2 has a value in column C, which has no name in the header row.");
                });
        assertThat(readCsv("name,source,\nA,s,\n").columns()).containsExactly("name", "source");
    }

    @Test
    void anEmptyFileIsAnError() {
        assertThatThrownBy(() -> readCsv("")).hasMessage("The file is empty: it has no header row.");
        assertThatThrownBy(() -> readCsv("\n\n ,\n")).hasMessage("The file is empty: it has no header row.");
    }

    @Test
    void anUnclosedQuoteIsAFormatError() {
        assertThatThrownBy(() -> readCsv("name,source\n\"A,s\n")).isInstanceOf(TabularFormatException.class);
    }

    @Test
    void anApostropheThatNeutralisedAFormulaOnExportIsRemovedOnImport() {
        TabularFile file = readCsv("name,value\n'=1+2,'-5\n");

        assertThat(file.rows().get(0).value("name")).isEqualTo("=1+2");
        assertThat(file.rows().get(0).value("value")).isEqualTo("'-5");
    }

    @Test
    void anOldExcelFileOrAMisnamedFileGetsAClearError() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> new TabularReader().read("old.xls", new ByteArrayInputStream(ole)))
                .hasMessageContaining(".xls");
        assertThatThrownBy(() -> new TabularReader().read("x.xlsx", new ByteArrayInputStream("a,b\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(TabularFormatException.class, e -> assertThat(e.reason().key()).isEqualTo("import.file.notXlsx"));
    }
}
