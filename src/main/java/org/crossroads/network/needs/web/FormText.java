package org.crossroads.network.needs.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.network.needs.StatementText;
import org.crossroads.shared.validation.FieldError;

/** Parsing the text fields the need and offer forms share: translations, lists, numbers. */
final class FormText {

    private FormText() {
    }

    /** The four languages' translation fields (title, description per language) as the services take them. */
    static Map<String, Map<String, String>> translations(String... titleThenDescriptionPerLanguage) {
        Map<String, Map<String, String>> map = new LinkedHashMap<>();
        List<String> languages = StatementText.LANGUAGES;
        for (int i = 0; i < languages.size(); i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", titleThenDescriptionPerLanguage[2 * i]);
            fields.put("description", titleThenDescriptionPerLanguage[2 * i + 1]);
            map.put(languages.get(i), fields);
        }
        return map;
    }

    static String translation(StatementText text, String language, String field) {
        return text.translations().getOrDefault(language, Map.of()).getOrDefault(field, "");
    }

    /** Items separated by ";" or "," (Arabic ones too). */
    static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[;,\u061B\u060C]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Ids separated by ";", "," or spaces, each a whole number; what is not is reported on the field. */
    static List<Long> ids(String field, String text, List<FieldError> errors) {
        List<Long> ids = new ArrayList<>();
        if (text == null) {
            return ids;
        }
        for (String item : text.split("[;,\u061B\u060C\\s]+")) {
            String id = item.strip().replaceFirst("^#", "");
            if (id.isEmpty()) {
                continue;
            }
            if (id.matches("\\d{1,18}")) {
                ids.add(Long.parseLong(id));
            } else {
                errors.add(FieldError.of(field, "needs.error.id", item.strip()));
            }
        }
        return ids;
    }

    /** A whole number, or null when blank; what is not one is reported on the field. */
    static Integer number(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (!value.matches("-?\\d{1,9}")) {
            errors.add(FieldError.of(field, "needs.error.number", value));
            return null;
        }
        return Integer.parseInt(value);
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String joined(List<?> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
