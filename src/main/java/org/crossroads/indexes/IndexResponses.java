package org.crossroads.indexes;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.Places;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cities' answers to published index versions, one response per version, city and period. A focal point
 * saves a draft as often as they like and submits it; submitting checks that every required question is
 * answered and stores the scores ({@link IndexScoring}). A submitted response can be corrected by
 * submitting it again, never turned back into a draft. Every save checks access
 * ({@link IndexPermissions#mayRespond}), each answer, and the version of the response the form was opened
 * from; it is audited.
 *
 * <p>Answers' field names are {@code q_<question code>}; others are {@code version}, {@code place},
 * {@code period} and {@code response}.
 */
@Service
public class IndexResponses {

    static final String RECORD = "index_response";
    static final String FIELD = "q_";

    private final JdbcClient jdbc;
    private final SelfAssessmentIndexes indexes;
    private final IndexPermissions permissions;
    private final Places places;
    private final AuditTrail audit;

    IndexResponses(JdbcClient jdbc, SelfAssessmentIndexes indexes, IndexPermissions permissions, Places places,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.indexes = indexes;
        this.permissions = permissions;
        this.places = places;
        this.audit = audit;
    }

    /**
     * Stores the answers as a draft: what is given must be valid, nothing is required yet.
     *
     * @return the response's id
     * @throws AccessDeniedException when the editor may not answer for this city
     * @throws InvalidEntryException naming the fields; nothing is stored
     * @throws ConcurrentEditException when someone saved this response after the form was opened
     */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public long saveDraft(ResponseDraft draft, Editor editor) {
        return save(draft, editor, false);
    }

    /**
     * Stores the answers and submits them: every required question must be answered (each unanswered one
     * is named by its field {@code q_<code>}); the scores are computed and stored.
     */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public long submit(ResponseDraft draft, Editor editor) {
        return save(draft, editor, true);
    }

    /** Every problem of a draft, storing nothing: what {@link #saveDraft} or {@link #submit} would refuse (access aside). */
    public List<FieldError> problems(ResponseDraft draft, boolean submit) {
        try {
            check(draft, indexes.knownVersion(draft.versionId()), submit);
            return List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    public Optional<IndexResponse> find(long versionId, long placeId, String period) {
        return jdbc.sql(SELECT + " where version_id = :v and place_id = :p and period = :period")
                .param("v", versionId).param("p", placeId).param("period", period == null ? "" : period.strip())
                .query(IndexResponses::head).optional().map(this::withAnswers);
    }

    public Optional<IndexResponse> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(IndexResponses::head).optional()
                .map(this::withAnswers);
    }

    /** Why the period cannot be answered (a year or half year, not after the current year), if it cannot. */
    public Optional<FieldError> periodProblem(String period) {
        return IndexPeriods.problem(period, Year.now().getValue());
    }

    /** The scores stored for a submitted response, per question too; empty for a draft. */
    public Optional<IndexScoreCard> scoreCard(long responseId) {
        Optional<IndexResponse> response = find(responseId).filter(IndexResponse::isSubmitted);
        if (response.isEmpty()) {
            return Optional.empty();
        }
        IndexVersion version = indexes.version(response.get().versionId()).orElseThrow();
        Map<Long, BigDecimal> dimensions = new java.util.HashMap<>();
        jdbc.sql("select dimension_id, score from index_dimension_score where response_id = :r").param("r", responseId)
                .query((rs, n) -> dimensions.put(rs.getLong(1), rs.getBigDecimal(2))).list();
        Map<Long, BigDecimal> questions = new java.util.HashMap<>();
        jdbc.sql("select question_id, score from index_answer where response_id = :r and score is not null")
                .param("r", responseId).query((rs, n) -> questions.put(rs.getLong(1), rs.getBigDecimal(2))).list();
        Map<String, BigDecimal> byDimension = new java.util.LinkedHashMap<>();
        version.dimensions().stream().filter(d -> dimensions.containsKey(d.id()))
                .forEach(d -> byDimension.put(d.code(), dimensions.get(d.id())));
        Map<String, BigDecimal> byQuestion = new java.util.LinkedHashMap<>();
        version.questions().stream().filter(q -> questions.containsKey(q.id()))
                .forEach(q -> byQuestion.put(q.code(), questions.get(q.id())));
        return Optional.of(new IndexScoreCard(response.get().overallScore(), byDimension, byQuestion));
    }

    private long save(ResponseDraft draft, Editor editor, boolean submit) {
        permissions.checkMayRespond(editor, draft.placeId());
        IndexVersion version = indexes.knownVersion(draft.versionId());
        List<Checked> answers = check(draft, version, submit);
        String period = draft.period().strip();
        Optional<Head> current = jdbc.sql("""
                select id, version, status from index_response
                where version_id = :v and place_id = :p and period = :period for update""")
                .param("v", draft.versionId()).param("p", draft.placeId()).param("period", period)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getInt(2), rs.getString(3))).optional();
        long id;
        if (current.isEmpty()) {
            Optional<Long> inserted = jdbc.sql("""
                    insert into index_response (version_id, place_id, period, created_by, updated_by)
                    values (:v, :p, :period, :actor, :actor) on conflict do nothing returning id""")
                    .param("v", draft.versionId()).param("p", draft.placeId()).param("period", period)
                    .param("actor", editor.username()).query(Long.class).optional();
            if (inserted.isEmpty()) {
                // someone else started it in the meantime: theirs is not overwritten unseen
                throw new ConcurrentEditException(RECORD, find(draft.versionId(), draft.placeId(), period)
                        .map(IndexResponse::id).orElse(0L));
            }
            id = inserted.get();
        } else {
            id = current.get().id();
            if (draft.expectedVersion() == null || draft.expectedVersion() != current.get().version()) {
                throw new ConcurrentEditException(RECORD, id);
            }
            if (!submit && current.get().status().equals(IndexResponse.Status.SUBMITTED.code())) {
                throw InvalidEntryException.of("response", "indexes.error.alreadySubmitted");
            }
            jdbc.sql("""
                    update index_response set version = version + 1, updated_by = :actor, updated_at = now()
                    where id = :id and version = :v""")
                    .param("actor", editor.username()).param("id", id).param("v", current.get().version()).update();
            jdbc.sql("delete from index_answer where response_id = :id").param("id", id).update();
            jdbc.sql("delete from index_dimension_score where response_id = :id").param("id", id).update();
        }
        IndexScoreCard scores = submit ? IndexScoring.score(version, answers.stream().map(Checked::answer).toList()) : null;
        for (Checked a : answers) {
            jdbc.sql("""
                    insert into index_answer (response_id, question_id, option_codes, number, score)
                    values (:r, :q, :codes, :n, :s)""")
                    .param("r", id).param("q", a.question().id()).param("codes", a.answer().optionCodes().toArray(String[]::new))
                    .param("n", a.answer().number())
                    .param("s", scores == null ? null : scores.questions().get(a.question().code())).update();
        }
        if (submit) {
            for (IndexDimension d : version.dimensions()) {
                BigDecimal score = scores.dimensions().get(d.code());
                if (score != null) {
                    jdbc.sql("insert into index_dimension_score (response_id, dimension_id, score) values (:r, :d, :s)")
                            .param("r", id).param("d", d.id()).param("s", score).update();
                }
            }
            jdbc.sql("""
                    update index_response set status = 'submitted', submitted_by = :actor, submitted_at = now(),
                           overall_score = :o where id = :id""")
                    .param("actor", editor.username()).param("o", scores.overall()).param("id", id).update();
        }
        audit.record(RECORD, id, submit ? "submitted" : "saved", editor.username(), find(id).orElseThrow());
        return id;
    }

    private List<Checked> check(ResponseDraft draft, IndexVersion version, boolean submit) {
        List<FieldError> errors = new ArrayList<>();
        if (!version.acceptsResponses()) {
            errors.add(FieldError.of("version", "indexes.error.notOpen", String.valueOf(version.number())));
        }
        if (places.find(draft.placeId()).isEmpty()) {
            errors.add(FieldError.of("place", "indexes.error.unknownPlace", String.valueOf(draft.placeId())));
        }
        periodProblem(draft.period()).ifPresent(errors::add);
        List<Checked> checked = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (IndexAnswer answer : draft.answers()) {
            if (answer.isEmpty()) {
                continue;
            }
            String field = FIELD + answer.questionCode();
            Optional<IndexQuestion> found = version.question(answer.questionCode());
            if (found.isEmpty()) {
                errors.add(FieldError.of(field, "indexes.error.unknownQuestion", answer.questionCode()));
                continue;
            }
            if (!answered.add(answer.questionCode())) {
                continue;
            }
            IndexQuestion question = found.get();
            int before = errors.size();
            if (question.kind() == QuestionKind.NUMBER_RANGE) {
                if (answer.number() == null || !answer.optionCodes().isEmpty()) {
                    errors.add(FieldError.of(field, "indexes.error.number", String.join(" ", answer.optionCodes())));
                } else if (question.band(answer.number()).isEmpty()) {
                    errors.add(FieldError.of(field, "indexes.error.outOfRange", answer.number().toPlainString(),
                            plain(question.minimum()), plain(question.maximum())));
                }
            } else {
                if (answer.number() != null) {
                    errors.add(FieldError.of(field, "indexes.error.choiceExpected", answer.number().toPlainString()));
                }
                if (question.kind() != QuestionKind.MULTI_CHOICE && answer.optionCodes().size() > 1) {
                    errors.add(FieldError.of(field, "indexes.error.oneOption"));
                }
                answer.optionCodes().stream().filter(c -> question.option(c).isEmpty())
                        .forEach(c -> errors.add(FieldError.of(field, "indexes.error.unknownOption", c)));
            }
            if (errors.size() == before) {
                checked.add(new Checked(question, answer));
            }
        }
        if (submit) {
            List<IndexDimension> dimensions = version.dimensions();
            for (int d = 0; d < dimensions.size(); d++) {
                List<IndexQuestion> questions = dimensions.get(d).questions();
                for (int q = 0; q < questions.size(); q++) {
                    IndexQuestion question = questions.get(q);
                    if (question.required() && !answered.contains(question.code())) {
                        errors.add(FieldError.of(FIELD + question.code(), "indexes.error.unanswered",
                                (d + 1) + "." + (q + 1), question.code()));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return checked;
    }

    private static String plain(BigDecimal number) {
        return number == null ? "—" : number.stripTrailingZeros().toPlainString();
    }

    private IndexResponse withAnswers(IndexResponse head) {
        List<IndexAnswer> answers = jdbc.sql("""
                select q.code, a.option_codes, a.number from index_answer a join index_question q on q.id = a.question_id
                where a.response_id = :r order by q.dimension_id, q.position""").param("r", head.id())
                .query((rs, n) -> new IndexAnswer(rs.getString(1), codes(rs.getArray(2)), rs.getBigDecimal(3))).list();
        return new IndexResponse(head.id(), head.versionId(), head.placeId(), head.period(), head.status(), head.updatedBy(),
                head.updatedAt(), head.submittedBy(), head.submittedAt(), head.overallScore(), head.version(), answers);
    }

    private static List<String> codes(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static final String SELECT = """
            select id, version_id, place_id, period, status, updated_by, updated_at, submitted_by, submitted_at,
                   overall_score, version from index_response""";

    private static IndexResponse head(ResultSet rs, int row) throws SQLException {
        return new IndexResponse(rs.getLong("id"), rs.getLong("version_id"), rs.getLong("place_id"), rs.getString("period"),
                IndexResponse.Status.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getBigDecimal("overall_score"), rs.getInt("version"),
                List.of());
    }

    private record Head(long id, int version, String status) {}

    private record Checked(IndexQuestion question, IndexAnswer answer) {}
}
