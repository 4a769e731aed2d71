package org.crossroads.library.practices.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.library.practices.Practice;
import org.crossroads.library.practices.PracticeDraft;
import org.crossroads.library.practices.PracticeDrafts;
import org.crossroads.library.practices.PracticeEditing;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
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
 * The forms to propose a practice (empty, or pre-filled from an initiative, an outcome or an event's learning report),
 * to change one and to publish a proposal (post/redirect/get). Errors name their fields; a save against a version
 * someone else changed keeps what the editor typed and says so.
 */
@Controller
class PracticeForms {

    private final PracticeEditing editing;
    private final PracticeDrafts drafts;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;
    private final FieldMessages fieldMessages;

    PracticeForms(PracticeEditing editing, PracticeDrafts drafts, Vocabularies vocabularies, CurrentEditor currentEditor,
            FieldMessages fieldMessages) {
        this.editing = editing;
        this.drafts = drafts;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/practices/new")
    String create(@RequestParam(required = false) String from, Locale locale, Model model) {
        String language = PracticeForm.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        Optional<PracticeDraft> prefilled = drafts.from(from, language, currentEditor.get());
        model.addAttribute("from", prefilled.isPresent() ? from : null);
        return form(prefilled.map(d -> PracticeForm.of(d, 0)).orElseGet(() -> PracticeForm.empty(language)), null,
                Map.of(), model);
    }

    @PostMapping("/practices/new")
    String create(@ModelAttribute("form") PracticeForm form, Locale locale, Model model, RedirectAttributes redirect) {
        Editor editor = editor();
        try {
            long id = editing.create(form.toDraft(Map.of()), editor);
            redirect.addFlashAttribute("notice", "practices.saved");
            return "redirect:/practices/" + id;
        } catch (InvalidEntryException e) {
            return form(form, null, fieldMessages.byField(e.errors(), locale), model);
        }
    }

    @GetMapping("/practices/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        Practice p = editing.editable(id, editor());
        return form(PracticeForm.of(drafts.of(p), p.version()), id, Map.of(), model);
    }

    @PostMapping("/practices/{id:\\d+}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") PracticeForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        Editor editor = editor();
        Practice current = editing.editable(id, editor);
        try {
            editing.update(id, form.expectedVersion(), form.toDraft(current.translations()), editor);
            redirect.addFlashAttribute("notice", "practices.saved");
            return "redirect:/practices/" + id;
        } catch (InvalidEntryException e) {
            return form(form, id, fieldMessages.byField(e.errors(), locale), model);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            // keep what the editor typed; the next save goes against the version they have now been warned of
            return form(form.withVersion(editing.editable(id, editor).version()), id, Map.of(), model);
        }
    }

    @PostMapping("/practices/{id:\\d+}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        Editor editor = editor();
        try {
            editing.publish(id, version == null ? -1 : version, editor);
            redirect.addFlashAttribute("notice", "practices.published");
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("notice", "practices.publishConflict");
        }
        return "redirect:/practices/" + id;
    }

    private String form(PracticeForm form, Long id, Map<String, List<String>> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("practiceId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("themes", vocabularies.terms(Vocabularies.THEME));
        model.addAttribute("routeRoles", vocabularies.terms(Vocabularies.CITY_ROLE));
        model.addAttribute("sizeClasses", vocabularies.terms(Vocabularies.SIZE_CLASS).stream()
                .filter(t -> !"unknown".equals(t.code())).toList());
        model.addAttribute("languages", PracticeForm.LANGUAGES);
        model.addAttribute("sections", Practice.SECTIONS);
        return "library/practices/form";
    }

    private Editor editor() {
        return currentEditor.get().orElseThrow(() -> new AccessDeniedException("Sign in to propose practices"));
    }
}
