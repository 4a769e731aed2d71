package org.crossroads.shared.upload;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files on disk, never in the heap: the servlet container writes every part over the multipart
 * threshold to {@code parts/} ({@link UploadConfiguration}); an upload is moved from there into {@code incoming/}, read from there as a stream, and
 * deleted after its import. A checked file (dry run) waits in {@code checked/} for "Import this file now"
 * for {@link UploadSettings#checkedFileLifetime()}, within a total of {@link UploadSettings#checkedFilesMaxSize()}
 * (the oldest are dropped first). The folder is emptied at start: what it held cannot be confirmed any more.
 */
@Component
public class UploadedFiles {

    private static final Logger log = LoggerFactory.getLogger(UploadedFiles.class);

    private record Checked(Path file, String owner, long size, Instant at) {}

    private final Path parts;
    private final Path incoming;
    private final Path checkedDirectory;
    private final long maxCheckedBytes;
    private final java.time.Duration lifetime;
    private final Clock clock;
    /** In the order they were kept, so the oldest is dropped first when the total is over the cap. */
    private final Map<String, Checked> checked = new LinkedHashMap<>();

    @Autowired
    UploadedFiles(UploadSettings settings) {
        this(settings, Clock.systemUTC());
    }

    UploadedFiles(UploadSettings settings, Clock clock) {
        Path root = Path.of(settings.directory()).toAbsolutePath();
        this.parts = root.resolve("parts");
        this.incoming = root.resolve("incoming");
        this.checkedDirectory = root.resolve("checked");
        this.maxCheckedBytes = settings.checkedFilesMaxSize().toBytes();
        this.lifetime = settings.checkedFileLifetime();
        this.clock = clock;
        try {
            for (Path dir : new Path[] {parts, incoming, checkedDirectory}) {
                Files.createDirectories(dir);
                int left = emptied(dir);
                if (left > 0) {
                    log.info("Removed {} upload(s) left in {} by the previous run", left, dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the upload folder " + root, e);
        }
    }

    /** Where the servlet container writes the parts of a request being received. */
    Path partsDirectory() {
        return parts;
    }

    /** Moves (or streams) an upload to a file of its own under {@code incoming/}; the caller deletes it with {@link #discard}. */
    public Path receive(MultipartFile upload) throws IOException {
        Path file = incoming.resolve(UUID.randomUUID() + ".upload");
        // transferTo(File) lets the container move its temporary part instead of copying it through the heap
        upload.transferTo(new File(file.toString()));
        return file;
    }

    /**
     * Keeps a checked file for a later import under {@code key}, owned by {@code owner}.
     *
     * @return false when the file alone is larger than the total allowed: it was deleted and cannot be confirmed
     */
    public synchronized boolean keep(String key, Path file, String owner) throws IOException {
        removeExpired();
        long size = Files.size(file);
        if (size > maxCheckedBytes) {
            discard(file);
            return false;
        }
        long total = checked.values().stream().mapToLong(Checked::size).sum();
        var oldest = checked.entrySet().iterator();
        while (total + size > maxCheckedBytes && oldest.hasNext()) {
            Checked dropped = oldest.next().getValue();
            oldest.remove();
            total -= dropped.size();
            discard(dropped.file());
            log.info("Checked file {} dropped before its time: the checked files would exceed {} bytes", dropped.file(),
                    maxCheckedBytes);
        }
        Path kept = checkedDirectory.resolve(UUID.randomUUID() + ".checked");
        Files.move(file, kept, StandardCopyOption.ATOMIC_MOVE);
        Checked previous = checked.put(key, new Checked(kept, owner, size, clock.instant()));
        if (previous != null) {
            discard(previous.file());
        }
        return true;
    }

    /** The checked file kept under {@code key} for {@code owner}, no longer kept: the caller imports it, then discards it. */
    public synchronized Optional<Path> take(String key, String owner) {
        removeExpired();
        Checked found = checked.get(key);
        if (found == null || !found.owner().equals(owner)) {
            return Optional.empty();
        }
        checked.remove(key);
        return Optional.of(found.file());
    }

    /** Whether a checked file waits under this key. */
    public synchronized boolean isKept(String key) {
        removeExpired();
        return checked.containsKey(key);
    }

    /** Total size of the checked files kept, in bytes. */
    public synchronized long checkedBytes() {
        return checked.values().stream().mapToLong(Checked::size).sum();
    }

    /** Deletes a file received or taken; a failure is logged, not thrown: the next start empties the folder anyway. */
    public void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the upload {}", file, e);
        }
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    public synchronized void removeExpired() {
        Instant limit = clock.instant().minus(lifetime);
        var entries = checked.values().iterator();
        while (entries.hasNext()) {
            Checked entry = entries.next();
            if (entry.at().isBefore(limit)) {
                entries.remove();
                discard(entry.file());
            }
        }
    }

    private static int emptied(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            var left = files.filter(p -> !p.equals(dir)).sorted(Comparator.reverseOrder()).toList();
            for (Path p : left) {
                Files.deleteIfExists(p);
            }
            return left.size();
        }
    }
}
