package org.crossroads.commitments.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.Recommendation;
import org.crossroads.commitments.Recommendations;
import org.crossroads.commitments.Uptake;
import org.crossroads.commitments.UptakeRecording;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.ShownText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing or removing a recorded uptake (a wrong date, evidence that came later): coordinators and administrators
 * any uptake, a focal point its city's. Recording one is on the recommendation's page.
 */
@Controller
class UptakeForms {

    private final CommitmentEditors editors;
    private final UptakeRecording recording;
    private final Recommendations recommendations;
    private final CommitmentViews views;
    private final Places places;
    private final Organisations organisations;
    private final FieldMessages fieldMessages;

    UptakeForms(CommitmentEditors editors, UptakeRecording recording, Recommendations recommendations,
            CommitmentViews views, Places places, Organisations organisations, FieldMessages fieldMessages) {
        this.editors = editors;
        this.recording = recording;
        this.recommendations = recommendations;
        this.views = views;
        this.places = places;
        this.organisations = organisations;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/uptakes/{id:\\d+}/edit")
    String edit(@PathVariable long id, Locale locale, Model model) {
        Editor editor = editors.recorder();
        Uptake u = recording.editable(id, editor);
        return form(u, UptakeForm.of(u, places, organisations), Map.of(), editor, locale, model);
    }

    @PostMapping("/uptakes/{id:\\d+}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") UptakeForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        Editor editor = editors.recorder();
        Uptake current = recording.editable(id, editor);
        try {
            recording.update(id, form.expectedVersion(), form.toDraft(), editor);
            redirect.addFlashAttribute("notice", "commitments.uptake.changed");
            return "redirect:/recommendations/" + current.recommendationId() + "#uptake-" + id;
        } catch (InvalidEntryException e) {
            return form(current, form, fieldMessages.byField(e.errors(), locale), editor, locale, model);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return form(current, form.withVersion(recording.editable(id, editor).version()), Map.of(), editor, locale,
                    model);
        }
    }

    @PostMapping("/uptakes/{id:\\d+}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        Editor editor = editors.recorder();
        Uptake current = recording.editable(id, editor);
        recording.delete(id, editor);
        redirect.addFlashAttribute("notice", "commitments.uptake.removed");
        return "redirect:/recommendations/" + current.recommendationId() + "#uptakes";
    }

    private String form(Uptake u, UptakeForm form, Map<String, List<String>> errors, Editor editor, Locale locale,
            Model model) {
        Recommendation r = recommendations.find(u.recommendationId(), Optional.of(editor))
                .orElseThrow(() -> new RecordNotFoundException("recommendation", u.recommendationId()));
        model.addAttribute("uptake", u);
        model.addAttribute("recommendation", views.recommendation(r, Optional.of(editor), locale));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", ShownText.LANGUAGES);
        return "commitments/uptake-form";
    }
}
