package org.crossroads.directory.web;

import java.util.List;
import java.util.Map;
import org.crossroads.shared.web.PostedTranslations;

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
        return PostedTranslations.text(translation, language, field);
    }

    public boolean hasTranslation(String language) {
        return PostedTranslations.any(translation, language, List.of("name", "description"));
    }

    Map<String, Map<String, String>> translations() {
        return PostedTranslations.byLanguage(translation);
    }

    static Map<String, String> posted(Map<String, Map<String, String>> translations) {
        return PostedTranslations.posted(translations);
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
