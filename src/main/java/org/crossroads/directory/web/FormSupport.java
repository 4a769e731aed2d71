package org.crossroads.directory.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.shared.validation.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** What directory forms share: the signed-in editor, form values parsed with errors, error messages by field. */
@Component
class FormSupport {

    private final CurrentEditor currentEditor;
    private final MessageSource messages;

    FormSupport(CurrentEditor currentEditor, MessageSource messages) {
        this.currentEditor = currentEditor;
        this.messages = messages;
    }

    Editor editor() {
        return currentEditor.get().orElseThrow(() -> new AccessDeniedException("Log in to change the directory"));
    }

    /** Error messages by field, in the reader's language. */
    Map<String, String> messages(List<FieldError> errors, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError e : errors) {
            byField.merge(e.field(), messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale),
                    (a, b) -> a + " " + b);
        }
        return byField;
    }

    /** Parses the values a form sends as text, collecting what is not a number or a date. */
    static final class Values {

        final List<FieldError> errors = new java.util.ArrayList<>();

        Double decimal(String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Double.valueOf(text.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                errors.add(FieldError.of(field, "directory.error.number", text.strip()));
                return null;
            }
        }

        Long whole(String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Long.valueOf(text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", ""));
            } catch (NumberFormatException e) {
                errors.add(FieldError.of(field, "directory.error.number", text.strip()));
                return null;
            }
        }

        /** The parse errors followed by the given errors of fields that parsed. */
        List<FieldError> with(List<FieldError> others) {
            var fields = errors.stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet());
            var all = new java.util.ArrayList<>(errors);
            others.stream().filter(e -> !fields.contains(e.field())).forEach(all::add);
            return all;
        }

        LocalDate date(String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of(field, "directory.error.date", text.strip()));
                return null;
            }
        }
    }

    static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
