package org.crossroads.library.files;

import java.util.List;

/**
 * A file the library does not take or cannot read, with the reason as a message key of messages/libraryfiles (shown
 * in the reader's language) and its arguments; nothing of it is kept.
 */
public class RefusedFileException extends RuntimeException {

    private final String key;
    private final List<Object> arguments;

    public RefusedFileException(String key, String detail, Object... arguments) {
        super(detail);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public RefusedFileException(String key, String detail, Throwable cause) {
        super(detail, cause);
        this.key = key;
        this.arguments = List.of();
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
