package org.crossroads.inventory;

import org.crossroads.shared.validation.FieldError;
import java.util.List;

/** The draft has errors; nothing was saved. */
public class InvalidInitiativeException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInitiativeException(List<FieldError> errors) {
        super("Invalid initiative: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
