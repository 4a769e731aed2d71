package org.crossroads.inventory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An initiative: a network's programme, a city-level programme or a project, with what it does
 * (activity type, themes), where (places, countries, routes), who (networks, implementers, partners,
 * donors), when, and how it aligns with global frameworks. Places and organisations are directory
 * records referred to by id.
 *
 * @param translations content in other languages: language → field (name, summary) → text
 */
public record Initiative(
        long id, String externalId, String name, String summary, String activityType, List<String> themes,
        List<Long> placeIds, List<String> countryCodes, boolean networkWide,
        List<Long> networkIds, List<Long> implementerIds, List<Long> partnerIds, List<Long> donorIds,
        LocalDate start, LocalDate end, String status, List<String> links,
        List<Integer> gcmObjectives, List<Integer> gcrObjectives, List<String> sdgTargets,
        List<Integer> lampedusaPrinciples, List<String> routes,
        Map<String, Map<String, String>> translations, String publication, String source,
        String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt, int version) {

    public boolean isPublished() {
        return "published".equals(publication);
    }

    /** The name in the reader's language when translated, else the original. */
    public String name(Locale locale) {
        return translated(locale, "name", name);
    }

    public String summary(Locale locale) {
        return translated(locale, "summary", summary);
    }

    private String translated(Locale locale, String field, String original) {
        String text = translations.getOrDefault(locale.getLanguage(), Map.of()).get(field);
        return text == null || text.isBlank() ? original : text;
    }
}
