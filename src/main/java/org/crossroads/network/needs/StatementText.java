package org.crossroads.network.needs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words of a need or an offer: a title and a description in the language they were written in, and
 * optional translations into the other interface languages.
 *
 * @param language the original's language, one of {@link #LANGUAGES}
 * @param translations language → {@code title}, {@code description}; never the original's language
 */
public record StatementText(String language, String title, String description, Map<String, Map<String, String>> translations) {

    /** The languages a statement may be written or translated in: the interface languages. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "ar", "es");

    public StatementText {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        if (translations != null) {
            translations.forEach((lang, fields) -> copy.put(lang, Map.copyOf(fields)));
        }
        translations = Map.copyOf(copy);
    }

    /** The title in the reader's language when translated, else the original. */
    public String title(Locale locale) {
        return translated(locale, "title", title);
    }

    public String description(Locale locale) {
        return translated(locale, "description", description);
    }

    /** Whether the reader sees the original (its language is theirs, or there is no translation). */
    public boolean isOriginal(Locale locale) {
        return language.equals(locale.getLanguage()) || !translations.containsKey(locale.getLanguage());
    }

    private String translated(Locale locale, String field, String original) {
        String text = translations.getOrDefault(locale.getLanguage(), Map.of()).get(field);
        return text == null || text.isBlank() ? original : text;
    }
}
