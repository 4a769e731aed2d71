package org.crossroads.library.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Document file contents under {@code <directory>/ab/cd/<sha256>} (the first two pairs of hex digits spread the files
 * over 65,536 folders); the store unless {@code crossroads.library.files.store=s3} ({@link S3FileStore}). A content arrives by an atomic move of a complete file, so a reader never sees half of one.
 */
@Component
@ConditionalOnProperty(name = "crossroads.library.files.store", havingValue = "local", matchIfMissing = true)
class LocalFileStore implements FileStore {

    private final Path root;

    LocalFileStore(LibraryFileSettings settings) throws IOException {
        this.root = Path.of(settings.directory()).toAbsolutePath();
        Files.createDirectories(root);
    }

    Path root() {
        return root;
    }

    Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public void put(String sha256, Path file) throws IOException {
        Path target = pathOf(sha256);
        if (Files.isRegularFile(target)) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(file); // stored by a concurrent upload of the same content meanwhile
        } catch (AtomicMoveNotSupportedException e) {
            // another disk: copy beside the target, then move it into place on the same disk
            Path part = target.resolveSibling(sha256 + ".part");
            Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(file);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    @Override
    public Optional<Path> localFile(String sha256) {
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    @Override
    public void remove(String sha256) throws IOException {
        Files.deleteIfExists(pathOf(sha256));
    }
}
