package org.crossroads.commitments.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.Framework;
import org.crossroads.commitments.Frameworks;
import org.crossroads.commitments.Signature;
import org.crossroads.commitments.SignatureEditing;
import org.crossroads.directory.Places;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording that a city or an organisation in the editor's scope signed a framework. */
@Controller
class SignatureForms {

    private final SignatureEditing editing;
    private final Frameworks frameworks;
    private final Places places;
    private final org.crossroads.directory.Organisations organisations;
    private final FieldMessages fieldMessages;

    private final CommitmentEditors editors;

    SignatureForms(CommitmentEditors editors, SignatureEditing editing, Frameworks frameworks, Places places,
            org.crossroads.directory.Organisations organisations, FieldMessages fieldMessages) {
        this.editors = editors;
        this.organisations = organisations;
        this.editing = editing;
        this.frameworks = frameworks;
        this.places = places;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/frameworks/{id:\\d+}/signatures/new")
    String create(@PathVariable long id, Model model) {
        Editor editor = editors.recorder();
        String city = editor.placeId() == null ? "" : places.find(editor.placeId()).map(p -> p.reference()).orElse("");
        return form(framework(id), SignatureForm.empty(city), Map.of(), model);
    }

    @PostMapping("/frameworks/{id:\\d+}/signatures/new")
    String create(@PathVariable long id, @ModelAttribute("form") SignatureForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        Editor editor = editors.recorder();
        Framework f = framework(id);
        try {
            long signature = editing.create(form.toDraft(id), editor);
            redirect.addFlashAttribute("notice", "commitments.signature.saved");
            return "redirect:/frameworks/" + id + "#signature-" + signature;
        } catch (InvalidEntryException e) {
            return form(f, form, fieldMessages.byField(e.errors(), locale), model);
        }
    }

    @GetMapping("/signatures/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        Signature s = editing.editable(id, editors.recorder());
        return form(framework(s.frameworkId()), SignatureForm.of(s, places, organisations), Map.of(), model, s);
    }

    @PostMapping("/signatures/{id:\\d+}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") SignatureForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        Editor editor = editors.recorder();
        Signature current = editing.editable(id, editor);
        try {
            editing.update(id, form.expectedVersion(), form.toDraft(current.frameworkId()), editor);
            redirect.addFlashAttribute("notice", "commitments.signature.saved");
            return "redirect:/frameworks/" + current.frameworkId() + "#signature-" + id;
        } catch (InvalidEntryException e) {
            return form(framework(current.frameworkId()), form, fieldMessages.byField(e.errors(), locale), model, current);
        } catch (org.crossroads.shared.validation.ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return form(framework(current.frameworkId()), form.withVersion(editing.editable(id, editor).version()), Map.of(),
                    model, current);
        }
    }

    @PostMapping("/signatures/{id:\\d+}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        Editor editor = editors.recorder();
        Signature current = editing.editable(id, editor);
        editing.delete(id, editor);
        redirect.addFlashAttribute("notice", "commitments.signature.removed");
        return "redirect:/frameworks/" + current.frameworkId() + "#signatories";
    }

    private String form(Framework f, SignatureForm form, Map<String, List<String>> errors, Model model) {
        return form(f, form, errors, model, null);
    }

    private String form(Framework f, SignatureForm form, Map<String, List<String>> errors, Model model, Signature editing) {
        model.addAttribute("signature", editing);
        model.addAttribute("framework", f);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Signature.KINDS);
        return "commitments/signature-form";
    }

    private Framework framework(long id) {
        return frameworks.find(id).orElseThrow(() -> new RecordNotFoundException("framework", id));
    }

}
