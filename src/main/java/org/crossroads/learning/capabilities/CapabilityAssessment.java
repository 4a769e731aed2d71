package org.crossroads.learning.capabilities;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A city's stored self-assessment for one framework and period. */
public record CapabilityAssessment(long id, long frameworkId, long placeId, String period, String assessedBy,
        OffsetDateTime assessedAt, int version, List<Score> scores) {

    public Optional<Score> score(String indicatorCode) {
        return scores.stream().filter(s -> s.indicatorCode().equals(indicatorCode)).findFirst();
    }

    /** @param evidence the city's own statement, or null */
    public record Score(long indicatorId, String indicatorCode, int score, String evidence) {
    }
}
