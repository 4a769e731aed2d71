package org.crossroads.indexes;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How answers become scores, from 0 to 100 (docs/self-assessment-indexes.md):
 * <ul>
 * <li>a single-choice or yes/no question scores its chosen option's score;</li>
 * <li>a multi-choice question scores the <em>sum</em> of its chosen options' scores, at most 100 (each
 *     practice in place adds to the score; an index that wants an average gives its options scores that
 *     add up to 100);</li>
 * <li>a number-range question scores the score of the band that holds the number;</li>
 * <li>a dimension scores the weighted average of its answered questions' scores; an unanswered (optional)
 *     question counts nowhere, and a dimension with no answered question has no score;</li>
 * <li>the overall score is the weighted average of the dimensions that have a score.</li>
 * </ul>
 * Arithmetic is decimal (no floating point); averages are computed from unrounded figures and each figure
 * is rounded half up to two decimals at the end, so the same answers always give the same scores.
 */
public final class IndexScoring {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndexScoring() {
    }

    public static IndexScoreCard score(IndexVersion version, Collection<IndexAnswer> answers) {
        Map<String, IndexAnswer> byQuestion = answers.stream()
                .collect(Collectors.toMap(IndexAnswer::questionCode, Function.identity(), (a, b) -> a));
        Map<String, BigDecimal> questionScores = new LinkedHashMap<>();
        Map<String, BigDecimal> dimensionScores = new LinkedHashMap<>();
        BigDecimal overallSum = BigDecimal.ZERO;
        BigDecimal overallWeights = BigDecimal.ZERO;
        for (IndexDimension dimension : version.dimensions()) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            for (IndexQuestion question : dimension.questions()) {
                Optional<BigDecimal> score = questionScore(question, byQuestion.get(question.code()));
                if (score.isPresent()) {
                    questionScores.put(question.code(), rounded(score.get()));
                    sum = sum.add(score.get().multiply(question.weight()));
                    weights = weights.add(question.weight());
                }
            }
            if (weights.signum() > 0) {
                BigDecimal dimensionScore = sum.divide(weights, PRECISION);
                dimensionScores.put(dimension.code(), rounded(dimensionScore));
                overallSum = overallSum.add(dimensionScore.multiply(dimension.weight()));
                overallWeights = overallWeights.add(dimension.weight());
            }
        }
        BigDecimal overall = overallWeights.signum() > 0 ? rounded(overallSum.divide(overallWeights, PRECISION)) : null;
        return new IndexScoreCard(overall, dimensionScores, questionScores);
    }

    /** The question's score for this answer; empty when it is unanswered or its answer scores nothing valid. */
    public static Optional<BigDecimal> questionScore(IndexQuestion question, IndexAnswer answer) {
        if (answer == null || answer.isEmpty()) {
            return Optional.empty();
        }
        switch (question.kind()) {
            case NUMBER_RANGE:
                return question.band(answer.number()).map(o -> BigDecimal.valueOf(o.score()));
            case MULTI_CHOICE:
                BigDecimal sum = BigDecimal.ZERO;
                boolean any = false;
                for (String code : answer.optionCodes()) {
                    Optional<IndexAnswerOption> option = question.option(code);
                    if (option.isPresent()) {
                        sum = sum.add(BigDecimal.valueOf(option.get().score()));
                        any = true;
                    }
                }
                return any ? Optional.of(sum.min(HUNDRED)) : Optional.empty();
            default:
                return answer.optionCodes().isEmpty() ? Optional.empty()
                        : question.option(answer.optionCodes().get(0)).map(o -> BigDecimal.valueOf(o.score()));
        }
    }

    private static BigDecimal rounded(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
