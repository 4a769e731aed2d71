package org.crossroads.shared.vocabulary;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A text stored in several languages ({"en": ..., "fr": ...}); English stands in for a missing one. */
public record LocalText(Map<String, String> byLanguage) {

    public LocalText {
        byLanguage = Map.copyOf(byLanguage);
    }

    public static LocalText english(String text) {
        return new LocalText(Map.of("en", text));
    }

    public String in(Locale locale) {
        return in(locale.getLanguage());
    }

    public String in(String language) {
        String text = byLanguage.get(language);
        return text == null || text.isBlank() ? byLanguage.getOrDefault("en", "") : text;
    }

    public String english() {
        return in("en");
    }

    public Map<String, String> asMap() {
        return new LinkedHashMap<>(byLanguage);
    }
}
