package org.crossroads.directory;

import java.util.List;

/** A directory entry has errors; nothing was saved. */
public class InvalidEntryException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidEntryException(List<FieldError> errors) {
        super("Invalid directory entry: " + errors);
        this.errors = List.copyOf(errors);
    }

    public static InvalidEntryException of(String field, String messageKey, Object... arguments) {
        return new InvalidEntryException(List.of(FieldError.of(field, messageKey, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
