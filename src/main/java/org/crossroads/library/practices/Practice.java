package org.crossroads.library.practices;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A practice: a structured, transferable lesson of one city (or of a region or a country), written in one language with translations, with the
 * sections of {@link #SECTIONS}, its evidence (linked initiatives, events, documents and data values; validated
 * outcomes link themselves by naming it), the cities that adapted it ({@link Transfer}), its sources and its publication.
 *
 * @param translations language → field ({@code title} or a section name) → text
 * @param sections section name → text in {@code language}; a section the sources do not give is absent
 * @param placeId the city the practice comes from, which gets the "inspired by" credit for its transfers; null for a
 *     practice of a region, a province or a country, which then names at least one country
 */
public record Practice(long id, String externalId, String language, String title,
        Map<String, Map<String, String>> translations, List<String> variantNames, Long placeId,
        List<Long> furtherPlaceIds, List<String> countryCodes, List<String> themes, String sizeClass, String routeRole,
        Map<String, String> sections, List<Contact> contacts, List<Source> sources, List<Long> initiativeIds,
        List<Long> eventIds, List<Long> documentIds, List<Transfer> transfers, String publication, String provenance,
        String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt, int version,
        List<DataValue> dataValues) {

    public static final String PUBLISHED = "published";
    public static final String PROPOSED = "proposed";

    /** The text sections, in the order a practice page shows them. */
    public static final List<String> SECTIONS = List.of("problem", "identified", "legal_mandate", "resources", "approach",
            "actors", "costs", "results", "success_factors", "watch_out", "transfer_principles");

    public Practice {
        translations = Map.copyOf(translations);
        variantNames = List.copyOf(variantNames);
        furtherPlaceIds = List.copyOf(furtherPlaceIds);
        countryCodes = List.copyOf(countryCodes);
        themes = List.copyOf(themes);
        sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        contacts = List.copyOf(contacts);
        sources = List.copyOf(sources);
        initiativeIds = List.copyOf(initiativeIds);
        eventIds = List.copyOf(eventIds);
        documentIds = List.copyOf(documentIds);
        transfers = List.copyOf(transfers);
        dataValues = dataValues == null ? List.of() : List.copyOf(dataValues);
    }

    /** A practice without data values as evidence. */
    public Practice(long id, String externalId, String language, String title,
            Map<String, Map<String, String>> translations, List<String> variantNames, Long placeId,
            List<Long> furtherPlaceIds, List<String> countryCodes, List<String> themes, String sizeClass, String routeRole,
            Map<String, String> sections, List<Contact> contacts, List<Source> sources, List<Long> initiativeIds,
            List<Long> eventIds, List<Long> documentIds, List<Transfer> transfers, String publication, String provenance,
            String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt, int version) {
        this(id, externalId, language, title, translations, variantNames, placeId, furtherPlaceIds, countryCodes, themes,
                sizeClass, routeRole, sections, contacts, sources, initiativeIds, eventIds, documentIds, transfers,
                publication, provenance, createdBy, createdAt, updatedBy, updatedAt, version, List.of());
    }

    /**
     * A data value the practice cites as evidence: the total of an indicator (by its code in the data catalogue) at
     * a place in a year. The number is read through the data module when shown, protected as on data pages.
     */
    public record DataValue(String indicator, long placeId, int year) {}

    /** An office to contact; shown to readers only when it agreed to be listed. */
    public record Contact(String office, boolean consent) {}

    /** Where a practice's text comes from: the citation and the passage. */
    public record Source(String citation, String passage) {}

    /** City {@code toPlaceId} adapted this practice; year and what changed when the source says. */
    public record Transfer(long toPlaceId, Integer year, String whatChanged, String source) {}

    public boolean isPublished() {
        return PUBLISHED.equals(publication);
    }

    /** The title in the reader's language when translated, else as written. */
    public String title(Locale locale) {
        return translated("title", locale, title);
    }

    /** A section in the reader's language when translated, else as written; null when the sources do not give it. */
    public String section(String name, Locale locale) {
        return translated(name, locale, sections.get(name));
    }

    /** The language a section is shown in to this reader: theirs when translated, else the practice's own. */
    public String sectionLanguage(String name, Locale locale) {
        Map<String, String> t = translations.get(locale.getLanguage());
        String text = t == null ? null : t.get(name);
        return text == null || text.isBlank() ? language : locale.getLanguage();
    }

    /** Whether the title shown to this reader is the one the practice was written with. */
    public boolean writtenIn(Locale locale) {
        return language.equals(locale.getLanguage()) || !translations.containsKey(locale.getLanguage());
    }

    /** The title, its translations and the variant names: every name an outcome or a search may use for it. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(title);
        translations.values().forEach(t -> {
            if (t.get("title") != null) {
                names.add(t.get("title"));
            }
        });
        names.addAll(variantNames);
        return names;
    }

    /** Whether the practice is a region's, a province's or a country's rather than one city's. */
    public boolean isRegional() {
        return placeId == null;
    }

    /** Every city the practice runs in: its own first (none of its own for a regional practice). */
    public List<Long> placeIds() {
        List<Long> all = new ArrayList<>();
        if (placeId != null) {
            all.add(placeId);
        }
        furtherPlaceIds.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }

    private String translated(String field, Locale locale, String original) {
        Map<String, String> t = translations.get(locale.getLanguage());
        String text = t == null ? null : t.get(field);
        return text == null || text.isBlank() ? original : text;
    }
}
