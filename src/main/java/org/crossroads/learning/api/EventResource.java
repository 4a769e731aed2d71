package org.crossroads.learning.api;

import java.time.LocalDate;
import java.util.List;
import org.crossroads.learning.LearningObjective;

/** An event in the API: public facts only, never participants' personal data. */
record EventResource(long id, String externalId, String theme, Reference hostCity, LocalDate startsOn, LocalDate endsOn,
        String datePrecision, String format, List<String> languages, List<String> methods, List<Reference> organisers,
        List<LearningObjective> objectives, String agenda, List<String> backgroundDocuments, String learningReport,
        String source, String href) {

    record Reference(long id, String name, String countryCode) {}
}
