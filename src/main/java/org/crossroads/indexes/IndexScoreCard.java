package org.crossroads.indexes;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scores of one response, each from 0 to 100 with two decimals.
 *
 * @param overall the weighted average of the dimension scores, null when no dimension has a score
 * @param dimensions by dimension code, in questionnaire order; a dimension without any answered question
 *     has no entry
 * @param questions by question code; unanswered questions have no entry
 */
public record IndexScoreCard(BigDecimal overall, Map<String, BigDecimal> dimensions, Map<String, BigDecimal> questions) {

    public IndexScoreCard {
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
        questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
    }
}
