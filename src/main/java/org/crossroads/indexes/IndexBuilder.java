package org.crossroads.indexes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds indexes: creates an index (with an empty draft version 1), a new draft version copied from the
 * latest one, edits a draft's dimensions, questions and options, publishes it (then it is frozen) and
 * retires it. Administrators and the coordinators of the index's network build ({@link IndexPermissions});
 * every edit of a draft names the draft's revision the editor saw (a stale one is a conflict), is checked
 * field by field and is audited.
 *
 * @throws FrozenVersionException from every edit of a version that is not a draft
 */
@Service
public class IndexBuilder {

    static final String INDEX = "self_assessment_index";
    static final String VERSION = "index_version";

    private final JdbcClient jdbc;
    private final SelfAssessmentIndexes indexes;
    private final IndexRows rows;
    private final IndexPermissions permissions;
    private final AuditTrail audit;

    IndexBuilder(JdbcClient jdbc, SelfAssessmentIndexes indexes, IndexRows rows, IndexPermissions permissions,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.indexes = indexes;
        this.rows = rows;
        this.permissions = permissions;
        this.audit = audit;
    }

    /**
     * Creates the index and its empty draft version 1. A coordinator's index belongs to their network.
     *
     * @return the index's id
     * @throws InvalidEntryException naming {@code code}, {@code name_en}, {@code description_<language>}…
     */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public long createIndex(IndexDraft draft, Editor editor) {
        permissions.checkMayCreateIndexes(editor);
        long id = insertIndex(draft, editor.isAdministrator() ? null : editor.organisationId(), editor.username());
        rows.insertVersion(id, 1, editor.username());
        return id;
    }

    /** Changes the index's name, description and notice (its code stays). */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public void changeIndex(String indexCode, IndexDraft draft, Editor editor) {
        SelfAssessmentIndex index = mayBuild(indexCode, editor);
        List<FieldError> errors = IndexChecks.index(draft, false);
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        jdbc.sql("""
                update self_assessment_index set name = cast(:n as jsonb), description = cast(:d as jsonb),
                       notice = cast(:notice as jsonb), updated_by = :actor, updated_at = now() where id = :id""")
                .param("n", indexes.json(draft.name())).param("d", indexes.json(text(draft.description())))
                .param("notice", indexes.json(text(draft.notice()))).param("actor", editor.username())
                .param("id", index.id()).update();
        audit.record(INDEX, index.id(), "changed", editor.username(), indexes.find(index.id()).orElseThrow());
    }

    /**
     * Opens the next version as a draft, with a copy of the latest version's dimensions, questions and options.
     *
     * @throws InvalidEntryException ({@code version}) when the index has a draft already
     */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public IndexVersion newDraftVersion(String indexCode, Editor editor) {
        SelfAssessmentIndex index = mayBuild(indexCode, editor);
        jdbc.sql("select id from self_assessment_index where id = :id for update").param("id", index.id())
                .query(Long.class).single();
        List<IndexVersion> versions = indexes.versions(index.id());
        Optional<IndexVersion> draft = versions.stream().filter(IndexVersion::isDraft).findFirst();
        if (draft.isPresent()) {
            throw InvalidEntryException.of("version", "indexes.error.draftExists", String.valueOf(draft.get().number()));
        }
        int number = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number() + 1;
        long id = rows.insertVersion(index.id(), number, editor.username());
        if (!versions.isEmpty()) {
            rows.copy(versions.get(versions.size() - 1), id);
        }
        IndexVersion created = indexes.version(id).orElseThrow();
        audit.record(VERSION, id, "created", editor.username(), created);
        return created;
    }

    /**
     * Adds a dimension to the draft ({@code dimensionId} null) or changes one.
     *
     * @return the dimension's id
     */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public long saveDimension(long versionId, int revision, Long dimensionId, DimensionDraft draft, Editor editor) {
        IndexVersion version = openDraft(versionId, revision, editor);
        if (dimensionId != null && version.dimensions().stream().noneMatch(d -> d.id() == dimensionId)) {
            throw InvalidEntryException.of("dimension", "indexes.error.unknownDimension", String.valueOf(dimensionId));
        }
        check(IndexChecks.dimension(version, dimensionId, draft));
        long id = dimensionId == null ? rows.insertDimension(versionId, draft, version.dimensions().size() + 1) : dimensionId;
        if (dimensionId != null) {
            rows.updateDimension(id, draft);
        }
        List<Long> order = new ArrayList<>(version.dimensions().stream().map(IndexDimension::id).filter(d -> d != id).toList());
        rows.reorder("index_dimension", order, id, draft.position());
        changed(versionId, dimensionId == null ? "dimension added" : "dimension changed", editor.username());
        return id;
    }

