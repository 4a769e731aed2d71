package org.crossroads.learning.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.shared.vocabulary.ShownText;

/**
 * A peer-learning event: a theme, a host city, dates, a format, its organisers, what it set out to
 * teach whom, the methods used, and its documents.
 *
 * @param datePrecision "month" when only the month is known, as for the MC2CM events of 2016–2022
 * @param languages ISO 639-1 codes of the working languages
 * @param methods codes of vocabulary {@code learning_method}
 * @param language the language theme, agenda and learning report are written in
 * @param translations the others: language → field (theme, agenda, learning_report) → text
 */
@org.springframework.modulith.NamedInterface("api")
public record LearningEvent(long id, String externalId, String theme, Long hostPlaceId, LocalDate startsOn,
        LocalDate endsOn, String datePrecision, String format, List<String> languages, List<String> methods,
        List<Long> organiserIds, List<LearningObjective> objectives, String agenda, List<String> backgroundDocuments,
        String learningReport, String source, String createdBy, OffsetDateTime createdAt, String updatedBy,
        OffsetDateTime updatedAt, int version, String language, Map<String, Map<String, String>> translations) {

    /** The fields an event's translations hold. */
    /** An event of the demonstration dataset (written by {@code DemonstrationData.AUTHOR}): labelled, left out of exports. */
    public boolean isDemonstration() {
        return org.crossroads.shared.demo.DemonstrationData.AUTHOR.equals(createdBy);
    }

    public static final List<String> TRANSLATED = List.of("theme", "agenda", "learning_report");

    public LearningEvent {
        language = language == null ? "en" : language;
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    /** The theme in the reader's language where translated, else as written. */
    public String theme(Locale locale) {
        return shownTheme(locale).text();
    }

    public ShownText shownTheme(Locale locale) {
        return ShownText.of(theme, language, translations, "theme", locale);
    }

    public ShownText shownAgenda(Locale locale) {
        return ShownText.of(agenda, language, translations, "agenda", locale);
    }

    public ShownText shownLearningReport(Locale locale) {
        return ShownText.of(learningReport, language, translations, "learning_report", locale);
    }

    public boolean isOrganisedBy(Long organisationId) {
        return organisationId != null && organiserIds.contains(organisationId);
    }
}
