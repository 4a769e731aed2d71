package org.crossroads.learning.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An event as a form or an import row gives it, before validation: places and organisations by
 * reference ({@code geonames:ID}, {@code Name, CC}, {@code org:mc2cm}).
 *
 * @param externalId stable id for re-imports; a form may leave it empty and one is made
 * @param language the language theme, agenda and learning report are written in (English when not said)
 * @param translations the others: language → field (theme, agenda, learning_report) → text
 */
@org.springframework.modulith.NamedInterface("api")
public record EventDraft(String externalId, String theme, String hostCity, LocalDate startsOn, LocalDate endsOn,
        String datePrecision, String format, List<String> organisers, List<String> languages, List<String> methods,
        List<LearningObjective> objectives, String agenda, List<String> backgroundDocuments, String learningReport,
        String source, String language, Map<String, Map<String, String>> translations) {

    /** A draft written in English, without translations. */
    public EventDraft(String externalId, String theme, String hostCity, LocalDate startsOn, LocalDate endsOn,
            String datePrecision, String format, List<String> organisers, List<String> languages, List<String> methods,
            List<LearningObjective> objectives, String agenda, List<String> backgroundDocuments, String learningReport,
            String source) {
        this(externalId, theme, hostCity, startsOn, endsOn, datePrecision, format, organisers, languages, methods,
                objectives, agenda, backgroundDocuments, learningReport, source, "en", Map.of());
    }

    public EventDraft {
        language = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(java.util.Locale.ROOT);
        translations = translations == null ? Map.of() : Map.copyOf(translations);
        organisers = organisers == null ? List.of() : List.copyOf(organisers);
        languages = languages == null ? List.of() : List.copyOf(languages);
        methods = methods == null ? List.of() : List.copyOf(methods);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        backgroundDocuments = backgroundDocuments == null ? List.of() : List.copyOf(backgroundDocuments);
    }
}
