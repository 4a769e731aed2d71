package org.crossroads.learning;

import java.util.List;
import org.crossroads.shared.validation.FieldError;

/** Checks shared by the learning module's validations: required text and maximum lengths. */
final class Texts {

    private Texts() {
    }

    static void check(List<FieldError> errors, String field, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "learning.error.required"));
            }
        } else if (value.strip().length() > maxLength) {
            errors.add(FieldError.of(field, "learning.error.tooLong", maxLength));
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
