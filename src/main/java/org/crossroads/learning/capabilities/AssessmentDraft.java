package org.crossroads.learning.capabilities;

import java.util.List;

/**
 * What a city states about its capabilities for one period: a score (1 to the framework's scale maximum)
 * and evidence per indicator. Indicators left without score and evidence are not assessed.
 *
 * @param period a year ("2024") or a half year ("2024-H1")
 * @param expectedVersion the version of the assessment the editor saw, or null when they saw none
 */
public record AssessmentDraft(long placeId, long frameworkId, String period, Integer expectedVersion,
        List<Entry> entries) {

    public AssessmentDraft {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** @param score null when not assessed */
    public record Entry(String indicatorCode, Integer score, String evidence) {
    }
}
