package org.crossroads.learning.surveys;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The answers of a survey round, per question: the distribution and mean of 1–5 scales, counts of
 * choices, and (for organisers) the free texts. Questions retired after they were answered are kept,
 * with their own wording, so old answers stay readable after a template changes.
 */
@Service
public class SurveyResults {

    private final Surveys surveys;
    private final SurveyTemplates templates;
    private final JdbcClient jdbc;

    SurveyResults(Surveys surveys, SurveyTemplates templates, JdbcClient jdbc) {
        this.surveys = surveys;
        this.templates = templates;
        this.jdbc = jdbc;
    }

    /**
     * @param scores 1 to 5, count of each (likert)
     * @param choices option code to count (choice)
     * @param texts the free answers (text), empty unless asked for
     */
    public record QuestionResult(SurveyTemplate.SurveyQuestion question, int answers, Double mean,
            Map<Integer, Integer> scores, Map<String, Integer> choices, List<String> texts) {}

    public record Result(Survey survey, long invited, long responded, long responses, List<QuestionResult> questions) {

        public double responseRate() {
            return invited == 0 ? 0 : (double) responded / invited;
        }
    }

    public Result of(long surveyId, boolean withTexts) {
        Survey survey = surveys.find(surveyId).orElseThrow(() -> new RecordNotFoundException("event", surveyId));
        Surveys.InvitationCounts counts = surveys.counts(surveyId);
        record Cell(long question, Integer score, String choice, String text) {}
        List<Cell> cells = jdbc.sql("""
                select a.question_id, a.score, a.choice, a.text_value from survey_answer a
                join survey_response r on r.id = a.response_id where r.survey_id = :s order by r.submitted_at, r.id""")
                .param("s", surveyId).query((rs, n) -> {
                    int score = rs.getInt(2);
                    return new Cell(rs.getLong(1), rs.wasNull() ? null : score, rs.getString(3), rs.getString(4));
                }).list();
        List<QuestionResult> results = new ArrayList<>();
        for (SurveyTemplate.SurveyQuestion q : templates.questionsEverAsked(survey.templateId())) {
            List<Cell> mine = cells.stream().filter(c -> c.question() == q.id()).toList();
            if (q.retired() && mine.isEmpty()) {
                continue;
            }
            Map<Integer, Integer> scores = new TreeMap<>();
            Map<String, Integer> choices = new LinkedHashMap<>();
            q.options().forEach(o -> choices.put(o.code(), 0));
            List<String> texts = new ArrayList<>();
            double sum = 0;
            int scored = 0;
            if (q.isLikert()) {
                for (int s = 1; s <= 5; s++) {
                    scores.put(s, 0);
                }
            }
            for (Cell c : mine) {
                if (c.score() != null) {
                    scores.merge(c.score(), 1, Integer::sum);
                    sum += c.score();
                    scored++;
                }
                if (c.choice() != null) {
                    choices.merge(c.choice(), 1, Integer::sum);
                }
                if (c.text() != null && withTexts) {
                    texts.add(c.text());
                }
            }
            results.add(new QuestionResult(q, mine.size(), scored == 0 ? null : sum / scored, scores, choices, texts));
        }
        return new Result(survey, counts.invited(), counts.responded(), counts.responses(), results);
    }
}
