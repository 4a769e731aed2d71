package org.crossroads.indexes;

import java.util.List;

/**
 * What a city's focal point typed into the questionnaire, for {@link IndexResponses}.
 *
 * @param expectedVersion the version of the stored response the form was opened from, null for a new one
 * @param answers one per answered question; questions left out are unanswered
 */
public record ResponseDraft(long versionId, long placeId, String period, Integer expectedVersion,
        List<IndexAnswer> answers) {

    public ResponseDraft {
        answers = List.copyOf(answers);
    }
}
