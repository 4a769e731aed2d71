package org.crossroads.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/** The file an import reads, as a stream, and what becomes of it when a queued import has finished. */
@FunctionalInterface
interface ImportFile {

    InputStream open() throws IOException;

    /** The file on disk, read as it is checked rather than through {@link #open()}; empty for a stream only. */
    default Optional<Path> path() {
        return Optional.empty();
    }

    /** Called once, whatever the outcome; {@code confirmable} when a checked file may still be imported as it is. */
    default void finished(long batchId, boolean confirmable) {
    }
}
