package org.crossroads.network.needs.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.network.needs.Need;
import org.crossroads.network.needs.NeedDraft;
import org.crossroads.network.needs.NeedEditing;
import org.crossroads.network.needs.NeedsAndOffers;
import org.crossroads.network.needs.Offer;
import org.crossroads.network.needs.OfferDraft;
import org.crossroads.network.needs.OfferEditing;
import org.crossroads.network.needs.StatementAccess;
import org.crossroads.network.needs.StatementText;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
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
 * The forms to state and change a city's needs and offers, and to change their status (post/redirect/get). A
 * private statement is not found for those outside its city's scope; a public one is forbidden to change for them.
 */
@Controller
class StatementForms {

    private final NeedEditing needEditing;
    private final OfferEditing offerEditing;
    private final NeedsAndOffers reads;
    private final StatementAccess access;
    private final Places places;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;
    private final FieldMessages fieldMessages;

    StatementForms(NeedEditing needEditing, OfferEditing offerEditing, NeedsAndOffers reads, StatementAccess access,
            Places places, Vocabularies vocabularies, CurrentEditor currentEditor, FieldMessages fieldMessages) {
        this.needEditing = needEditing;
        this.offerEditing = offerEditing;
        this.reads = reads;
        this.access = access;
        this.places = places;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
        this.fieldMessages = fieldMessages;
    }

    // ---- needs ----

    @GetMapping("/cities/{id:\\d+}/needs/new")
    String newNeed(@PathVariable long id, Locale locale, Model model) {
        Place place = inScope(id);
        return needForm(NeedForm.empty(formLanguage(locale)), place, null, Map.of(), model);
    }

    @PostMapping("/cities/{id:\\d+}/needs/new")
    String newNeed(@PathVariable long id, @ModelAttribute("form") NeedForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        Place place = inScope(id);
        List<FieldError> errors = new ArrayList<>();
        NeedDraft draft = form.toDraft(errors);
        if (!errors.isEmpty()) {
            return needForm(form, place, null, messages(errors, needEditing.problems(id, draft), locale), model);
        }
        try {
            long created = needEditing.create(id, draft, editor());
            redirect.addFlashAttribute("notice", "needs.saved");
            return "redirect:/needs/" + created;
        } catch (InvalidEntryException e) {
            return needForm(form, place, null, fieldMessages.byField(e.errors(), locale), model);
        }
    }

    @GetMapping("/needs/{id:\\d+}/edit")
    String editNeed(@PathVariable long id, Model model) {
        Need need = editableNeed(id);
        return needForm(NeedForm.of(need), place(need.placeId()), id, Map.of(), model);
    }

    @PostMapping("/needs/{id:\\d+}/edit")
    String editNeed(@PathVariable long id, @ModelAttribute("form") NeedForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        Need need = editableNeed(id);
        Place place = place(need.placeId());
        List<FieldError> errors = new ArrayList<>();
        NeedDraft draft = form.toDraft(errors);
        if (!errors.isEmpty()) {
            return needForm(form, place, id, messages(errors, needEditing.problems(need.placeId(), draft), locale), model);
        }
        try {
            needEditing.update(id, form.expectedVersion(), draft, editor());
            redirect.addFlashAttribute("notice", "needs.saved");
            return "redirect:/needs/" + id;
        } catch (InvalidEntryException e) {
            return needForm(form, place, id, fieldMessages.byField(e.errors(), locale), model);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            // keep what the editor typed; the next save goes against the version they have now been warned of
            return needForm(form.withVersion(editableNeed(id).version()), place, id, Map.of(), model);
        }
    }

    @PostMapping("/needs/{id:\\d+}/status")
    String needStatus(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        Need need = editableNeed(id);
        return changeStatus("/needs/" + id, redirect,
                () -> needEditing.changeStatus(id, version == null ? need.version() : version, status, editor()));
    }

    // ---- offers ----

    @GetMapping("/cities/{id:\\d+}/offers/new")
    String newOffer(@PathVariable long id, Locale locale, Model model) {
        Place place = inScope(id);
        return offerForm(OfferForm.empty(formLanguage(locale)), place, null, Map.of(), model);
    }

    @PostMapping("/cities/{id:\\d+}/offers/new")
    String newOffer(@PathVariable long id, @ModelAttribute("form") OfferForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        Place place = inScope(id);
        List<FieldError> errors = new ArrayList<>();
        OfferDraft draft = form.toDraft(errors);
        if (!errors.isEmpty()) {
            return offerForm(form, place, null, messages(errors, offerEditing.problems(id, draft), locale), model);
        }
        try {
            long created = offerEditing.create(id, draft, editor());
            redirect.addFlashAttribute("notice", "offers.saved");
            return "redirect:/offers/" + created;
        } catch (InvalidEntryException e) {
            return offerForm(form, place, null, fieldMessages.byField(e.errors(), locale), model);
        }
    }

