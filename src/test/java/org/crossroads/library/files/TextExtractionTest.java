package org.crossroads.library.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Text, pages and language of real files made in the test, and the guards of the parse itself. */
class TextExtractionTest {

    static final String FRENCH = "La ville de Lyon accueille les personnes migrantes dans un guichet unique ouvert en 2019. "
            + "Les agents municipaux orientent chaque nouvel arrivant vers les services sociaux, le logement et l'emploi, "
            + "en lien avec les associations du quartier et les autorités nationales.";
    static final String ENGLISH = "The municipality opened a one-stop shop where newcomers find information on housing, "
            + "health care, schools and work, with interpreters and trained staff from the city's social services.";
    static final String SPANISH = "El ayuntamiento abrió una oficina única donde las personas recién llegadas encuentran "
            + "información sobre vivienda, salud, escuelas y trabajo, con intérpretes y personal formado.";
    static final String ARABIC = "افتتحت البلدية مكتبا موحدا يجد فيه الوافدون الجدد معلومات عن السكن والصحة والمدارس والعمل، "
            + "بمساعدة مترجمين وموظفين مدربين من المصالح الاجتماعية للمدينة.";

    @TempDir Path dir;
    final TextExtraction extraction = new TextExtraction(FileInspectionTest.SETTINGS);

    @Test
    void aPdfGivesItsTextPagesAndLanguage() {
        var text = extraction.extract(new ByteArrayInputStream(TestFiles.pdf(FRENCH, ENGLISH, "Third page")), FileKind.PDF);
        assertThat(text.text()).contains("guichet unique", "one-stop shop", "Third page");
        assertThat(text.pages()).isEqualTo(3);
        assertThat(text.language()).isEqualTo("fr");
        assertThat(text.truncated()).isFalse();
        assertThat(text.characters()).isEqualTo(text.text().length());
    }

    @Test
    void officeFilesGiveTheirText() {
        var docx = extraction.extract(new ByteArrayInputStream(TestFiles.docx(SPANISH, "Segunda página del informe")), FileKind.DOCX);
        assertThat(docx.text()).contains("oficina única", "Segunda página");
        assertThat(docx.pages()).isEqualTo(2);
        assertThat(docx.language()).isEqualTo("es");

        var xlsx = extraction.extract(new ByteArrayInputStream(TestFiles.xlsx("Arrivals in Sfax", "Departures from Tunis")), FileKind.XLSX);
        assertThat(xlsx.text()).contains("Arrivals in Sfax", "Departures from Tunis");

        var pptx = extraction.extract(new ByteArrayInputStream(TestFiles.pptx(ENGLISH, "Second slide")), FileKind.PPTX);
        assertThat(pptx.text()).contains("one-stop shop", "Second slide");
        assertThat(pptx.language()).isEqualTo("en");

        var odt = extraction.extract(new ByteArrayInputStream(TestFiles.odt(ARABIC)), FileKind.ODT);
        assertThat(odt.text()).contains("مكتبا موحدا");
        assertThat(odt.language()).isEqualTo("ar");
    }

    @Test
    void aWebPageGivesItsTextWithoutItsScript() {
        var html = extraction.extract(new ByteArrayInputStream(TestFiles.html("Guide", ENGLISH)), FileKind.HTML);
        assertThat(html.text()).contains("one-stop shop").doesNotContain("document.cookie");
        assertThat(html.pages()).isNull();
    }

    @Test
    void textBeyondTheLimitIsLeftOutAndSaidSo() {
        var small = new TextExtraction(new LibraryFileSettings(null, null, 100, null, null, null, null, null, null));
        var text = small.extract(new ByteArrayInputStream(TestFiles.pdf(FRENCH, FRENCH)), FileKind.PDF);
        assertThat(text.truncated()).isTrue();
        assertThat(text.text().length()).isLessThanOrEqualTo(100);
    }

