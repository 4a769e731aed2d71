package org.crossroads.library.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

/** The size limit holds for the size an upload declares and for the bytes that actually arrive; nothing is left. */
class FileIntakeLimitTest {

    @TempDir Path dir;

    @Test
    void aFileOverTheLimitIsRefusedAndLeavesNothing() throws Exception {
        var settings = new LibraryFileSettings(dir.toString(), DataSize.ofBytes(300), null, null, null, null, null, null, null);
        var intake = new FileIntake(null, null, settings, null, null);
        byte[] pdf = TestFiles.pdf("A".repeat(2_000));
        assertThat(pdf.length).isGreaterThan(300);

        assertThatThrownBy(() -> intake.attach(1, new MockMultipartFile("file", "big.pdf", "application/pdf", pdf), "test"))
                .isInstanceOf(RefusedFileException.class)
                .satisfies(e -> assertThat(((RefusedFileException) e).key()).isEqualTo("libraryfiles.refused.tooLarge"));

        // a client that declares less than it sends is stopped by counting the bytes
        var lying = new MockMultipartFile("file", "big.pdf", "application/pdf", pdf) {
            @Override
            public long getSize() {
                return 10;
            }
        };
        assertThatThrownBy(() -> intake.attach(1, lying, "test")).isInstanceOf(RefusedFileException.class)
                .satisfies(e -> assertThat(((RefusedFileException) e).key()).isEqualTo("libraryfiles.refused.tooLarge"));
        try (var left = Files.list(dir.resolve("incoming"))) {
            assertThat(left.toList()).isEmpty();
        }
        assertThatThrownBy(() -> intake.attach(1, new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]), "test"))
                .satisfies(e -> assertThat(((RefusedFileException) e).key()).isEqualTo("libraryfiles.refused.empty"));
    }

    @Test
    void fileNamesAreKeptSafe() {
        assertThat(FileNames.clean("C:\\Users\\me\\Rapport final.pdf")).isEqualTo("Rapport final.pdf");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("a\"b\r\nc.pdf")).isEqualTo("abc.pdf");
        assertThat(FileNames.clean("")).isEqualTo("file");
        assertThat(FileNames.clean("x".repeat(300) + ".docx")).hasSize(200).endsWith(".docx");
        assertThat(FileNames.clean("تقرير صفاقس.pdf")).isEqualTo("تقرير صفاقس.pdf");
    }
}