    @GetMapping("/offers/{id:\\d+}/edit")
    String editOffer(@PathVariable long id, Model model) {
        Offer offer = editableOffer(id);
        return offerForm(OfferForm.of(offer), place(offer.placeId()), id, Map.of(), model);
    }

    @PostMapping("/offers/{id:\\d+}/edit")
    String editOffer(@PathVariable long id, @ModelAttribute("form") OfferForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        Offer offer = editableOffer(id);
        Place place = place(offer.placeId());
        List<FieldError> errors = new ArrayList<>();
        OfferDraft draft = form.toDraft(errors);
        if (!errors.isEmpty()) {
            return offerForm(form, place, id, messages(errors, offerEditing.problems(offer.placeId(), draft), locale), model);
        }
        try {
            offerEditing.update(id, form.expectedVersion(), draft, editor());
            redirect.addFlashAttribute("notice", "offers.saved");
            return "redirect:/offers/" + id;
        } catch (InvalidEntryException e) {
            return offerForm(form, place, id, fieldMessages.byField(e.errors(), locale), model);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return offerForm(form.withVersion(editableOffer(id).version()), place, id, Map.of(), model);
        }
    }

    @PostMapping("/offers/{id:\\d+}/status")
    String offerStatus(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        Offer offer = editableOffer(id);
        return changeStatus("/offers/" + id, redirect,
                () -> offerEditing.changeStatus(id, version == null ? offer.version() : version, status, editor()));
    }

    // ---- shared ----

    private String changeStatus(String page, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", "needs.statusChanged");
        } catch (InvalidEntryException e) {
            redirect.addFlashAttribute("notice", "needs.error.statusRefused");
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("notice", "needs.statusConflict");
        }
        return "redirect:" + page;
    }

    private String needForm(NeedForm form, Place place, Long id, Map<String, List<String>> errors, Model model) {
        common(place, id, errors, model);
        model.addAttribute("form", form);
        return "network/needs/need-form";
    }

    private String offerForm(OfferForm form, Place place, Long id, Map<String, List<String>> errors, Model model) {
        common(place, id, errors, model);
        model.addAttribute("form", form);
        return "network/needs/offer-form";
    }

    private void common(Place place, Long id, Map<String, List<String>> errors, Model model) {
        model.addAttribute("place", place);
        model.addAttribute("statementId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("themes", vocabularies.terms(Vocabularies.THEME));
        model.addAttribute("activityTypes", vocabularies.terms(Vocabularies.ACTIVITY_TYPE));
        model.addAttribute("languages", StatementText.LANGUAGES);
    }

    /** Errors of the form's own parsing first; validation's for the same fields would only repeat them. */
    private Map<String, List<String>> messages(List<FieldError> formErrors, List<FieldError> validation, Locale locale) {
        Set<String> reported = formErrors.stream().map(FieldError::field).collect(Collectors.toSet());
        List<FieldError> all = new ArrayList<>(formErrors);
        validation.stream().filter(x -> !reported.contains(x.field())).forEach(all::add);
        return fieldMessages.byField(all, locale);
    }

    private Need editableNeed(long id) {
        Editor editor = editor();
        Need need = reads.need(id, java.util.Optional.of(editor)).orElseThrow(() -> new RecordNotFoundException("need", id));
        requireScope(editor, need.placeId());
        return need;
    }

    private Offer editableOffer(long id) {
        Editor editor = editor();
        Offer offer = reads.offer(id, java.util.Optional.of(editor)).orElseThrow(() -> new RecordNotFoundException("offer", id));
        requireScope(editor, offer.placeId());
        return offer;
    }

    private Place inScope(long placeId) {
        Place place = place(placeId);
        requireScope(editor(), placeId);
        return place;
    }

    private void requireScope(Editor editor, long placeId) {
        if (!access.mayState(editor, placeId)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not state needs or offers for place " + placeId);
        }
    }

    /** A new statement is written in the interface language by default. */
    private static String formLanguage(Locale locale) {
        return StatementText.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }

    private Place place(long id) {
        return places.find(id).orElseThrow(() -> new RecordNotFoundException("place", id));
    }

    private Editor editor() {
        return currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
    }
}
