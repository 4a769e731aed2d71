package org.crossroads.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * An event as a form or an import row gives it, before validation: places and organisations by
 * reference ({@code geonames:ID}, {@code Name, CC}, {@code org:mc2cm}).
 *
 * @param externalId stable id for re-imports; a form may leave it empty and one is made
 */
public record EventDraft(String externalId, String theme, String hostCity, LocalDate startsOn, LocalDate endsOn,
        String datePrecision, String format, List<String> organisers, List<String> languages, List<String> methods,
        List<LearningObjective> objectives, String agenda, List<String> backgroundDocuments, String learningReport,
        String source) {

    public EventDraft {
        organisers = organisers == null ? List.of() : List.copyOf(organisers);
        languages = languages == null ? List.of() : List.copyOf(languages);
        methods = methods == null ? List.of() : List.copyOf(methods);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        backgroundDocuments = backgroundDocuments == null ? List.of() : List.copyOf(backgroundDocuments);
    }
}
