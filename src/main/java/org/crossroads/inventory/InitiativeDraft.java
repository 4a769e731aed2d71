package org.crossroads.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an editor or an import row proposes for an initiative, before validation. Vocabulary values
 * are codes; places and organisations are references as in import files ("Sfax, TN", "org:mc2cm").
 * Field names match the import columns so that errors name the same thing in forms and files.
 *
 * @param language the language name and summary are written in (English when not said); translations hold the others
 */
public record InitiativeDraft(
        String externalId, String name, String summary, String activityType, List<String> themes,
        List<String> cities, List<String> countries, boolean networkWide,
        List<String> networks, List<String> implementers, List<String> partners, List<String> donors,
        LocalDate start, LocalDate end, String status, List<String> links,
        List<Integer> gcmObjectives, List<Integer> gcrObjectives, List<String> sdgTargets,
        List<Integer> lampedusaPrinciples, List<String> routes,
        Map<String, Map<String, String>> translations, String source, String language) {

    /** A draft written in English. */
    public InitiativeDraft(
            String externalId, String name, String summary, String activityType, List<String> themes,
            List<String> cities, List<String> countries, boolean networkWide,
            List<String> networks, List<String> implementers, List<String> partners, List<String> donors,
            LocalDate start, LocalDate end, String status, List<String> links,
            List<Integer> gcmObjectives, List<Integer> gcrObjectives, List<String> sdgTargets,
            List<Integer> lampedusaPrinciples, List<String> routes,
            Map<String, Map<String, String>> translations, String source) {
        this(externalId, name, summary, activityType, themes, cities, countries, networkWide, networks, implementers,
                partners, donors, start, end, status, links, gcmObjectives, gcrObjectives, sdgTargets, lampedusaPrinciples,
                routes, translations, source, "en");
    }

    public InitiativeDraft {
        language = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(java.util.Locale.ROOT);
        themes = clean(themes);
        cities = clean(cities);
        countries = clean(countries);
        networks = clean(networks);
        implementers = clean(implementers);
        partners = clean(partners);
        donors = clean(donors);
        links = clean(links);
        sdgTargets = clean(sdgTargets);
        routes = clean(routes);
        gcmObjectives = gcmObjectives == null ? List.of() : List.copyOf(gcmObjectives);
        gcrObjectives = gcrObjectives == null ? List.of() : List.copyOf(gcrObjectives);
        lampedusaPrinciples = lampedusaPrinciples == null ? List.of() : List.copyOf(lampedusaPrinciples);
        translations = translations == null ? Map.of() : translations;
        status = status == null || status.isBlank() ? "active" : status.strip();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
