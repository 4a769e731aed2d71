package org.crossroads.library;

import java.util.List;
import java.util.Map;

/**
 * A document as a form, an import row or the built-in file gives it, before validation: references as written
 * (cities as {@code "Tangier, MA"} or {@code place:…}, organisations as {@code org:…} or their name, initiatives as
 * {@code init:…}, events as {@code mc2cm:event:NN}, outcomes by number). The format is docs/library.md's.
 *
 * @param translations language → {@code title}, {@code summary}; blank ones are dropped
 * @param publishedOn {@code YYYY-MM-DD}, {@code YYYY-MM} or blank
 */
public record DocumentDraft(String externalId, String type, String language, String title, String summary,
        Map<String, Map<String, String>> translations, String year, String publishedOn, List<String> languages,
        List<String> themes, List<String> countries, List<String> cities, List<String> authors,
        List<String> authorOrganisations, List<String> publishers, List<String> networks, List<String> funders,
        List<String> initiatives, List<String> events, List<String> outcomes, String licence, String sourceUrl,
        String access, String source) {

    public DocumentDraft {
        translations = translations == null ? Map.of() : translations;
        languages = copy(languages);
        themes = copy(themes);
        countries = copy(countries);
        cities = copy(cities);
        authors = copy(authors);
        authorOrganisations = copy(authorOrganisations);
        publishers = copy(publishers);
        networks = copy(networks);
        funders = copy(funders);
        initiatives = copy(initiatives);
        events = copy(events);
        outcomes = copy(outcomes);
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : list.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }
}