    @Test
    void theParseStopsAZipBombTheInspectionLetThrough() {
        // each part is within the inspection's limits, but its text is 30 million characters from a few kilobytes
        byte[] bomb = TestFiles.docxTextBomb(30_000_000);
        var generous = new TextExtraction(new LibraryFileSettings(null, null, 100_000_000, null, DataSize.ofGigabytes(1), 100, null, null, null));
        assertThatThrownBy(() -> generous.extract(new ByteArrayInputStream(bomb), FileKind.DOCX))
                .isInstanceOf(RefusedFileException.class)
                .extracting(e -> ((RefusedFileException) e).key()).isEqualTo("libraryfiles.failed.zipBomb");
    }

    @Test
    void aFileWhoseParseTakesTooLongIsStoppedWithAReason() {
        var hurried = new TextExtraction(new LibraryFileSettings(null, null, null, null, null, null, null, Duration.ofMillis(300), null));
        byte[] pdf = TestFiles.pdf(FRENCH, ENGLISH);
        // a file arriving a byte every 20 ms: its parse outlives the deadline while it reads
        InputStream slow = new FilterInputStream(new ByteArrayInputStream(pdf)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                LockSupport.parkNanos(20_000_000);
                return super.read(b, off, Math.min(1, len));
            }
        };
        long started = System.nanoTime();
        assertThatThrownBy(() -> hurried.extract(slow, FileKind.PDF)).isInstanceOf(RefusedFileException.class)
                .extracting(e -> ((RefusedFileException) e).key()).isEqualTo("libraryfiles.failed.timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aParseThatHangsDoesNotHoldItsCaller() {
        var hurried = new TextExtraction(new LibraryFileSettings(null, null, null, null, null, null, null, Duration.ofMillis(200), null));
        // a read that blocks for 20 s and ignores interruption, as a parser stuck in a loop would
        InputStream stuck = new InputStream() {
            @Override
            public int read() {
                long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (System.nanoTime() < until) {
                    LockSupport.parkNanos(50_000_000);
                }
                return -1;
            }
        };
        long started = System.nanoTime();
        assertThatThrownBy(() -> hurried.extract(stuck, FileKind.HTML)).isInstanceOf(RefusedFileException.class)
                .extracting(e -> ((RefusedFileException) e).key()).isEqualTo("libraryfiles.failed.timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aDamagedFileFailsWithAReason() {
        byte[] notAZip = "PK\u0003\u0004 and then nothing of a ZIP archive".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> extraction.extract(new ByteArrayInputStream(notAZip), FileKind.DOCX)).isInstanceOf(RefusedFileException.class)
                .extracting(e -> ((RefusedFileException) e).key()).asString().startsWith("libraryfiles.failed.");
        assertThatThrownBy(() -> extraction.extract(new ByteArrayInputStream("not a pdf".getBytes(StandardCharsets.US_ASCII)),
                FileKind.PDF)).isInstanceOf(RefusedFileException.class);
    }

    @Test
    void aPdfGetsASmallFirstPageThumbnail() throws Exception {
        Path pdf = Files.write(dir.resolve("a.pdf"), TestFiles.pdf(ENGLISH, "Second"));
        byte[] png = PdfThumbnail.firstPage(pdf, 160);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isBetween(158, 162);
        assertThat(image.getHeight()).isGreaterThan(image.getWidth());
        assertThat(png.length).isLessThan(100_000);
    }

    @Test
    void passagesCutAtParagraphsAndCoverTheWholeText() {
        String text = (FRENCH + "\n\n").repeat(20);
        var passages = DocumentTexts.passagesOf(7, text);
        assertThat(passages).hasSizeGreaterThan(3);
        assertThat(passages).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(DocumentTexts.PASSAGE));
        assertThat(passages).allSatisfy(p -> assertThat(p.text()).startsWith("La ville"));
        assertThat(String.join("", passages.stream().map(p -> p.text()).toList()).replaceAll("\\s", ""))
                .isEqualTo(text.replaceAll("\\s", ""));
    }
}