    /** Removes a dimension of the draft with its questions and their options. */
    @Transactional
    public void removeDimension(long versionId, int revision, long dimensionId, Editor editor) {
        IndexVersion version = openDraft(versionId, revision, editor);
        IndexDimension dimension = version.dimensions().stream().filter(d -> d.id() == dimensionId).findFirst()
                .orElseThrow(() -> InvalidEntryException.of("dimension", "indexes.error.unknownDimension",
                        String.valueOf(dimensionId)));
        for (IndexQuestion q : dimension.questions()) {
            rows.deleteQuestion(q.id());
        }
        rows.deleteDimension(dimensionId);
        rows.reorder("index_dimension", version.dimensions().stream().map(IndexDimension::id).filter(d -> d != dimensionId)
                .toList(), null, null);
        changed(versionId, "dimension removed", editor.username());
    }

    /**
     * Adds a question to the draft ({@code questionId} null) or changes one, perhaps moving it to another
     * dimension. A new yes/no question gets the options "yes" (100) and "no" (0).
     *
     * @return the question's id
     */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public long saveQuestion(long versionId, int revision, Long questionId, QuestionDraft draft, Editor editor) {
        IndexVersion version = openDraft(versionId, revision, editor);
        Optional<IndexQuestion> current = version.questions().stream().filter(q -> Long.valueOf(q.id()).equals(questionId))
                .findFirst();
        if (questionId != null && current.isEmpty()) {
            throw InvalidEntryException.of("question", "indexes.error.unknownQuestion", String.valueOf(questionId));
        }
        check(IndexChecks.question(version, questionId, draft));
        IndexDimension dimension = version.dimension(draft.dimensionCode().strip()).orElseThrow();
        boolean moved = current.isPresent() && current.get().dimensionId() != dimension.id();
        long id;
        if (current.isEmpty()) {
            id = rows.insertQuestion(versionId, dimension.id(), draft, dimension.questions().size() + 1);
        } else {
            id = questionId;
            rows.updateQuestion(id, dimension.id(), draft);
            QuestionKind before = current.get().kind();
            if (before != draft.kind() && (before.isChoice() != draft.kind().isChoice() || draft.kind() == QuestionKind.YES_NO)) {
                rows.deleteOptions(id);
            }
            if (moved) {
                IndexDimension left = version.dimensionOf(current.get());
                rows.reorder("index_question", left.questions().stream().map(IndexQuestion::id).filter(q -> q != id).toList(),
                        null, null);
            }
        }
        if (draft.kind() == QuestionKind.YES_NO && (current.isEmpty() || current.get().kind() != QuestionKind.YES_NO)) {
            rows.insertOption(id, yesNo("yes", 100), 1);
            rows.insertOption(id, yesNo("no", 0), 2);
        }
        Integer position = draft.position() == null && moved ? Integer.valueOf(dimension.questions().size() + 1)
                : draft.position();
        rows.reorder("index_question", dimension.questions().stream().map(IndexQuestion::id).filter(q -> q != id).toList(), id,
                position);
        changed(versionId, current.isEmpty() ? "question added" : "question changed", editor.username());
        return id;
    }

    /** Removes a question of the draft with its options. */
    @Transactional
    public void removeQuestion(long versionId, int revision, long questionId, Editor editor) {
        IndexVersion version = openDraft(versionId, revision, editor);
        IndexQuestion question = version.questions().stream().filter(q -> q.id() == questionId).findFirst()
                .orElseThrow(() -> InvalidEntryException.of("question", "indexes.error.unknownQuestion",
                        String.valueOf(questionId)));
        rows.deleteQuestion(questionId);
        rows.reorder("index_question", version.dimensionOf(question).questions().stream().map(IndexQuestion::id)
                .filter(q -> q != questionId).toList(), null, null);
        changed(versionId, "question removed", editor.username());
    }

