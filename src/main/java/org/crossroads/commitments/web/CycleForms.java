package org.crossroads.commitments.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.Framework;
import org.crossroads.commitments.FrameworkEditing;
import org.crossroads.commitments.Frameworks;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.ShownText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding a review a framework reports to (the next forum), for coordinators and administrators. */
@Controller
class CycleForms {

    private final FrameworkEditing editing;
    private final Frameworks frameworks;
    private final FieldMessages fieldMessages;

    private final CommitmentEditors editors;

    CycleForms(CommitmentEditors editors, FrameworkEditing editing, Frameworks frameworks, FieldMessages fieldMessages) {
        this.editors = editors;
        this.editing = editing;
        this.frameworks = frameworks;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/frameworks/{id:\\d+}/cycles/new")
    String form(@PathVariable long id, Locale locale, Model model) {
        editors.writer();
        return form(framework(id), Map.of("language", locale.getLanguage()), Map.of(), locale, model);
    }

    @PostMapping("/frameworks/{id:\\d+}/cycles/new")
    String add(@PathVariable long id, @RequestParam Map<String, String> posted, Locale locale, Model model,
            RedirectAttributes redirect) {
        Editor editor = editors.writer();
        Framework f = framework(id);
        try {
            editing.addCycle(id, posted.get("process"), posted.get("language"), posted.get("name"), posted.get("heldFrom"),
                    posted.get("heldTo"), posted.get("source"), editor);
            redirect.addFlashAttribute("notice", "commitments.cycle.added");
            return "redirect:/frameworks/" + id + "#cycles";
        } catch (InvalidEntryException e) {
            return form(f, posted, fieldMessages.byField(e.errors(), locale), locale, model);
        }
    }

    private String form(Framework f, Map<String, String> values, Map<String, List<String>> errors, Locale locale,
            Model model) {
        model.addAttribute("framework", f);
        model.addAttribute("frameworkTitle", f.title(locale));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("processes", List.of("IMRF", "GRF", "GFMD", "other"));
        model.addAttribute("languages", ShownText.LANGUAGES);
        return "commitments/cycle-form";
    }

    private Framework framework(long id) {
        return frameworks.find(id).orElseThrow(() -> new RecordNotFoundException("framework", id));
    }

}
