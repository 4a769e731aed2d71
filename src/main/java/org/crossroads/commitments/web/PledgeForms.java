package org.crossroads.commitments.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.Frameworks;
import org.crossroads.commitments.Pledge;
import org.crossroads.commitments.PledgeEditing;
import org.crossroads.commitments.PledgeStatus;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.ShownText;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a pledge, changing what was pledged, and adding a change of its status with its evidence (post, then
 * redirect to the pledge; errors re-render the form with every field named; a save against a version someone else
 * changed keeps what the editor typed and says so).
 */
@Controller
class PledgeForms {

    private final PledgeEditing editing;
    private final Frameworks frameworks;
    private final Places places;
    private final Organisations organisations;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;
    private final FieldMessages fieldMessages;
    private final PledgePages pages;

    private final CommitmentEditors editors;

    PledgeForms(CommitmentEditors editors, PledgeEditing editing, Frameworks frameworks, Places places, Organisations organisations,
            Vocabularies vocabularies, CurrentEditor currentEditor, FieldMessages fieldMessages, PledgePages pages) {
        this.editors = editors;
        this.editing = editing;
        this.frameworks = frameworks;
        this.places = places;
        this.organisations = organisations;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
        this.fieldMessages = fieldMessages;
        this.pages = pages;
    }

    @GetMapping("/pledges/new")
    String create(@RequestParam(required = false) Long framework, Locale locale, Model model) {
        Editor editor = editors.recorder();
        String city = editor.placeId() == null ? "" : places.find(editor.placeId()).map(p -> p.reference()).orElse("");
        return form(PledgeForm.empty(language(locale), framework == null ? "" : String.valueOf(framework), city), null,
                Map.of(), model);
    }

    @PostMapping("/pledges/new")
    String create(@ModelAttribute("form") PledgeForm form, Locale locale, Model model, RedirectAttributes redirect) {
        Editor editor = editors.recorder();
        try {
            long id = editing.create(form.toDraft(null), editor);
            redirect.addFlashAttribute("notice", "commitments.pledge.saved");
            return "redirect:/pledges/" + id;
        } catch (InvalidEntryException e) {
            return form(form, null, fieldMessages.byField(e.errors(), locale), model);
        }
    }

    @GetMapping("/pledges/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        Pledge p = editing.editable(id, editors.recorder());
        return form(PledgeForm.of(p, cityRefs(p), organisationRefs(p)), id, Map.of(), model);
    }

    @PostMapping("/pledges/{id:\\d+}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") PledgeForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        Editor editor = editors.recorder();
        Pledge current = editing.editable(id, editor);
        try {
            editing.update(id, form.expectedVersion(), form.toDraft(current.externalId()), editor);
            redirect.addFlashAttribute("notice", "commitments.pledge.saved");
            return "redirect:/pledges/" + id;
        } catch (InvalidEntryException e) {
            return form(form, id, fieldMessages.byField(e.errors(), locale), model);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return form(withVersion(form, editing.editable(id, editor).version()), id, Map.of(), model);
        }
    }

    @PostMapping("/pledges/{id:\\d+}/status")
    String status(@PathVariable long id, @ModelAttribute("statusForm") StatusForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        Editor editor = editors.recorder();
        editing.editable(id, editor);
        try {
            editing.changeStatus(id, form.expectedVersion(), form.toDraft(), editor);
            redirect.addFlashAttribute("notice", "commitments.status.saved");
            return "redirect:/pledges/" + id + "#history";
        } catch (InvalidEntryException e) {
            model.addAttribute("errors", fieldMessages.byField(e.errors(), locale));
            model.addAttribute("statusForm", form);
            return pages.pledge(id, locale, model);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            model.addAttribute("statusForm", new StatusForm(form.status(), form.on(), form.language(), form.note(),
                    form.translation(), form.initiatives(), form.outcomes(), form.documents(), form.dataValues(),
                    form.links(), editing.editable(id, editor).version()));
            return pages.pledge(id, locale, model);
        }
    }

    private String form(PledgeForm form, Long id, Map<String, List<String>> errors, Model model) {
        Optional<Editor> reader = currentEditor.get();
        model.addAttribute("form", form);
        model.addAttribute("pledgeId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("statuses", List.of(PledgeStatus.values()));
        model.addAttribute("gcmObjectives", vocabularies.terms(Vocabularies.GCM_OBJECTIVE));
        model.addAttribute("gcrObjectives", vocabularies.terms(Vocabularies.GCR_OBJECTIVE));
        model.addAttribute("themes", vocabularies.terms(Vocabularies.THEME));
        model.addAttribute("languages", ShownText.LANGUAGES);
        model.addAttribute("reader", reader.orElse(null));
        return "commitments/pledge-form";
    }

    private List<String> cityRefs(Pledge p) {
        List<String> refs = new ArrayList<>();
        p.placeIds().forEach(id -> places.find(id).ifPresent(place -> refs.add(place.reference())));
        return refs;
    }

    private List<String> organisationRefs(Pledge p) {
        List<String> refs = new ArrayList<>();
        p.organisationIds().forEach(id -> organisations.find(id)
                .ifPresent(o -> refs.add(o.externalId() != null ? o.externalId() : String.valueOf(o.id()))));
        return refs;
    }

    private static PledgeForm withVersion(PledgeForm f, int version) {
        return new PledgeForm(f.framework(), f.cities(), f.organisations(), f.language(), f.text(), f.translation(),
                f.articles(), f.gcmObjectives(), f.gcrObjectives(), f.themes(), f.target(), f.responsibleOffice(),
                f.contactEmail(), f.status(), f.statusOn(), f.restricted(), f.sourceCitation(), f.sourcePassage(), version);
    }

    private static String language(Locale locale) {
        return ShownText.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }

}
