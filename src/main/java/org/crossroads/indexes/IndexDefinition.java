package org.crossroads.indexes;

import java.math.BigDecimal;
import java.util.List;

/**
 * A whole index with one version's questionnaire, as a file gives it (the built-in example index in
 * {@code indexes/example-self-assessment-index.json}); {@link IndexBuilder#loadPublished} stores and publishes it.
 */
public record IndexDefinition(String code, IndexText name, IndexText description, IndexText notice,
        List<Dimension> dimensions) {

    public IndexDefinition {
        dimensions = List.copyOf(dimensions);
    }

    public record Dimension(String code, IndexText name, IndexText description, BigDecimal weight,
            List<Question> questions) {

        public Dimension {
            questions = List.copyOf(questions);
        }
    }

    public record Question(String code, IndexText prompt, QuestionKind kind, BigDecimal weight, boolean required,
            List<Option> options) {

        public Question {
            options = List.copyOf(options);
        }
    }

    public record Option(String code, IndexText label, int score, BigDecimal lowerBound, BigDecimal upperBound) {
    }
}
