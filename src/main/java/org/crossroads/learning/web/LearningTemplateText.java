package org.crossroads.learning.web;

import java.util.List;
import java.util.stream.Collectors;
import org.crossroads.learning.surveys.SurveyTemplate;
import org.springframework.stereotype.Component;

/** Texts the survey-template page edits, written the way its form reads them back. */
@Component("learningTemplateText")
public class LearningTemplateText {

    /** The largest count, at least 1: the scale of a bar chart. */
    public int max(java.util.Map<?, Integer> counts) {
        return Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    }

    /** One line per option: {@code code | English | French | Arabic | Spanish}. */
    public String options(SurveyTemplate.SurveyQuestion question) {
        return question.options().stream()
                .map(o -> o.code() + " | " + List.of("en", "fr", "ar", "es").stream()
                        .map(l -> o.label().byLanguage().getOrDefault(l, "")).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n"));
    }
}
