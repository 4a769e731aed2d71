package org.crossroads.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translations as forms post them, {@code translation[fr.theme]}, and as records hold them, language → field → text
 * (issue 12 §2): the events', outcomes' and organisations' forms.
 */
public final class PostedTranslations {

    private PostedTranslations() {
    }

    /** The posted text of a field in a language ("" when none). */
    public static String text(Map<String, String> posted, String language, String field) {
        String text = posted.get(language + "." + field);
        return text == null ? "" : text;
    }

    public static boolean any(Map<String, String> posted, String language, List<String> fields) {
        return fields.stream().anyMatch(f -> !text(posted, language, f).isBlank());
    }

    /** The posted texts by language, blanks left out. */
    public static Map<String, Map<String, String>> byLanguage(Map<String, String> posted) {
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        posted.forEach((key, text) -> {
            int dot = key.indexOf('.');
            if (dot > 0 && text != null && !text.isBlank()) {
                byLanguage.computeIfAbsent(key.substring(0, dot), l -> new LinkedHashMap<>()).put(key.substring(dot + 1), text.strip());
            }
        });
        return byLanguage;
    }

    /** A record's translations as the form posts them. */
    public static Map<String, String> posted(Map<String, Map<String, String>> translations) {
        Map<String, String> posted = new LinkedHashMap<>();
        translations.forEach((l, fields) -> fields.forEach((field, text) -> posted.put(l + "." + field, text)));
        return posted;
    }
}
