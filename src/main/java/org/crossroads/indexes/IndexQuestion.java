package org.crossroads.indexes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question of an index version. Its code is unique in the version (forms name their fields after it).
 *
 * @param weight greater than 0: the question's weight in its dimension's average
 * @param required a submitted response must answer it
 * @param options the answer options, or for a number-range question the bands of numbers with their score
 */
public record IndexQuestion(long id, long dimensionId, String code, IndexText prompt, QuestionKind kind,
        BigDecimal weight, boolean required, int position, List<IndexAnswerOption> options) {

    public IndexQuestion {
        options = List.copyOf(options);
    }

    public Optional<IndexAnswerOption> option(String optionCode) {
        return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
    }

    /** The number-range band that holds this number, if one does. */
    public Optional<IndexAnswerOption> band(BigDecimal number) {
        return options.stream().filter(o -> o.holds(number)).findFirst();
    }

    /** The smallest number a number-range question accepts (its lowest band's lower bound), or null. */
    public BigDecimal minimum() {
        return options.stream().map(IndexAnswerOption::lowerBound).filter(Objects::nonNull).min(BigDecimal::compareTo)
                .orElse(null);
    }

    /** The largest number a number-range question accepts, or null when its highest band is open. */
    public BigDecimal maximum() {
        if (options.isEmpty() || options.stream().anyMatch(o -> o.upperBound() == null)) {
            return null;
        }
        return options.stream().map(IndexAnswerOption::upperBound).max(BigDecimal::compareTo).orElse(null);
    }
}
