package org.crossroads.directory;

import java.util.List;

/**
 * Why a value was rejected: the field (named as the import column, e.g. {@code country}, {@code place_a}),
 * a message key of messages/directory and the offending value, so forms and import reports can say it
 * in any interface language.
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {

    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
