package org.crossroads.learning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A peer-learning event: a theme, a host city, dates, a format, its organisers, what it set out to
 * teach whom, the methods used, and its documents.
 *
 * @param datePrecision "month" when only the month is known, as for the MC2CM events of 2016–2022
 * @param languages ISO 639-1 codes of the working languages
 * @param methods codes of vocabulary {@code learning_method}
 */
public record LearningEvent(long id, String externalId, String theme, Long hostPlaceId, LocalDate startsOn,
        LocalDate endsOn, String datePrecision, String format, List<String> languages, List<String> methods,
        List<Long> organiserIds, List<LearningObjective> objectives, String agenda, List<String> backgroundDocuments,
        String learningReport, String source, String createdBy, OffsetDateTime createdAt, String updatedBy,
        OffsetDateTime updatedAt, int version) {

    public boolean isOrganisedBy(Long organisationId) {
        return organisationId != null && organiserIds.contains(organisationId);
    }
}
