package org.crossroads.indexes;

import java.time.OffsetDateTime;

/**
 * A questionnaire-based self-assessment index, in the manner of the Intercultural Cities Index: questions
 * grouped into weighted dimensions, each answer scored from 0 to 100. Its questionnaire lives in numbered
 * {@link IndexVersion versions}.
 *
 * @param official false for every index built on Crossroads: it is not any organisation's official index
 *     (not the Council of Europe's Intercultural Cities Index in particular), and pages say so
 * @param notice the index's own statement about what it is and is not, shown with the index
 * @param organisationId the network whose coordinators maintain the index, or null (administrators only)
 */
public record SelfAssessmentIndex(long id, String code, IndexText name, IndexText description, boolean official,
        IndexText notice, Long organisationId, String createdBy, OffsetDateTime createdAt) {
}
