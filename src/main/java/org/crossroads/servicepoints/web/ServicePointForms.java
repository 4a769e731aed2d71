package org.crossroads.servicepoints.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.servicepoints.ServicePoint;
import org.crossroads.servicepoints.ServicePointDraft;
import org.crossroads.servicepoints.ServicePointEditing;
import org.crossroads.servicepoints.ServicePointPermissions;
import org.crossroads.servicepoints.ServicePoints;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms to add and change a city's service points, and publishing a proposal (post/redirect/get). */
@Controller
class ServicePointForms {

    private final ServicePoints points;
    private final ServicePointEditing editing;
    private final ServicePointPermissions permissions;
    private final Places places;
    private final Organisations organisations;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;
    private final FieldMessages fieldMessages;

    ServicePointForms(ServicePoints points, ServicePointEditing editing, ServicePointPermissions permissions, Places places,
            Organisations organisations, Vocabularies vocabularies, CurrentEditor currentEditor, FieldMessages fieldMessages) {
        this.points = points;
        this.editing = editing;
        this.permissions = permissions;
        this.places = places;
        this.organisations = organisations;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/cities/{id:\\d+}/service-points/new")
    String create(@PathVariable long id, Model model) {
        Place place = place(id);
        requireMayAdd(editor(), id);
        return form(ServicePointForm.empty(), place, null, Map.of(), model);
    }

    @PostMapping("/cities/{id:\\d+}/service-points/new")
    String create(@PathVariable long id, @ModelAttribute("form") ServicePointForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        Place place = place(id);
        Editor editor = editor();
        requireMayAdd(editor, id);
        List<FieldError> errors = new ArrayList<>();
        ServicePointDraft draft = form.toDraft(place.reference(), errors);
        if (!errors.isEmpty()) {
            return form(form, place, null, fieldMessages.byField(merged(errors, editing.problems(draft)), locale), model);
        }
        try {
            long created = editing.create(draft, editor);
            redirect.addFlashAttribute("notice", editor.publishesDirectly() ? "servicepoints.saved" : "servicepoints.proposed");
            return "redirect:/cities/" + id + "/service-points#" + ServicePointViews.anchor(created);
        } catch (InvalidEntryException e) {
            return form(form, place, null, fieldMessages.byField(e.errors(), locale), model);
        }
    }

    @GetMapping("/service-points/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        ServicePoint point = editable(id);
        return form(ServicePointForm.of(point, point.operatorId() == null ? null : organisations.find(point.operatorId()).orElse(null)),
                place(point.placeId()), id, Map.of(), model);
    }

    @PostMapping("/service-points/{id:\\d+}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") ServicePointForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        ServicePoint point = editable(id);
        Place place = place(point.placeId());
        List<FieldError> errors = new ArrayList<>();
        ServicePointDraft draft = form.toDraft(place.reference(), errors);
        if (!errors.isEmpty()) {
            return form(form, place, id, fieldMessages.byField(merged(errors, editing.problems(draft)), locale), model);
        }
        try {
            editing.update(id, form.expectedVersion(), draft, editor());
            redirect.addFlashAttribute("notice", "servicepoints.saved");
            return "redirect:/cities/" + place.id() + "/service-points#" + ServicePointViews.anchor(id);
        } catch (InvalidEntryException e) {
            return form(form, place, id, fieldMessages.byField(e.errors(), locale), model);
        } catch (ConcurrentEditException e) {
            ServicePoint current = points.find(id).orElseThrow(() -> new RecordNotFoundException("service point", id));
            model.addAttribute("conflict", true);
            // keep what the editor typed; the next save goes against the version they have now been warned of
            return form(form.withVersion(current.version()), place, id, Map.of(), model);
        }
    }

    @PostMapping("/service-points/{id:\\d+}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        ServicePoint point = points.find(id).orElseThrow(() -> new RecordNotFoundException("service point", id));
        editing.publish(id, editor());
        redirect.addFlashAttribute("notice", "servicepoints.published");
        return "redirect:/cities/" + point.placeId() + "/service-points#" + ServicePointViews.anchor(id);
    }

    /** Errors of the form's own parsing first; validation's for the same fields would only repeat them. */
    private static List<FieldError> merged(List<FieldError> formErrors, List<FieldError> validation) {
        Set<String> reported = formErrors.stream().map(FieldError::field).collect(Collectors.toSet());
        List<FieldError> all = new ArrayList<>(formErrors);
        validation.stream().filter(x -> !reported.contains(x.field())).forEach(all::add);
        return all;
    }

    private String form(ServicePointForm form, Place place, Long id, Map<String, List<String>> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("place", place);
        model.addAttribute("pointId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", vocabularies.terms(ServicePoint.KIND_VOCABULARY));
        model.addAttribute("maxDistance", ServicePoint.MAX_DISTANCE_KM);
        return "servicepoints/form";
    }

    private ServicePoint editable(long id) {
        ServicePoint point = points.find(id).orElseThrow(() -> new RecordNotFoundException("service point", id));
        if (!permissions.mayEdit(editor(), point)) {
            throw new AccessDeniedException("May not change service point " + id);
        }
        return point;
    }

    private void requireMayAdd(Editor editor, long placeId) {
        if (!permissions.mayAdd(editor, placeId)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not add service points in place " + placeId);
        }
    }

    private Place place(long id) {
        return places.find(id).orElseThrow(() -> new RecordNotFoundException("place", id));
    }

    private Editor editor() {
        return currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
    }
}
