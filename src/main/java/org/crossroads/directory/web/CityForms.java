package org.crossroads.directory.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.Editor;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.directory.DirectoryPermissions;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.PartnershipDraft;
import org.crossroads.directory.PartnershipEditing;
import org.crossroads.directory.Place;
import org.crossroads.directory.PlaceDescription;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.directory.Places;
import org.crossroads.directory.Provenance;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Editing a city's roles, routes and names; adding local authorities; adding and removing partnerships. */
@Controller
class CityForms {

    private final Places places;
    private final PlaceEditing editing;
    private final PartnershipEditing partnershipEditing;
    private final DirectoryPermissions permissions;
    private final FormSupport forms;

    CityForms(Places places, PlaceEditing editing, PartnershipEditing partnershipEditing,
            DirectoryPermissions permissions, FormSupport forms) {
        this.places = places;
        this.editing = editing;
        this.partnershipEditing = partnershipEditing;
        this.permissions = permissions;
        this.forms = forms;
    }

    @GetMapping("/cities/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        Place place = describable(id);
        Map<String, String> names = places.localNames(id);
        String source = places.provenance(id).map(Provenance::source).orElse(null);
        return editPage(place, new CityForm(place.roles(), place.routes(), names.get("fr"), names.get("ar"),
                names.get("es"), source, place.version()), Map.of(), false, model);
    }

    @PostMapping("/cities/{id:\\d+}/edit")
    String save(@PathVariable long id, @ModelAttribute CityForm form, Locale locale, Model model) {
        Place place = describable(id);
        Map<String, String> names = new HashMap<>();
        names.put("fr", form.nameFr());
        names.put("ar", form.nameAr());
        names.put("es", form.nameEs());
        names.values().removeIf(v -> v == null || v.isBlank());
        int version = form.version() == null ? place.version() : form.version();
        try {
            editing.describe(id, version, new PlaceDescription(FormSupport.list(form.roles()),
                    FormSupport.list(form.routes()), names, form.source()), forms.editor());
        } catch (InvalidEntryException e) {
            return editPage(place, form, forms.messages(e.errors(), locale), false, model);
        } catch (ConcurrentEditException e) {
            Place current = places.find(id).orElseThrow();
            model.addAttribute("current", current);
            CityForm keep = new CityForm(form.roles(), form.routes(), form.nameFr(), form.nameAr(), form.nameEs(),
                    form.source(), current.version());
            return editPage(current, keep, Map.of(), true, model);
        }
        return "redirect:/cities/" + id;
    }

    private String editPage(Place place, CityForm form, Map<String, String> errors, boolean conflict, Model model) {
        model.addAttribute("place", place);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "directory/city-edit";
    }

    private Place describable(long id) {
        Place place = places.find(id).orElseThrow(() -> new RecordNotFoundException("place", id));
        if (!permissions.mayDescribe(forms.editor(), id)) {
            throw new AccessDeniedException("May not change place " + id);
        }
        return place;
    }

    @GetMapping("/cities/new")
    String add(Model model) {
        mayAdd();
        return addPage(new LocalAuthorityForm(null, null, null, null, null, List.of(), List.of(), null), Map.of(), model);
    }

    @PostMapping("/cities/new")
    String create(@ModelAttribute LocalAuthorityForm form, Locale locale, Model model) {
        Editor editor = mayAdd();
        var values = new FormSupport.Values();
        Long population = values.whole("population", form.population());
        Double latitude = values.decimal("latitude", form.latitude());
        Double longitude = values.decimal("longitude", form.longitude());
        var draft = new LocalAuthorityDraft(null, form.name(), form.country(), population, latitude, longitude,
                FormSupport.list(form.roles()), FormSupport.list(form.routes()), form.source());
        if (!values.errors.isEmpty()) {
            return addPage(form, forms.messages(values.with(editing.problems(draft)), locale), model);
        }
        try {
            long id = editing.addLocalAuthority(draft, editor);
            return "redirect:/cities/" + id;
        } catch (InvalidEntryException e) {
            return addPage(form, forms.messages(e.errors(), locale), model);
        }
    }

    private Editor mayAdd() {
        Editor editor = forms.editor();
        if (!permissions.mayAddLocalAuthority(editor)) {
            throw new AccessDeniedException("May not add local authorities");
        }
        return editor;
    }

    private String addPage(LocalAuthorityForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "directory/city-new";
    }

    @GetMapping("/cities/{id:\\d+}/partnerships/new")
    String newPartnership(@PathVariable long id, Model model) {
        Place place = partnershipsOf(id);
        return partnershipPage(place, new PartnershipForm(null, "twinning", List.of(), null, null, null), Map.of(), model);
    }

    @PostMapping("/cities/{id:\\d+}/partnerships")
    String addPartnership(@PathVariable long id, @ModelAttribute PartnershipForm form, Locale locale, Model model) {
        Place place = partnershipsOf(id);
        var values = new FormSupport.Values();
        var since = values.date("since", form.since());
        var until = values.date("until", form.until());
        var draft = new PartnershipDraft(place.reference(), form.partner(), form.kind(), FormSupport.list(form.topics()),
                since, until, form.source());
        try {
            if (!values.errors.isEmpty()) {
                throw new InvalidEntryException(values.with(partnershipEditing.problems(draft)));
            }
            partnershipEditing.add(draft, forms.editor());
        } catch (InvalidEntryException e) {
            Map<String, String> errors = new HashMap<>(forms.messages(e.errors(), locale));
            String partnerError = errors.remove("place_b");
            if (partnerError != null) {
                errors.put("partner", partnerError);
            }
            return partnershipPage(place, form, errors, model);
        }
        return "redirect:/cities/" + id;
    }

    @PostMapping("/cities/{id:\\d+}/partnerships/{partnershipId:\\d+}/remove")
    String removePartnership(@PathVariable long id, @PathVariable long partnershipId) {
        partnershipsOf(id);
        partnershipEditing.remove(partnershipId, forms.editor());
        return "redirect:/cities/" + id;
    }

    private Place partnershipsOf(long id) {
        Place place = places.find(id).orElseThrow(() -> new RecordNotFoundException("place", id));
        if (!permissions.mayChangePartnershipsOf(forms.editor(), id)) {
            throw new AccessDeniedException("May not change the partnerships of place " + id);
        }
        return place;
    }

    private String partnershipPage(Place place, PartnershipForm form, Map<String, String> errors, Model model) {
        model.addAttribute("place", place);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "directory/partnership-new";
    }
}
