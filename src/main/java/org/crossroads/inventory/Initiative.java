package org.crossroads.inventory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.shared.vocabulary.ShownText;

/**
 * An initiative: a network's programme, a city-level programme or a project, with what it does
 * (activity type, themes), where (places, countries, routes), who (networks, implementers, partners,
 * donors), when, and how it aligns with global frameworks. Places and organisations are directory
 * records referred to by id.
 *
 * @param translations content in other languages: language → field (name, summary) → text
 * @param language     the language the name and summary were written in
 */
@org.springframework.modulith.NamedInterface("api")
public record Initiative(
        long id, String externalId, String name, String summary, String activityType, List<String> themes,
        List<Long> placeIds, List<String> countryCodes, boolean networkWide,
        List<Long> networkIds, List<Long> implementerIds, List<Long> partnerIds, List<Long> donorIds,
        LocalDate start, LocalDate end, String status, List<String> links,
        List<Integer> gcmObjectives, List<Integer> gcrObjectives, List<String> sdgTargets,
        List<Integer> lampedusaPrinciples, List<String> routes,
        Map<String, Map<String, String>> translations, String publication, String source,
        String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt, int version,
        String language) {

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

    /** The name as the reader sees it, with the language it is in (pages mark a translation). */
    public ShownText shownName(Locale locale) {
        return ShownText.of(name, language, translations, "name", locale);
    }

    public ShownText shownSummary(Locale locale) {
        return ShownText.of(summary, language, translations, "summary", locale);
    }

    private String translated(Locale locale, String field, String original) {
        ShownText shown = ShownText.of(original, language, translations, field, locale);
        return shown == null ? null : shown.text();
    }
}