    /**
     * Adds an option to a question of the draft ({@code optionId} null) or changes one. A yes/no question
     * keeps its two options: only their labels and scores change.
     *
     * @return the option's id
     */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public long saveOption(long versionId, int revision, long questionId, Long optionId, OptionDraft draft, Editor editor) {
        IndexVersion version = openDraft(versionId, revision, editor);
        IndexQuestion question = version.questions().stream().filter(q -> q.id() == questionId).findFirst()
                .orElseThrow(() -> InvalidEntryException.of("question", "indexes.error.unknownQuestion",
                        String.valueOf(questionId)));
        if (optionId != null && question.options().stream().noneMatch(o -> o.id() == optionId)) {
            throw InvalidEntryException.of("option", "indexes.error.unknownOption", String.valueOf(optionId));
        }
        check(IndexChecks.option(question, optionId, draft));
        boolean band = question.kind() == QuestionKind.NUMBER_RANGE;
        IndexDefinition.Option option = new IndexDefinition.Option(draft.code().strip(), text(draft.label()), draft.score(),
                band ? draft.lowerBound() : null, band ? draft.upperBound() : null);
        long id;
        if (optionId == null) {
            id = rows.insertOption(questionId, option, question.options().size() + 1);
        } else {
            id = optionId;
            rows.updateOption(id, option);
        }
        rows.reorder("index_answer_option", question.options().stream().map(IndexAnswerOption::id).filter(o -> o != id).toList(),
                id, draft.position());
        changed(versionId, optionId == null ? "option added" : "option changed", editor.username());
        return id;
    }

    /** Removes an option of a question of the draft (a yes/no question keeps its two). */
    @Transactional
    public void removeOption(long versionId, int revision, long optionId, Editor editor) {
        IndexVersion version = openDraft(versionId, revision, editor);
        IndexQuestion question = version.questions().stream()
                .filter(q -> q.options().stream().anyMatch(o -> o.id() == optionId)).findFirst()
                .orElseThrow(() -> InvalidEntryException.of("option", "indexes.error.unknownOption", String.valueOf(optionId)));
        if (question.kind() == QuestionKind.YES_NO) {
            throw InvalidEntryException.of("option", "indexes.error.yesNoFixed");
        }
        rows.deleteOption(optionId);
        rows.reorder("index_answer_option", question.options().stream().map(IndexAnswerOption::id).filter(o -> o != optionId)
                .toList(), null, null);
        changed(versionId, "option removed", editor.username());
    }

    /** What keeps this version from being published (field {@code publish}); empty when it can be. */
    public List<FieldError> publishProblems(IndexVersion version) {
        return IndexChecks.publishable(version);
    }

    /**
     * Publishes the draft: from now on cities answer it and it never changes.
     *
     * @throws InvalidEntryException ({@code publish}) naming what is missing: a dimension, a question in each
     *     dimension, options (bands) with scores
     */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public void publish(long versionId, int revision, Editor editor) {
        IndexVersion version = openDraft(versionId, revision, editor);
        publish(version, editor.username());
    }

    /** Closes a published version to new answers; its results stay. */
    @Transactional
    public void retire(long versionId, Editor editor) {
        IndexVersion version = buildableVersion(versionId, editor);
        if (version.status() != IndexVersion.Status.PUBLISHED) {
            throw InvalidEntryException.of("version", "indexes.error.notPublished", String.valueOf(version.number()));
        }
        jdbc.sql("update index_version set status = 'retired', retired_at = now() where id = :id").param("id", versionId)
                .update();
        audit.record(VERSION, versionId, "retired", editor.username(), indexes.version(versionId).orElseThrow());
    }

    /**
     * Stores a whole index from a definition and publishes it as version 1, unless an index with its code
     * exists (then nothing changes): for built-in indexes loaded at start, by {@code actor}.
     *
     * @return the index's id
     * @throws InvalidEntryException when the definition does not pass the builder's checks; nothing is stored
     */
    @Transactional
    public long loadPublished(IndexDefinition definition, String actor) {
        Optional<SelfAssessmentIndex> existing = indexes.findByCode(definition.code());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        long indexId = insertIndex(new IndexDraft(definition.code(), definition.name(), definition.description(),
                definition.notice()), null, actor);
        long versionId = rows.insertVersion(indexId, 1, actor);
        int dimensionPosition = 0;
        for (IndexDefinition.Dimension d : definition.dimensions()) {
            DimensionDraft dimension = new DimensionDraft(d.code(), d.name(), d.description(), d.weight(), null);
            check(IndexChecks.dimension(indexes.version(versionId).orElseThrow(), null, dimension));
            long dimensionId = rows.insertDimension(versionId, dimension, ++dimensionPosition);
            int questionPosition = 0;
            for (IndexDefinition.Question q : d.questions()) {
                QuestionDraft question = new QuestionDraft(d.code(), q.code(), q.prompt(), q.kind(), q.weight(), q.required(), null);
                check(IndexChecks.question(indexes.version(versionId).orElseThrow(), null, question));
                long questionId = rows.insertQuestion(versionId, dimensionId, question, ++questionPosition);
                int optionPosition = 0;
                List<IndexDefinition.Option> options = q.kind() == QuestionKind.YES_NO && q.options().isEmpty()
                        ? List.of(yesNo("yes", 100), yesNo("no", 0)) : q.options();
                for (IndexDefinition.Option o : options) {
                    IndexQuestion stored = indexes.version(versionId).orElseThrow().questions().stream()
                            .filter(x -> x.id() == questionId).findFirst().orElseThrow();
                    if (q.kind() != QuestionKind.YES_NO) {
                        check(IndexChecks.option(stored, null, new OptionDraft(o.code(), o.label(), o.score(),
                                o.lowerBound(), o.upperBound(), null)));
                    }
                    rows.insertOption(questionId, o, ++optionPosition);
                }
            }
        }
        publish(indexes.version(versionId).orElseThrow(), actor);
        return indexId;
    }

