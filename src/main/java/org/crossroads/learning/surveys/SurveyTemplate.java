package org.crossroads.learning.surveys;

import org.crossroads.shared.vocabulary.LocalText;
import java.util.List;

/**
 * The questions a survey asks. {@code questions} are the current ones; questions changed after they
 * were answered are retired, not rewritten, so old answers keep the wording they answered.
 *
 * @param kind feedback (right after an event) or follow_up (3, 6 and 12 months later)
 */
public record SurveyTemplate(long id, String code, String kind, LocalText name, List<SurveyQuestion> questions, int version) {

    /**
     * @param kind likert (1 to 5), choice (one of {@code options}) or text
     * @param purpose how outcome harvesting reads the answer: change_reported, change_type,
     *     change_description, or null
     */
    public record SurveyQuestion(long id, String code, int position, String kind, boolean required, LocalText prompt,
            List<ChoiceOption> options, String purpose, boolean retired) {

        public boolean isLikert() {
            return "likert".equals(kind);
        }

        public boolean isChoice() {
            return "choice".equals(kind);
        }

        public boolean isText() {
            return "text".equals(kind);
        }

        public boolean hasOption(String code) {
            return options.stream().anyMatch(o -> o.code().equals(code));
        }
    }

    public record ChoiceOption(String code, LocalText label) {
    }
}
