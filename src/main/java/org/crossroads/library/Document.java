package org.crossroads.library;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.crossroads.shared.vocabulary.ShownText;
import java.util.Map;

/**
 * A document of the library as a reader may see it: a knowledge product, a learning report, a declaration… with its
 * metadata and the records it belongs to. When {@code sourceWithheld} is true (a Chatham House document read by
 * someone who may not know its source) the authors, organisations, source address and provenance are empty.
 *
 * @param translations language → {@code title}, {@code summary}
 * @param datePrecision {@code day}, or {@code month} when only the month of {@code publishedOn} is known
 * @param access {@code public}, {@code members} or {@code chatham_house}
 * @param publication {@code published}, {@code proposed} or {@code withdrawn}
 */
@org.springframework.modulith.NamedInterface("api")
public record Document(long id, String externalId, String type, String language, String title, String summary,
        Map<String, Map<String, String>> translations, Integer year, LocalDate publishedOn, String datePrecision,
        List<String> languages, List<String> themes, List<String> countryCodes, List<Author> authors,
        List<Party> organisations, List<Long> placeIds, List<Link> links, String licence, String sourceUrl,
        String access, String publication, String source, String createdBy, OffsetDateTime createdAt,
        String updatedBy, OffsetDateTime updatedAt, int version, boolean sourceWithheld) {

    public static final List<String> TYPES = List.of("report", "policy_note", "city_migration_profile", "case_study",
            "learning_report", "course", "declaration", "toolkit", "data_set", "presentation", "news");
    public static final List<String> ACCESS_LEVELS = List.of("public", "members", "chatham_house");
    public static final List<String> ROLES = List.of("publisher", "network", "funder");
    public static final String INITIATIVE = "initiative";
    public static final String EVENT = "event";
    public static final String OUTCOME = "outcome_statement";

    /** A person named as the publication names them, or an organisation of the directory. */
    public record Author(String name, Long organisationId) {}

    /** An organisation of the directory in a role: {@code publisher}, {@code network} or {@code funder}. */
    public record Party(long organisationId, String role) {}

    /** A record of another module the document belongs to or speaks of. */
    public record Link(String record, long recordId) {}

    public boolean isPublished() {
        return "published".equals(publication);
    }

    public boolean isChathamHouse() {
        return "chatham_house".equals(access);
    }

    public boolean isMembersOnly() {
        return "members".equals(access);
    }

    public String title(Locale locale) {
        return translated(locale, "title", title);
    }

    public String summary(Locale locale) {
        return summary == null ? null : translated(locale, "summary", summary);
    }

    /** The summary as the reader sees it, with the language it is in (pages mark a translation or a missing one). */
    public ShownText shownSummary(Locale locale) {
        return ShownText.of(summary, language, translations, "summary", locale);
    }

    public List<Long> organisationIds(String role) {
        return organisations.stream().filter(p -> p.role().equals(role)).map(Party::organisationId).toList();
    }

    public List<Long> linked(String record) {
        return links.stream().filter(l -> l.record().equals(record)).map(Link::recordId).toList();
    }

    /** The same document without what the Chatham House rule withholds from this reader. */
    Document withoutSource() {
        return new Document(id, externalId, type, language, title, summary, translations, year, publishedOn,
                datePrecision, languages, themes, countryCodes, List.of(), List.of(), placeIds, links, licence, null,
                access, publication, null, createdBy, createdAt, updatedBy, updatedAt, version, true);
    }

    private String translated(Locale locale, String field, String original) {
        if (locale == null || locale.getLanguage().equals(language)) {
            return original;
        }
        Map<String, String> t = translations.get(locale.getLanguage());
        String value = t == null ? null : t.get(field);
        return value == null || value.isBlank() ? original : value;
    }
}
