package org.crossroads.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

/** Uploads as files on disk: received, kept while checked (within a total size and a lifetime), then removed. */
class UploadedFilesTest {

    @TempDir Path folder;
    final MovingClock clock = new MovingClock();

    UploadedFiles files(long maxBytes) {
        return new UploadedFiles(new UploadSettings(folder.toString(), DataSize.ofBytes(maxBytes), Duration.ofHours(1), 2), clock);
    }

    static MockMultipartFile upload(String content) {
        return new MockMultipartFile("file", "values.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUploadIsAFileOfItsOwnOnDiskUntilItIsDiscarded() throws Exception {
        UploadedFiles files = files(1000);
        Path received = files.receive(upload("indicator,place\n"));
        assertThat(received).startsWith(folder.resolve("incoming")).hasContent("indicator,place\n");
        files.discard(received);
        assertThat(received).doesNotExist();
    }

    @Test
    void aCheckedFileWaitsForItsOwnerAndIsGoneOnceTaken() throws Exception {
        UploadedFiles files = files(1000);
        assertThat(files.keep("batch-1", files.receive(upload("a,b\n")), "nadia")).isTrue();
        assertThat(Files.list(folder.resolve("incoming"))).isEmpty();
        assertThat(Files.list(folder.resolve("checked"))).hasSize(1);
        assertThat(files.take("batch-1", "someone-else")).isEmpty();
        Path taken = files.take("batch-1", "nadia").orElseThrow();
        assertThat(taken).hasContent("a,b\n");
        assertThat(files.isKept("batch-1")).isFalse();
        files.discard(taken);
        assertThat(Files.list(folder.resolve("checked"))).isEmpty();
    }

    @Test
    void anExpiredCheckedFileIsDeleted() throws Exception {
        UploadedFiles files = files(1000);
        files.keep("batch-2", files.receive(upload("a,b\n")), "nadia");
        clock.advance(Duration.ofMinutes(59));
        files.removeExpired();
        assertThat(files.isKept("batch-2")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        files.removeExpired();
        assertThat(files.isKept("batch-2")).isFalse();
        assertThat(files.take("batch-2", "nadia")).isEmpty();
        assertThat(Files.list(folder.resolve("checked"))).isEmpty();
    }

    @Test
    void theTotalOfCheckedFilesIsCappedByDroppingTheOldestFirst() throws Exception {
        UploadedFiles files = files(10);
        files.keep("old", files.receive(upload("123456")), "nadia");
        files.keep("new", files.receive(upload("abcdef")), "omar");
        assertThat(files.isKept("old")).isFalse();
        assertThat(files.isKept("new")).isTrue();
        assertThat(files.checkedBytes()).isEqualTo(6);

        Path tooLarge = files.receive(upload("more than ten bytes"));
        assertThat(files.keep("huge", tooLarge, "nadia")).isFalse();
        assertThat(tooLarge).doesNotExist();
        assertThat(Files.list(folder.resolve("checked"))).hasSize(1);
    }

    @Test
    void filesLeftByThePreviousRunAreRemovedAtStart() throws Exception {
        files(1000).keep("left", files(1000).receive(upload("a,b\n")), "nadia");
        Files.createDirectories(folder.resolve("parts"));
        Files.writeString(folder.resolve("parts").resolve("upload_123.tmp"), "part of a request");
        files(1000);
        assertThat(Files.list(folder.resolve("checked"))).isEmpty();
        assertThat(Files.list(folder.resolve("incoming"))).isEmpty();
        assertThat(Files.list(folder.resolve("parts"))).isEmpty();
    }

    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
