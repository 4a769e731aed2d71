package org.crossroads.indexes;

import java.math.BigDecimal;
import java.util.List;

/**
 * A dimension of an index version (for example "Data and evidence on migration"): its score is the
 * weighted average of its questions' scores, and the overall score the weighted average of the dimensions'.
 *
 * @param weight greater than 0
 * @param position 1, 2, … in the questionnaire
 */
public record IndexDimension(long id, String code, IndexText name, IndexText description, BigDecimal weight,
        int position, List<IndexQuestion> questions) {

    public IndexDimension {
        questions = List.copyOf(questions);
    }
}
