package org.crossroads.learning.surveys;

import org.crossroads.learning.Texts;
import org.crossroads.learning.LearningPermissions;
import java.util.List;
import java.util.Map;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing survey templates. A question that already has answers is never rewritten: the change
 * retires it and adds a new question in its place, so every old answer keeps the wording it answered.
 */
@Service
public class SurveyTemplateEditing {

    private final SurveyTemplates templates;
    private final LearningPermissions permissions;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    SurveyTemplateEditing(SurveyTemplates templates, LearningPermissions permissions, AuditTrail audit, JdbcClient jdbc) {
        this.templates = templates;
        this.permissions = permissions;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** @return the id of the question now asked (the same one, or its replacement) */
    @Transactional
    public long changeQuestion(long questionId, SurveyTemplates.QuestionDraft draft, Editor editor) {
        requireCoordinator(editor);
        check(draft);
        record Current(long templateId, int position) {}
        Current current = jdbc.sql("select template_id, position from survey_question where id = :id and retired_at is null")
                .param("id", questionId).query((rs, n) -> new Current(rs.getLong(1), rs.getInt(2))).optional()
                .orElseThrow(() -> InvalidEntryException.of("question", "learning.error.unknownValue", questionId));
        boolean answered = jdbc.sql("select exists (select 1 from survey_answer where question_id = :id)")
                .param("id", questionId).query(Boolean.class).single();
        long asked;
        if (answered) {
            jdbc.sql("update survey_question set retired_at = now() where id = :id").param("id", questionId).update();
            asked = templates.insertQuestion(current.templateId(), draft, current.position());
        } else {
            jdbc.sql("delete from survey_question where id = :id").param("id", questionId).update();
            asked = templates.insertQuestion(current.templateId(), draft, current.position());
        }
        bumpVersion(current.templateId(), editor, Map.of("question", draft.code(), "replaced", questionId, "by", asked));
        return asked;
    }

    @Transactional
    public long addQuestion(long templateId, SurveyTemplates.QuestionDraft draft, Editor editor) {
        requireCoordinator(editor);
        check(draft);
        int position = jdbc.sql("select coalesce(max(position), -1) + 1 from survey_question where template_id = :t")
                .param("t", templateId).query(Integer.class).single();
        long id = templates.insertQuestion(templateId, draft, position);
        bumpVersion(templateId, editor, Map.of("added", draft.code()));
        return id;
    }

    /** Stops asking a question; its answers stay. */
    @Transactional
    public void retireQuestion(long questionId, Editor editor) {
        requireCoordinator(editor);
        Long template = jdbc.sql("update survey_question set retired_at = now() where id = :id and retired_at is null returning template_id")
                .param("id", questionId).query(Long.class).optional().orElse(null);
        if (template != null) {
            bumpVersion(template, editor, Map.of("retired", questionId));
        }
    }

    private void check(SurveyTemplates.QuestionDraft draft) {
        List<FieldError> errors = new java.util.ArrayList<>();
        Texts.check(errors, "code", draft.code(), true, 60);
        if (!List.of("likert", "choice", "text").contains(draft.kind())) {
            errors.add(FieldError.of("kind", "learning.error.unknownValue", draft.kind()));
        }
        Texts.check(errors, "prompt", draft.prompt() == null ? null : draft.prompt().get("en"), true, 500);
        if ("choice".equals(draft.kind()) && (draft.options() == null || draft.options().size() < 2)) {
            errors.add(FieldError.of("options", "learning.error.twoOptions"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
    }

    private void bumpVersion(long templateId, Editor editor, Map<String, Object> change) {
        jdbc.sql("update survey_template set version = version + 1 where id = :t").param("t", templateId).update();
        audit.record("survey_template", templateId, "changed", editor.username(), change);
    }

    private void requireCoordinator(Editor editor) {
        if (!permissions.isCoordinator(editor)) {
            throw new AccessDeniedException("Only coordinators change survey templates");
        }
    }
}
