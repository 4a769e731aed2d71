package org.crossroads.library.practices;

import java.util.List;
import java.util.Map;

/**
 * A practice as an editor or the built-in dataset gives it, before checks: cities, initiatives, events and documents
 * by reference (a city as "Tangier, MA" or {@code geonames:…}; an initiative, event or document by its number or its
 * external id).
 */
public record PracticeDraft(String language, String title, Map<String, Map<String, String>> translations,
        List<String> variantNames, String city, List<String> furtherCities, List<String> countries, List<String> themes,
        String sizeClass, String routeRole, Map<String, String> sections, List<Practice.Contact> contacts,
        List<Practice.Source> sources, List<String> initiatives, List<String> events, List<String> documents,
        List<TransferDraft> transfers, String provenance, List<DataValueDraft> dataValues) {

    /** A draft citing no data values. */
    public PracticeDraft(String language, String title, Map<String, Map<String, String>> translations,
            List<String> variantNames, String city, List<String> furtherCities, List<String> countries, List<String> themes,
            String sizeClass, String routeRole, Map<String, String> sections, List<Practice.Contact> contacts,
            List<Practice.Source> sources, List<String> initiatives, List<String> events, List<String> documents,
            List<TransferDraft> transfers, String provenance) {
        this(language, title, translations, variantNames, city, furtherCities, countries, themes, sizeClass, routeRole,
                sections, contacts, sources, initiatives, events, documents, transfers, provenance, List.of());
    }

    public PracticeDraft {
        dataValues = dataValues == null ? List.of() : dataValues;
        translations = translations == null ? Map.of() : translations;
        variantNames = variantNames == null ? List.of() : variantNames;
        furtherCities = furtherCities == null ? List.of() : furtherCities;
        countries = countries == null ? List.of() : countries;
        themes = themes == null ? List.of() : themes;
        sections = sections == null ? Map.of() : sections;
        contacts = contacts == null ? List.of() : contacts;
        sources = sources == null ? List.of() : sources;
        initiatives = initiatives == null ? List.of() : initiatives;
        events = events == null ? List.of() : events;
        documents = documents == null ? List.of() : documents;
        transfers = transfers == null ? List.of() : transfers;
    }

    /** The same draft linking these initiatives, events and documents instead. */
    public PracticeDraft withLinks(List<String> initiativeRefs, List<String> eventRefs, List<String> documentRefs) {
        return new PracticeDraft(language, title, translations, variantNames, city, furtherCities, countries, themes,
                sizeClass, routeRole, sections, contacts, sources, initiativeRefs, eventRefs, documentRefs, transfers, provenance,
                dataValues);
    }

    /** The same draft citing these data values instead. */
    public PracticeDraft withDataValues(List<DataValueDraft> values) {
        return new PracticeDraft(language, title, translations, variantNames, city, furtherCities, countries, themes,
                sizeClass, routeRole, sections, contacts, sources, initiatives, events, documents, transfers, provenance,
                values);
    }

    /** A data value as given: an indicator code, a place reference ("Sfax, TN" or a number) and a year, as text. */
    public record DataValueDraft(String indicator, String place, String year) {

        /** "indicator; place; year", as the form's lines and the built-in file write it. */
        public static DataValueDraft parse(String line) {
            String[] parts = line.split(";", 3);
            return new DataValueDraft(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null,
                    parts.length > 2 ? parts[2].strip() : null);
        }

        public String line() {
            return indicator + "; " + place + "; " + year;
        }
    }

    /** A transfer as given: the adapting city by reference, the year as text (forms) or number. */
    public record TransferDraft(String toCity, String year, String whatChanged, String source) {}
}
