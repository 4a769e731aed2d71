package org.crossroads.indexes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A city's answers to one published index version for one period (a year "2024" or a half year
 * "2024-H1"): a draft while the city works on it, then submitted, when its scores are computed and stored.
 *
 * @param overallScore 0 to 100 once submitted, else null
 * @param version counts the saves, for optimistic locking
 */
public record IndexResponse(long id, long versionId, long placeId, String period, Status status, String updatedBy,
        OffsetDateTime updatedAt, String submittedBy, OffsetDateTime submittedAt, BigDecimal overallScore, int version,
        List<IndexAnswer> answers) {

    public IndexResponse {
        answers = List.copyOf(answers);
    }

    public enum Status {
        DRAFT, SUBMITTED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }

    public Optional<IndexAnswer> answer(String questionCode) {
        return answers.stream().filter(a -> a.questionCode().equals(questionCode)).findFirst();
    }
}
