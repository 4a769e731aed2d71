package org.crossroads.shared.validation;

import java.util.List;

/** An entry (a form or an import row) has errors; nothing was saved. */
public class InvalidEntryException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidEntryException(List<FieldError> errors) {
        super("Invalid entry: " + errors);
        this.errors = List.copyOf(errors);
    }

    public static InvalidEntryException of(String field, String messageKey, Object... arguments) {
        return new InvalidEntryException(List.of(FieldError.of(field, messageKey, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
