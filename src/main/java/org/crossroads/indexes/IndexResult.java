package org.crossroads.indexes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored scores of one submitted response: a city's result for one version and period.
 *
 * @param overall 0 to 100, null when no dimension has a score
 * @param dimensions by dimension code, in questionnaire order (a dimension without score is absent)
 */
public record IndexResult(long responseId, long versionId, long placeId, String period, OffsetDateTime submittedAt,
        BigDecimal overall, Map<String, BigDecimal> dimensions) {

    public IndexResult {
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
    }

    /** The dimension's score, or null. */
    public BigDecimal dimension(String code) {
        return dimensions.get(code);
    }
}
