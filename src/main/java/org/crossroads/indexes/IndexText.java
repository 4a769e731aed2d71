package org.crossroads.indexes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A text of an index (a name, a question's prompt, an option's label) in several languages, such as
 * {@code {"en": "...", "fr": "..."}}; English stands in for a missing translation.
 */
public record IndexText(Map<String, String> byLanguage) {

    /** The languages an index's texts are written in, English first (it is required). */
    public static final List<String> LANGUAGES = List.of("en", "fr", "ar", "es");

    public IndexText {
        Map<String, String> kept = new LinkedHashMap<>();
        if (byLanguage != null) {
            byLanguage.forEach((language, text) -> {
                if (language != null && text != null && !text.isBlank()) {
                    kept.put(language, text.strip());
                }
            });
        }
        byLanguage = Map.copyOf(kept);
    }

    public static IndexText empty() {
        return new IndexText(Map.of());
    }

    public String in(Locale locale) {
        return in(locale.getLanguage());
    }

    public String in(String language) {
        String text = byLanguage.get(language);
        return text == null ? byLanguage.getOrDefault("en", "") : text;
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    /** The texts in the order of {@link #LANGUAGES}, then any other language. */
    public Map<String, String> asMap() {
        Map<String, String> ordered = new LinkedHashMap<>();
        LANGUAGES.stream().filter(byLanguage::containsKey).forEach(l -> ordered.put(l, byLanguage.get(l)));
        byLanguage.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
