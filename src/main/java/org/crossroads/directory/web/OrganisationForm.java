package org.crossroads.directory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation form; {@code city} is a place reference such as "Sfax, TN"; {@code alternateNames} the other
 * names it goes by, one per line; {@code translation[fr.name]}, {@code translation[ar.description]}… its name and
 * description in other languages.
 */
record OrganisationForm(String name, String acronym, String alternateNames, String type, String country, String city,
        String website, String description, String source, Integer version, Map<String, String> translation) {

    /** The languages an organisation's name and description are translated into. */
    public static final List<String> LANGUAGES = List.of("fr", "ar", "es");

    OrganisationForm {
        translation = translation == null ? Map.of() : translation;
    }

    /** The posted text of a field in a language ("" when none). */
    public String translation(String language, String field) {
        String text = translation.get(language + "." + field);
        return text == null ? "" : text;
    }

    public boolean hasTranslation(String language) {
        return !translation(language, "name").isBlank() || !translation(language, "description").isBlank();
    }

    /** The posted translations by language, blanks left out. */
    Map<String, Map<String, String>> translations() {
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        translation.forEach((key, text) -> {
            int dot = key.indexOf('.');
            if (dot > 0 && text != null && !text.isBlank()) {
                byLanguage.computeIfAbsent(key.substring(0, dot), l -> new LinkedHashMap<>()).put(key.substring(dot + 1), text.strip());
            }
        });
        return byLanguage;
    }

    static Map<String, String> posted(Map<String, Map<String, String>> translations) {
        Map<String, String> posted = new LinkedHashMap<>();
        translations.forEach((l, fields) -> fields.forEach((field, text) -> posted.put(l + "." + field, text)));
        return posted;
    }

    /** The other names as typed, one per line; an empty list clears them. */
    List<String> alternateNameList() {
        return alternateNames == null ? List.of() : alternateNames.lines().toList();
    }

    OrganisationForm withVersion(int newVersion) {
        return new OrganisationForm(name, acronym, alternateNames, type, country, city, website, description, source,
                newVersion, translation);
    }
}
