package org.crossroads.shared.vocabulary;

import java.util.Locale;
import java.util.Map;

/** One value of a controlled vocabulary, with its label in each interface language. */
public record Term(String vocabulary, String code, Map<String, String> labels) {

    public String label(Locale locale) {
        String label = labels.get(locale.getLanguage());
        return label == null || label.isBlank() ? labels.getOrDefault("en", code) : label;
    }
}
