package org.crossroads.learning.surveys.internal;

import org.crossroads.learning.internal.SmallCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.learning.surveys.SurveyResults;
import org.crossroads.learning.surveys.SurveyResults.QuestionResult;
import org.crossroads.learning.internal.SmallCounts.Count;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;
import org.springframework.stereotype.Component;

/**
 * A survey round's results as the public sees them (dashboard, API): how many were invited and answered,
 * the response rate only when both are shown, and per question the number of answers, the mean of a scale
 * only over a shown number of answers, and choices protected like any breakdown. The distribution of
 * scores is for organisers only: beside a mean it would let two hidden score counts be solved for. Nothing
 * per question is published while the number of answers to the round is itself hidden.
 */
@Component
public class PublicSurveyResults {

    private final SurveyResults results;
    private final SmallCounts counts;

    PublicSurveyResults(SurveyResults results, SmallCounts counts) {
        this.results = results;
        this.counts = counts;
    }

    /**
     * @param mean null when the question has none, or when hidden ({@code meanHidden})
     * @param choices empty when withheld
     */
    public record QuestionFigures(QuestionResult result, Count answers, Double mean, boolean meanHidden,
            Optional<Map<String, Count>> choices) {}

    /** @param responseRate responses / invited, null when nobody was invited or when hidden ({@code rateHidden}) */
    public record SurveyFigures(SurveyResults.Result result, Count invited, Count responses, Double responseRate,
            boolean rateHidden, List<QuestionFigures> questions) {}

    public SurveyFigures of(long surveyId, boolean suppress) {
        SurveyResults.Result r = results.of(surveyId, !suppress);
        Count invited = counts.count(r.invited(), suppress);
        Count responses = counts.count(r.responses(), suppress);
        boolean rateHidden = !counts.mayShow(List.of(invited, responses));
        Double rate = r.invited() == 0 || rateHidden ? null : (double) r.responses() / r.invited();
        List<QuestionFigures> questions = new ArrayList<>();
        for (QuestionResult q : r.questions()) {
            Count answers = responses.shown() ? counts.count(q.answers(), suppress) : new Count(q.answers(), Why.DERIVED);
            boolean meanHidden = q.mean() != null && !answers.shown();
            Optional<Map<String, Count>> choices = answers.shown()
                    ? counts.breakdown(q.answers(), q.choices(), suppress) : Optional.empty();
            questions.add(new QuestionFigures(q, answers, meanHidden ? null : q.mean(), meanHidden, choices));
        }
        return new SurveyFigures(r, invited, responses, rate, rateHidden, questions);
    }
}
