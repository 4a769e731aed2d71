package org.crossroads.inventory.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.InitiativeDraft;

/**
 * What the initiative form posts: plain text as typed, so that a rejected form comes back exactly as
 * the editor left it. Lists of places and organisations are separated by ";" as in import files.
 */
record InitiativeForm(String externalId, String name, String summary, String activityType, List<String> themes,
        String cities, String countries, Boolean networkWide, List<String> networks, String implementers,
        String partners, String donors, String start, String end, String status, String links,
        List<Integer> gcmObjectives, List<Integer> gcrObjectives, List<String> sdgTargets,
        List<Integer> lampedusaPrinciples, List<String> routes, String language, String nameEn, String summaryEn,
        String nameFr, String summaryFr, String nameAr, String summaryAr, String nameEs, String summaryEs, String source,
        Integer version) {

    /** Unticked checkboxes are not posted at all: absent lists are empty, an absent flag is false. */
    InitiativeForm {
        themes = themes == null ? List.of() : themes;
        networkWide = Boolean.TRUE.equals(networkWide);
        networks = networks == null ? List.of() : networks;
        gcmObjectives = gcmObjectives == null ? List.of() : gcmObjectives;
        gcrObjectives = gcrObjectives == null ? List.of() : gcrObjectives;
        sdgTargets = sdgTargets == null ? List.of() : sdgTargets;
        lampedusaPrinciples = lampedusaPrinciples == null ? List.of() : lampedusaPrinciples;
        routes = routes == null ? List.of() : routes;
        language = language == null || language.isBlank() ? "en" : language;
    }

    static InitiativeForm empty() {
        return new InitiativeForm("", "", "", "", List.of(), "", "", false, List.of(), "", "", "", "", "", "active", "",
                List.of(), List.of(), List.of(), List.of(), List.of(), "en", "", "", "", "", "", "", "", "", "", 0);
    }

    static InitiativeForm of(Initiative i, List<String> placeRefs, List<String> networkRefs, String implementers,
            String partners, String donors) {
        Map<String, String> en = i.translations().getOrDefault("en", Map.of());
        Map<String, String> fr = i.translations().getOrDefault("fr", Map.of());
        Map<String, String> ar = i.translations().getOrDefault("ar", Map.of());
        Map<String, String> es = i.translations().getOrDefault("es", Map.of());
        return new InitiativeForm(i.externalId(), i.name(), i.summary(), i.activityType(), i.themes(),
                String.join("; ", placeRefs), String.join("; ", i.countryCodes()), i.networkWide(), networkRefs,
                implementers, partners, donors, i.start() == null ? "" : i.start().toString(),
                i.end() == null ? "" : i.end().toString(), i.status(), String.join("\n", i.links()), i.gcmObjectives(),
                i.gcrObjectives(), i.sdgTargets(), i.lampedusaPrinciples(), i.routes(), i.language(), en.get("name"),
                en.get("summary"), fr.get("name"), fr.get("summary"),
                ar.get("name"), ar.get("summary"), es.get("name"), es.get("summary"), i.source(), i.version());
    }

    /** The draft, with date errors added to {@code errors} (the other checks happen in the service). */
    InitiativeDraft toDraft(List<FieldError> errors) {
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        translation(translations, "en", nameEn, summaryEn);
        translation(translations, "fr", nameFr, summaryFr);
        translation(translations, "ar", nameAr, summaryAr);
        translation(translations, "es", nameEs, summaryEs);
        return new InitiativeDraft(externalId, name, summary, activityType, themes, split(cities), split(countries),
                Boolean.TRUE.equals(networkWide), networks, split(implementers), split(partners), split(donors),
                date("start", start, false, errors), date("end", end, true, errors), blankToNull(status),
                Arrays.stream(links == null ? new String[0] : links.split("[\\s;]+")).filter(s -> !s.isBlank()).toList(),
                gcmObjectives, gcrObjectives, sdgTargets, lampedusaPrinciples, routes, translations, source, language);
    }

    /** Whether the form holds a translation into the language (its part of the form opens). */
    public boolean hasTranslation(String l) {
        return switch (l) {
            case "en" -> filled(nameEn, summaryEn);
            case "fr" -> filled(nameFr, summaryFr);
            case "ar" -> filled(nameAr, summaryAr);
            case "es" -> filled(nameEs, summaryEs);
            default -> false;
        };
    }

    private static boolean filled(String a, String b) {
        return a != null && !a.isBlank() || b != null && !b.isBlank();
    }

    int expectedVersion() {
        return version == null ? 0 : version;
    }

    private static void translation(Map<String, Map<String, String>> all, String language, String name, String summary) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (name != null && !name.isBlank()) {
            fields.put("name", name.strip());
        }
        if (summary != null && !summary.isBlank()) {
            fields.put("summary", summary.strip());
        }
        if (!fields.isEmpty()) {
            all.put(language, fields);
        }
    }

    static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : text.split("[;\\n]")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** ISO date or a year alone (1 January for a start, 31 December for an end). */
    private static LocalDate date(String field, String text, boolean end, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.matches("\\d{4}")) {
                int year = Integer.parseInt(t);
                return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            LocalDate date = LocalDate.parse(t);
            if (date.getYear() < 1900 || date.getYear() > 2100) {
                errors.add(FieldError.of(field, "inventory.error.date", t));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "inventory.error.date", t));
            return null;
        }
    }
}
