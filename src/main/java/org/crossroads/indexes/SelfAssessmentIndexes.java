package org.crossroads.indexes;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the stored indexes and their versions, each version with its dimensions, questions and options. */
@Repository
public class SelfAssessmentIndexes {

    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {};
    private static final String INDEX = """
            select id, code, name::text, description::text, official, notice::text, organisation_id, created_by, created_at
            from self_assessment_index""";
    private static final String VERSION = """
            select v.id, v.index_id, i.code, v.number, v.status, v.published_at, v.retired_at, v.revision
            from index_version v join self_assessment_index i on i.id = v.index_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SelfAssessmentIndexes(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every index, by code. */
    public List<SelfAssessmentIndex> all() {
        return jdbc.sql(INDEX + " order by code").query(this::index).list();
    }

    public Optional<SelfAssessmentIndex> findByCode(String code) {
        return jdbc.sql(INDEX + " where code = :c").param("c", code == null ? "" : code.strip()).query(this::index).optional();
    }

    public Optional<SelfAssessmentIndex> find(long id) {
        return jdbc.sql(INDEX + " where id = :id").param("id", id).query(this::index).optional();
    }

    /** The index's versions, first to last, each with its whole questionnaire. */
    public List<IndexVersion> versions(long indexId) {
        return jdbc.sql(VERSION + " where v.index_id = :i order by v.number").param("i", indexId)
                .query(SelfAssessmentIndexes::versionHead).list().stream().map(this::withDimensions).toList();
    }

    public Optional<IndexVersion> version(long indexId, int number) {
        return jdbc.sql(VERSION + " where v.index_id = :i and v.number = :n").param("i", indexId).param("n", number)
                .query(SelfAssessmentIndexes::versionHead).optional().map(this::withDimensions);
    }

    public Optional<IndexVersion> version(long versionId) {
        return jdbc.sql(VERSION + " where v.id = :id").param("id", versionId)
                .query(SelfAssessmentIndexes::versionHead).optional().map(this::withDimensions);
    }

    /** The version, for a service that names it in a form: an unknown one is an error of field {@code version}. */
    IndexVersion knownVersion(long versionId) {
        return version(versionId)
                .orElseThrow(() -> InvalidEntryException.of("version", "indexes.error.unknownVersion", String.valueOf(versionId)));
    }

    IndexText text(String jsonText) {
        return new IndexText(jsonText == null ? Map.of() : json.readValue(jsonText, TEXT));
    }

    String json(IndexText text) {
        return json.writeValueAsString(text.asMap());
    }

    private SelfAssessmentIndex index(ResultSet rs, int row) throws SQLException {
        long organisation = rs.getLong("organisation_id");
        return new SelfAssessmentIndex(rs.getLong("id"), rs.getString("code"), text(rs.getString("name")),
                text(rs.getString("description")), rs.getBoolean("official"), text(rs.getString("notice")),
                rs.wasNull() ? null : organisation, rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static IndexVersion versionHead(ResultSet rs, int row) throws SQLException {
        return new IndexVersion(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                IndexVersion.Status.of(rs.getString(5)), rs.getObject(6, OffsetDateTime.class),
                rs.getObject(7, OffsetDateTime.class), rs.getInt(8), List.of());
    }

    private IndexVersion withDimensions(IndexVersion head) {
        List<IndexAnswerOption> noOptions = List.of();
        record OptionRow(long questionId, IndexAnswerOption option) {}
        List<OptionRow> options = jdbc.sql("""
                select o.question_id, o.id, o.code, o.label::text, o.score, o.lower_bound, o.upper_bound, o.position
                from index_answer_option o join index_question q on q.id = o.question_id
                where q.version_id = :v order by o.question_id, o.position, o.id""").param("v", head.id())
                .query((rs, n) -> new OptionRow(rs.getLong(1), new IndexAnswerOption(rs.getLong(2), rs.getString(3),
                        text(rs.getString(4)), rs.getInt(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getInt(8))))
                .list();
        List<IndexQuestion> questions = jdbc.sql("""
                select id, dimension_id, code, prompt::text, kind, weight, required, position
                from index_question where version_id = :v order by dimension_id, position, id""").param("v", head.id())
                .query((rs, n) -> new IndexQuestion(rs.getLong(1), rs.getLong(2), rs.getString(3), text(rs.getString(4)),
                        QuestionKind.of(rs.getString(5)).orElseThrow(), rs.getBigDecimal(6), rs.getBoolean(7),
                        rs.getInt(8), noOptions))
                .list().stream()
                .map(q -> new IndexQuestion(q.id(), q.dimensionId(), q.code(), q.prompt(), q.kind(), q.weight(),
                        q.required(), q.position(), options.stream().filter(o -> o.questionId() == q.id())
                                .map(OptionRow::option).toList()))
                .toList();
        List<IndexDimension> dimensions = new ArrayList<>();
        jdbc.sql("""
                select id, code, name::text, description::text, weight, position
                from index_dimension where version_id = :v order by position, id""").param("v", head.id())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getInt(6)})
                .list().forEach(r -> {
                    long id = (Long) r[0];
                    dimensions.add(new IndexDimension(id, (String) r[1], text((String) r[2]), text((String) r[3]),
                            (BigDecimal) r[4], (Integer) r[5],
                            questions.stream().filter(q -> q.dimensionId() == id).toList()));
                });
        return new IndexVersion(head.id(), head.indexId(), head.indexCode(), head.number(), head.status(),
                head.publishedAt(), head.retiredAt(), head.revision(), dimensions);
    }
}
