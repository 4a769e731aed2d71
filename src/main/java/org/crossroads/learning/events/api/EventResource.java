package org.crossroads.learning.events.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crossroads.learning.events.LearningObjective;

/**
 * An event in the API: public facts only, never participants' personal data; its texts as written, in {@code textLanguage}
 * ({@code languages} are the working languages of the event), with their translations.
 */
record EventResource(long id, String externalId, String theme, Reference hostCity, LocalDate startsOn, LocalDate endsOn,
        String datePrecision, String format, List<String> languages, List<String> methods, List<Reference> organisers,
        List<LearningObjective> objectives, String agenda, List<String> backgroundDocuments, String learningReport,
        String source, String href, String textLanguage, Map<String, Map<String, String>> translations) {

    record Reference(long id, String name, String countryCode) {}
}
