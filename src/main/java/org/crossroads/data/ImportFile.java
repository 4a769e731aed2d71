package org.crossroads.data;

import java.io.IOException;
import java.io.InputStream;

/** The file an import reads, as a stream, and what becomes of it when a queued import has finished. */
@FunctionalInterface
interface ImportFile {

    InputStream open() throws IOException;

    /** Called once, whatever the outcome; {@code confirmable} when a checked file may still be imported as it is. */
    default void finished(long batchId, boolean confirmable) {
    }
}
