package org.crossroads.shared.validation;

import java.util.List;

/**
 * A reason why a value was rejected, named by field (as in forms and import columns, e.g. {@code country})
 * and by message key, with the offending value as argument, so forms and import reports can say it in
 * any interface language. Every module validates into these.
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {

    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
