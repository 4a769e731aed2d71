package org.crossroads.indexes;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The builder's writes to the questionnaire tables; checks and access are {@link IndexBuilder}'s. */
@Component
class IndexRows {

    private final JdbcClient jdbc;
    private final SelfAssessmentIndexes indexes;

    IndexRows(JdbcClient jdbc, SelfAssessmentIndexes indexes) {
        this.jdbc = jdbc;
        this.indexes = indexes;
    }

    long insertVersion(long indexId, int number, String actor) {
        return jdbc.sql("insert into index_version (index_id, number, created_by) values (:i, :n, :actor) returning id")
                .param("i", indexId).param("n", number).param("actor", actor).query(Long.class).single();
    }

    long insertDimension(long versionId, DimensionDraft draft, int position) {
        return jdbc.sql("""
                insert into index_dimension (version_id, code, name, description, weight, position)
                values (:v, :c, cast(:n as jsonb), cast(:d as jsonb), :w, :p) returning id""")
                .param("v", versionId).param("c", draft.code().strip()).param("n", indexes.json(draft.name()))
                .param("d", indexes.json(orEmpty(draft.description()))).param("w", draft.weight()).param("p", position)
                .query(Long.class).single();
    }

    void updateDimension(long id, DimensionDraft draft) {
        jdbc.sql("""
                update index_dimension set code = :c, name = cast(:n as jsonb), description = cast(:d as jsonb), weight = :w
                where id = :id""")
                .param("c", draft.code().strip()).param("n", indexes.json(draft.name()))
                .param("d", indexes.json(orEmpty(draft.description()))).param("w", draft.weight()).param("id", id).update();
    }

    long insertQuestion(long versionId, long dimensionId, QuestionDraft draft, int position) {
        return jdbc.sql("""
                insert into index_question (version_id, dimension_id, code, prompt, kind, weight, required, position)
                values (:v, :d, :c, cast(:p as jsonb), :k, :w, :r, :pos) returning id""")
                .param("v", versionId).param("d", dimensionId).param("c", draft.code().strip())
                .param("p", indexes.json(draft.prompt())).param("k", draft.kind().code()).param("w", draft.weight())
                .param("r", draft.required()).param("pos", position).query(Long.class).single();
    }

    void updateQuestion(long id, long dimensionId, QuestionDraft draft) {
        jdbc.sql("""
                update index_question set dimension_id = :d, code = :c, prompt = cast(:p as jsonb), kind = :k,
                       weight = :w, required = :r where id = :id""")
                .param("d", dimensionId).param("c", draft.code().strip()).param("p", indexes.json(draft.prompt()))
                .param("k", draft.kind().code()).param("w", draft.weight()).param("r", draft.required())
                .param("id", id).update();
    }

    long insertOption(long questionId, IndexDefinition.Option option, int position) {
        return jdbc.sql("""
                insert into index_answer_option (question_id, code, label, score, lower_bound, upper_bound, position)
                values (:q, :c, cast(:l as jsonb), :s, :lo, :up, :p) returning id""")
                .param("q", questionId).param("c", option.code()).param("l", indexes.json(orEmpty(option.label())))
                .param("s", option.score()).param("lo", option.lowerBound()).param("up", option.upperBound())
                .param("p", position).query(Long.class).single();
    }

    void updateOption(long id, IndexDefinition.Option option) {
        jdbc.sql("""
                update index_answer_option set code = :c, label = cast(:l as jsonb), score = :s, lower_bound = :lo,
                       upper_bound = :up where id = :id""")
                .param("c", option.code()).param("l", indexes.json(orEmpty(option.label()))).param("s", option.score())
                .param("lo", option.lowerBound()).param("up", option.upperBound()).param("id", id).update();
    }

    void deleteOptions(long questionId) {
        jdbc.sql("delete from index_answer_option where question_id = :q").param("q", questionId).update();
    }

    void deleteOption(long optionId) {
        jdbc.sql("delete from index_answer_option where id = :id").param("id", optionId).update();
    }

    void deleteQuestion(long questionId) {
        deleteOptions(questionId);
        jdbc.sql("delete from index_question where id = :q").param("q", questionId).update();
    }

    void deleteDimension(long dimensionId) {
        jdbc.sql("delete from index_dimension where id = :id").param("id", dimensionId).update();
    }

    /** Copies a version's dimensions, questions and options into another (new, draft) version. */
    void copy(IndexVersion from, long toVersionId) {
        for (IndexDimension d : from.dimensions()) {
            long dimensionId = insertDimension(toVersionId, new DimensionDraft(d.code(), d.name(), d.description(),
                    d.weight(), null), d.position());
            for (IndexQuestion q : d.questions()) {
                long questionId = insertQuestion(toVersionId, dimensionId, new QuestionDraft(d.code(), q.code(), q.prompt(),
                        q.kind(), q.weight(), q.required(), null), q.position());
                for (IndexAnswerOption o : q.options()) {
                    insertOption(questionId, new IndexDefinition.Option(o.code(), o.label(), o.score(), o.lowerBound(),
                            o.upperBound()), o.position());
                }
            }
        }
    }

    /**
     * Numbers sibling rows 1, 2, … : {@code others} in their order, with {@code moved} put at {@code position}
     * (1 = first), or where it stood among them when no position is asked for.
     */
    void reorder(String table, List<Long> others, Long moved, Integer position) {
        if (!List.of("index_dimension", "index_question", "index_answer_option").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        List<Long> order = new ArrayList<>(others);
        if (moved != null) {
            int at;
            if (position != null) {
                at = Math.max(0, Math.min(order.size(), position - 1));
            } else {
                // before the first sibling that stood after it (ties: after the siblings)
                at = others.isEmpty() ? 0 : jdbc.sql("select count(*) from " + table + " where id = any(:ids) and position <= "
                        + "(select position from " + table + " where id = :moved)")
                        .param("ids", others.toArray(Long[]::new)).param("moved", moved).query(Integer.class).single();
            }
            order.add(at, moved);
        }
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("update " + table + " set position = :p where id = :id and position <> :p")
                    .param("p", i + 1).param("id", order.get(i)).update();
        }
    }

    private static IndexText orEmpty(IndexText text) {
        return text == null ? IndexText.empty() : text;
    }
}
