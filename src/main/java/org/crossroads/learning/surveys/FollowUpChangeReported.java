package org.crossroads.learning.surveys;

/**
 * A follow-up answer reported a change in the respondent's administration: outcome harvesting turns it
 * into a draft outcome statement. Published inside the answer's transaction, so both are stored or neither.
 *
 * @param placeId the respondent's city (null when unknown)
 * @param changeType a code of vocabulary {@code change_type}, or null when the respondent did not say
 */
public record FollowUpChangeReported(long eventId, Long placeId, String changeType, String description,
        long surveyResponseId) {
}
