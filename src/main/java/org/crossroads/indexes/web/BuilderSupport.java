package org.crossroads.indexes.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.indexes.IndexPermissions;
import org.crossroads.indexes.SelfAssessmentIndex;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.FieldMessages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the builder's controllers share: who may build, form states and the pages' common parts. */
@Component
class BuilderSupport {

    private final IndexPermissions permissions;
    private final CurrentEditor currentEditor;
    private final FieldMessages messages;
    private final IndexViews views;

    BuilderSupport(IndexPermissions permissions, CurrentEditor currentEditor, FieldMessages messages, IndexViews views) {
        this.permissions = permissions;
        this.currentEditor = currentEditor;
        this.messages = messages;
        this.views = views;
    }

    /** The signed-in editor, who must be allowed to build this index. */
    Editor builder(SelfAssessmentIndex index) {
        Editor editor = editor();
        permissions.checkMayBuild(editor, index);
        return editor;
    }

    Editor creator() {
        Editor editor = editor();
        permissions.checkMayCreateIndexes(editor);
        return editor;
    }

    FormState state(Map<String, String> values, List<FieldError> errors, Locale locale) {
        return new FormState(values, messages.byField(errors, locale));
    }

    List<String> messages(List<FieldError> errors, Locale locale) {
        return messages.each(errors, locale);
    }

    void common(SelfAssessmentIndex index, Locale locale, Model model) {
        model.addAttribute("index", views.index(index, locale));
        model.addAttribute("languages", IndexTextInputs.LANGUAGES);
    }

    private Editor editor() {
        return currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
    }
}
