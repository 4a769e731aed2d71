package org.crossroads.indexes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.crossroads.indexes.IndexBuilder;
import org.crossroads.indexes.IndexDefinition;
import org.crossroads.indexes.IndexText;
import org.crossroads.indexes.QuestionKind;
import org.crossroads.indexes.SelfAssessmentIndexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * On first start, the example self-assessment index of {@code indexes/example-self-assessment-index.json}
 * ("Local Migration Governance Self-Assessment (example)", built from the themes of seeds 002, 003 and 004),
 * published as version 1. It is stored once: when an index with its code exists nothing changes, so the
 * example can be edited (through new versions) like any index.
 */
@Component
@Order(40)
class ExampleIndexLoader implements ApplicationRunner {

    static final String RESOURCE = "indexes/example-self-assessment-index.json";
    static final String ACTOR = "built-in dataset";
    private static final Logger log = LoggerFactory.getLogger(ExampleIndexLoader.class);

    private final IndexBuilder builder;
    private final SelfAssessmentIndexes indexes;
    private final JsonMapper json;

    ExampleIndexLoader(IndexBuilder builder, SelfAssessmentIndexes indexes, JsonMapper json) {
        this.builder = builder;
        this.indexes = indexes;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        IndexDefinition definition = read();
        if (indexes.findByCode(definition.code()).isEmpty()) {
            builder.loadPublished(definition, ACTOR);
            log.info("Loaded the example self-assessment index '{}'", definition.code());
        }
    }

    IndexDefinition read() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            IndexFile file = json.readValue(in, IndexFile.class);
            return new IndexDefinition(file.code(), text(file.name()), text(file.description()), text(file.notice()),
                    file.dimensions().stream().map(d -> new IndexDefinition.Dimension(d.code(), text(d.name()),
                            text(d.description()), d.weight(), d.questions().stream().map(q -> question(file, q)).toList()))
                            .toList());
        }
    }

    private static IndexDefinition.Question question(IndexFile file, QuestionFile q) {
        QuestionKind kind = QuestionKind.of(q.kind()).orElseThrow(() -> new IllegalStateException(
                "Unknown kind " + q.kind() + " of question " + q.code() + " in " + RESOURCE));
        List<OptionFile> options = q.scale() != null ? file.scales().get(q.scale())
                : q.options() == null && kind == QuestionKind.YES_NO ? List.of() : q.options();
        if (options == null) {
            throw new IllegalStateException("Question " + q.code() + " of " + RESOURCE + " has no options");
        }
        return new IndexDefinition.Question(q.code(), text(q.prompt()), kind, q.weight() == null ? BigDecimal.ONE : q.weight(),
                q.required() == null || q.required(), options.stream().map(o -> new IndexDefinition.Option(o.code(),
                        text(o.label()), o.score(), o.from(), o.to())).toList());
    }

    private static IndexText text(Map<String, String> texts) {
        return new IndexText(texts == null ? Map.of() : texts);
    }

    /** The file: texts by language, options given in the question or by the name of a shared scale. */
    record IndexFile(String code, Map<String, String> name, Map<String, String> description, Map<String, String> notice,
            Map<String, List<OptionFile>> scales, List<DimensionFile> dimensions) {}

    record DimensionFile(String code, Map<String, String> name, Map<String, String> description, BigDecimal weight,
            List<QuestionFile> questions) {}

    record QuestionFile(String code, Map<String, String> prompt, String kind, BigDecimal weight, Boolean required,
            String scale, List<OptionFile> options) {}

    /** @param from the band's lower bound (number-range questions); @param to its upper bound, or null */
    record OptionFile(String code, Map<String, String> label, int score, BigDecimal from, BigDecimal to) {}
}
