package org.crossroads.library.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the contents of document files live, addressed by their SHA-256 (so the same content is kept once).
 * {@link LocalFileStore} keeps them under the data directory, {@link S3FileStore} in an S3-compatible bucket, as
 * {@code crossroads.library.files.store} chooses (docs/library.md, "Files and text extraction").
 */
public interface FileStore {

    /** Whether the content is stored. */
    boolean contains(String sha256) throws IOException;

    /**
     * Stores the content of {@code file}, whose SHA-256 the caller computed, and removes {@code file}. Storing a
     * content already held changes nothing (the same bytes, the same name).
     */
    void put(String sha256, Path file) throws IOException;

    /** The content as a stream; the caller closes it. */
    InputStream open(String sha256) throws IOException;

    /** A file on this machine holding the content, when the store has one (a remote store has not). */
    Optional<Path> localFile(String sha256);

    /** Removes the content; removing an absent content is no error. */
    void remove(String sha256) throws IOException;
}
