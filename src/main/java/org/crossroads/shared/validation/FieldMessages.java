package org.crossroads.shared.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Says field errors in the reader's language, grouped by field, for a form's error lines. */
@Component
public class FieldMessages {

    private final MessageSource messages;

    public FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, List<String>> byField(List<FieldError> errors, Locale locale) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (FieldError e : errors) {
            byField.computeIfAbsent(e.field(), f -> new ArrayList<>())
                    .add(messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale));
        }
        return byField;
    }

    /** Each error's message, in order. */
    public List<String> each(List<FieldError> errors, Locale locale) {
        return errors.stream().map(e -> messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale))
                .toList();
    }
}
