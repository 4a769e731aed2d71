package org.crossroads.learning.surveys;

import org.crossroads.shared.vocabulary.LocalText;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored survey templates and their questions, current and retired. */
@Repository
public class SurveyTemplates {

    public static final String DEFAULT_FEEDBACK = "feedback-default";
    public static final String DEFAULT_FOLLOW_UP = "follow-up-default";

    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {};
    private static final TypeReference<List<OptionFile>> OPTIONS = new TypeReference<>() {};
    private static final TypeReference<List<TemplateFile>> FILE = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SurveyTemplates(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long count() {
        return jdbc.sql("select count(*) from survey_template").query(Long.class).single();
    }

    public List<SurveyTemplate> all() {
        return jdbc.sql("select id from survey_template order by kind, id").query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    public Optional<SurveyTemplate> findByCode(String code) {
        return jdbc.sql("select id from survey_template where code = :c").param("c", code).query(Long.class)
                .optional().flatMap(this::find);
    }

    /** With its current questions only. */
    public Optional<SurveyTemplate> find(long id) {
        return jdbc.sql("select id, code, kind, name::text, version from survey_template where id = :id").param("id", id)
                .query((rs, n) -> new SurveyTemplate(rs.getLong(1), rs.getString(2), rs.getString(3),
                        text(rs.getString(4)), questions(rs.getLong(1), false), rs.getInt(5)))
                .optional();
    }

    /** Every question the template ever had, retired ones included: what old answers refer to. */
    public List<SurveyTemplate.SurveyQuestion> questionsEverAsked(long templateId) {
        return questions(templateId, true);
    }

    private List<SurveyTemplate.SurveyQuestion> questions(long templateId, boolean withRetired) {
        return jdbc.sql("select id, code, position, kind, required, prompt::text, options::text, purpose, retired_at is not null"
                        + " from survey_question where template_id = :t"
                        + (withRetired ? "" : " and retired_at is null") + " order by position, id")
                .param("t", templateId)
                .query((rs, n) -> new SurveyTemplate.SurveyQuestion(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getString(4), rs.getBoolean(5), text(rs.getString(6)), options(rs.getString(7)),
                        rs.getString(8), rs.getBoolean(9)))
                .list();
    }

    /** Loads templates from a JSON file shaped like {@code learning/survey-templates.json}. */
    @Transactional
    public void loadDefaults(InputStream file, String actor) {
        for (TemplateFile template : json.readValue(file, FILE)) {
            long id = jdbc.sql("insert into survey_template (code, kind, name, created_by) values (:c, :k, cast(:n as jsonb), :a) returning id")
                    .param("c", template.code()).param("k", template.kind()).param("n", json.writeValueAsString(template.name()))
                    .param("a", actor).query(Long.class).single();
            int position = 0;
            for (QuestionFile q : template.questions()) {
                insertQuestion(id, new QuestionDraft(q.code(), q.kind(), q.required(), q.prompt(),
                        q.options() == null ? List.of() : q.options(), q.purpose()), position++);
            }
        }
    }

    long insertQuestion(long templateId, QuestionDraft q, int position) {
        return jdbc.sql("""
                insert into survey_question (template_id, code, position, kind, required, prompt, options, purpose)
                values (:t, :c, :p, :k, :r, cast(:prompt as jsonb), cast(:o as jsonb), :purpose) returning id""")
                .param("t", templateId).param("c", q.code()).param("p", position).param("k", q.kind())
                .param("r", q.required()).param("prompt", json.writeValueAsString(q.prompt()))
                .param("o", json.writeValueAsString(q.options())).param("purpose", q.purpose())
                .query(Long.class).single();
    }

    private LocalText text(String jsonText) {
        return new LocalText(json.readValue(jsonText, TEXT));
    }

    private List<SurveyTemplate.ChoiceOption> options(String jsonText) {
        List<SurveyTemplate.ChoiceOption> options = new ArrayList<>();
        for (OptionFile o : json.readValue(jsonText, OPTIONS)) {
            options.add(new SurveyTemplate.ChoiceOption(o.code(), new LocalText(o.label())));
        }
        return options;
    }

    /** A question as a template file or the template form gives it. */
    public record QuestionDraft(String code, String kind, boolean required, Map<String, String> prompt,
            List<OptionFile> options, String purpose) {
    }

    public record OptionFile(String code, Map<String, String> label) {
    }

    record TemplateFile(String code, String kind, Map<String, String> name, List<QuestionFile> questions) {
    }

    record QuestionFile(String code, String kind, boolean required, Map<String, String> prompt,
            List<OptionFile> options, String purpose) {
    }
}
