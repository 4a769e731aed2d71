package org.crossroads.data.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.shared.validation.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Says field errors in the reader's language, grouped by field, for the form's error lines. */
@Component
class FieldMessages {

    private final MessageSource messages;

    FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, List<String>> byField(List<FieldError> errors, Locale locale) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (FieldError e : errors) {
            byField.computeIfAbsent(e.field(), f -> new ArrayList<>())
                    .add(messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale));
        }
        return byField;
    }
}