    private void publish(IndexVersion version, String actor) {
        check(IndexChecks.publishable(version));
        jdbc.sql("""
                update index_version set status = 'published', published_at = now(), published_by = :actor,
                       revision = revision + 1 where id = :id""").param("actor", actor).param("id", version.id()).update();
        audit.record(VERSION, version.id(), "published", actor, indexes.version(version.id()).orElseThrow());
    }

    private long insertIndex(IndexDraft draft, Long organisationId, String actor) {
        List<FieldError> errors = IndexChecks.index(draft, true);
        if (errors.stream().noneMatch(e -> e.field().equals("code")) && indexes.findByCode(draft.code()).isPresent()) {
            errors.add(FieldError.of("code", "indexes.error.codeTaken", draft.code().strip()));
        }
        check(errors);
        Optional<Long> id = jdbc.sql("""
                insert into self_assessment_index (code, name, description, notice, organisation_id, created_by)
                values (:c, cast(:n as jsonb), cast(:d as jsonb), cast(:notice as jsonb), :o, :actor)
                on conflict (code) do nothing returning id""")
                .param("c", draft.code().strip()).param("n", indexes.json(draft.name()))
                .param("d", indexes.json(text(draft.description()))).param("notice", indexes.json(text(draft.notice())))
                .param("o", organisationId).param("actor", actor).query(Long.class).optional();
        if (id.isEmpty()) {
            throw InvalidEntryException.of("code", "indexes.error.codeTaken", draft.code().strip());
        }
        audit.record(INDEX, id.get(), "created", actor, indexes.find(id.get()).orElseThrow());
        return id.get();
    }

    private IndexVersion openDraft(long versionId, int revision, Editor editor) {
        // held until the transaction ends, so that two edits of one draft run one after the other
        jdbc.sql("select id from index_version where id = :id for update").param("id", versionId).query(Long.class).optional();
        IndexVersion version = buildableVersion(versionId, editor);
        if (!version.isDraft()) {
            throw new FrozenVersionException(version.indexCode(), version.number(), version.status());
        }
        if (version.revision() != revision) {
            throw new ConcurrentEditException(VERSION, versionId);
        }
        return version;
    }

    private void changed(long versionId, String action, String actor) {
        jdbc.sql("update index_version set revision = revision + 1 where id = :id").param("id", versionId).update();
        audit.record(VERSION, versionId, action, actor, indexes.version(versionId).orElseThrow());
    }

    /** The version, which the editor must be allowed to build. */
    private IndexVersion buildableVersion(long versionId, Editor editor) {
        IndexVersion version = indexes.knownVersion(versionId);
        mayBuild(version.indexCode(), editor);
        return version;
    }

    private SelfAssessmentIndex mayBuild(String indexCode, Editor editor) {
        SelfAssessmentIndex index = indexes.findByCode(indexCode)
                .orElseThrow(() -> InvalidEntryException.of("index", "indexes.error.unknownIndex", String.valueOf(indexCode)));
        permissions.checkMayBuild(editor, index);
        return index;
    }

    private static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
    }

    private static IndexDefinition.Option yesNo(String code, int score) {
        return new IndexDefinition.Option(code, IndexChecks.YES_NO.get(code), score, null, null);
    }

    private static IndexText text(IndexText text) {
        return text == null ? IndexText.empty() : text;
    }

}
