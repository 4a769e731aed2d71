package org.crossroads.library.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads are judged by their bytes: type, extension, encryption, zip bombs and damage, each refused with its reason. */
class FileInspectionTest {

    static final LibraryFileSettings SETTINGS = new LibraryFileSettings(null, null, null, null, null, null, null, null, null);

    @TempDir Path dir;
    final FileInspection inspection = new FileInspection(SETTINGS);

    @Test
    void everyAcceptedKindIsRecognisedFromItsBytes() throws IOException {
        assertThat(inspect("report.pdf", TestFiles.pdf("Local integration"))).isEqualTo(FileKind.PDF);
        assertThat(inspect("report.docx", TestFiles.docx("Local integration"))).isEqualTo(FileKind.DOCX);
        assertThat(inspect("report.odt", TestFiles.odt("Intégration locale"))).isEqualTo(FileKind.ODT);
        assertThat(inspect("figures.xlsx", TestFiles.xlsx("Arrivals"))).isEqualTo(FileKind.XLSX);
        assertThat(inspect("slides.pptx", TestFiles.pptx("Peer learning"))).isEqualTo(FileKind.PPTX);
        assertThat(inspect("page.html", TestFiles.html("Page", "A web page"))).isEqualTo(FileKind.HTML);
        assertThat(inspect("REPORT.PDF", TestFiles.pdf("Upper-case extension"))).isEqualTo(FileKind.PDF);
    }

    @Test
    void aFileWhoseBytesDoNotMatchItsNameIsRefused() {
        refused("report.docx", TestFiles.pdf("A PDF in disguise"), "libraryfiles.refused.mismatch");
        refused("report.pdf", TestFiles.docx("A DOCX in disguise"), "libraryfiles.refused.mismatch");
        refused("report", TestFiles.pdf("No extension"), "libraryfiles.refused.mismatch");
        refused("slides.xlsx", TestFiles.pptx("Slides named as a sheet"), "libraryfiles.refused.mismatch");
    }

    @Test
    void typesOffTheListAreRefused() {
        refused("notes.zip", TestFiles.zip(), "libraryfiles.refused.type");
        refused("notes.txt", "plain text".getBytes(), "libraryfiles.refused.type");
        refused("tool.pdf", new byte[] {0x4d, 0x5a, (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0},
                "libraryfiles.refused.type");
        refused("empty.pdf", new byte[0], "libraryfiles.refused.empty");
    }

    @Test
    void encryptedDocumentsAreRefused() {
        refused("secret.pdf", TestFiles.encryptedPdf("Confidential"), "libraryfiles.refused.encrypted");
        refused("secret.docx", TestFiles.encryptedDocx("Confidential"), "libraryfiles.refused.encrypted");
    }

    @Test
    void zipBombsAndDamagedFilesAreRefused() {
        refused("bomb.docx", TestFiles.docxBomb(200), "libraryfiles.refused.zipBomb");
        refused("broken.pdf", TestFiles.brokenPdf(), "libraryfiles.refused.malformed");
        byte[] docx = TestFiles.docx("Cut short");
        refused("cut.docx", java.util.Arrays.copyOf(docx, docx.length / 2), "libraryfiles.refused.");
    }

    private FileKind inspect(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(java.util.UUID.randomUUID().toString()), bytes);
        return inspection.inspect(file, name);
    }

    private void refused(String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> inspect(name, bytes)).as(name).isInstanceOf(RefusedFileException.class)
                .extracting(e -> ((RefusedFileException) e).key()).asString().startsWith(key);
    }
}
