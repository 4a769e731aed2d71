package org.crossroads.library.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.library.Document;
import org.crossroads.library.DocumentEditing;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.Languages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms to add and change a document, and to publish or withdraw it (post/redirect/get). Signed-in editors
 * only (the security configuration guards {@code /documents/new} and {@code /documents/{id}/edit}); a document the
 * editor may not see is not found, one they may only see is forbidden to change.
 */
@Controller
class DocumentForms {

    private final DocumentEditing editing;
    private final DocumentReferences references;
    private final CurrentEditor currentEditor;
    private final Vocabularies vocabularies;
    private final FieldMessages fieldMessages;

    DocumentForms(DocumentEditing editing, DocumentReferences references, CurrentEditor currentEditor,
            Vocabularies vocabularies, FieldMessages fieldMessages) {
        this.editing = editing;
        this.references = references;
        this.currentEditor = currentEditor;
        this.vocabularies = vocabularies;
        this.fieldMessages = fieldMessages;
    }

    /** A new document; {@code event} or {@code initiative} (external ids or numbers) pre-fill what it belongs to. */
    @GetMapping("/documents/new")
    String newDocument(@RequestParam(required = false) String event, @RequestParam(required = false) String initiative,
            Locale locale, Model model) {
        editor();
        String language = Languages.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()))
                ? locale.getLanguage() : "en";
        DocumentForm form = event != null || initiative != null
                ? DocumentForm.linkedTo(language, event != null ? "learning_report" : "report", initiative, event)
                : DocumentForm.empty(language);
        return form(form, null, Map.of(), model);
    }

    @PostMapping("/documents/new")
    String newDocument(@ModelAttribute("form") DocumentForm form, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            long id = editing.create(form.toDraft(), editor());
            redirect.addFlashAttribute("notice", "library.saved");
            return "redirect:/documents/" + id;
        } catch (InvalidEntryException e) {
            return form(form, null, fieldMessages.byField(e.errors(), locale), model);
        }
    }

    @GetMapping("/documents/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        Document d = editing.editable(id, editor());
        return form(DocumentForm.of(d, references), id, Map.of(), model);
    }

    @PostMapping("/documents/{id:\\d+}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") DocumentForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        Editor editor = editor();
        editing.editable(id, editor);
        try {
            editing.update(id, form.expectedVersion(), form.toDraft(), editor);
            redirect.addFlashAttribute("notice", "library.saved");
            return "redirect:/documents/" + id;
        } catch (InvalidEntryException e) {
            return form(form, id, fieldMessages.byField(e.errors(), locale), model);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            // keep what the editor typed; the next save goes against the version they have now been warned of
            return form(form.withVersion(editing.editable(id, editor).version()), id, Map.of(), model);
        }
    }

    @PostMapping("/documents/{id:\\d+}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return change(id, version, redirect, "library.published", (v, e) -> editing.publish(id, v, e));
    }

    @PostMapping("/documents/{id:\\d+}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return change(id, version, redirect, "library.withdrawn", (v, e) -> editing.withdraw(id, v, e));
    }

    private String change(long id, Integer version, RedirectAttributes redirect, String notice,
            java.util.function.BiConsumer<Integer, Editor> action) {
        Editor editor = editor();
        Document d = editing.editable(id, editor);
        try {
            action.accept(version == null ? d.version() : version, editor);
            redirect.addFlashAttribute("notice", notice);
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("notice", "library.form.conflict");
        }
        return "redirect:/documents/" + id;
    }

    private String form(DocumentForm form, Long id, Map<String, List<String>> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("documentId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("types", Document.TYPES);
        model.addAttribute("accessLevels", Document.ACCESS_LEVELS);
        model.addAttribute("themeTerms", vocabularies.terms(Vocabularies.THEME));
        return "library/form";
    }

    private Editor editor() {
        return currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
    }
}
