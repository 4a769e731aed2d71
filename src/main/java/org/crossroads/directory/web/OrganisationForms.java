package org.crossroads.directory.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.Editor;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.directory.DirectoryPermissions;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.directory.MembershipDraft;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.directory.Provenance;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Creating, editing and publishing organisations; adding and removing member cities. */
@Controller
class OrganisationForms {

    private final Organisations organisations;
    private final Places places;
    private final OrganisationEditing editing;
    private final MembershipEditing membershipEditing;
    private final DirectoryPermissions permissions;
    private final FormSupport forms;

    OrganisationForms(Organisations organisations, Places places, OrganisationEditing editing,
            MembershipEditing membershipEditing, DirectoryPermissions permissions, FormSupport forms) {
        this.organisations = organisations;
        this.places = places;
        this.editing = editing;
        this.membershipEditing = membershipEditing;
        this.permissions = permissions;
        this.forms = forms;
    }

    @GetMapping("/organisations/new")
    String add(Model model) {
        forms.editor();
        return formPage(null, new OrganisationForm(null, null, null, "city_network", null, null, null, null, null, null, Map.of()),
                Map.of(), false, model);
    }

    @PostMapping("/organisations/new")
    String create(@ModelAttribute OrganisationForm form, Locale locale, Model model) {
        try {
            long id = editing.save(null, 0, draft(form), form.translations(), forms.editor());
            return "redirect:/organisations/" + id;
        } catch (InvalidEntryException e) {
            return formPage(null, form, forms.messages(e.errors(), locale), false, model);
        }
    }

    @GetMapping("/organisations/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        Organisation o = editable(id);
        String city = o.placeId() == null ? null : places.find(o.placeId()).map(this::reference).orElse(null);
        return formPage(o, new OrganisationForm(o.name(), o.acronym(), String.join("\n", o.alternateNames()),
                o.type(), o.countryCode(), city, o.website(), o.description(), o.source(), o.version(),
                OrganisationForm.posted(organisations.translations(id))), Map.of(), false, model);
    }

    @PostMapping("/organisations/{id:\\d+}/edit")
    String save(@PathVariable long id, @ModelAttribute OrganisationForm form, Locale locale, Model model) {
        Organisation o = editable(id);
        try {
            editing.save(id, form.version() == null ? o.version() : form.version(), draft(form), form.translations(),
                    forms.editor());
        } catch (InvalidEntryException e) {
            return formPage(o, form, forms.messages(e.errors(), locale), false, model);
        } catch (ConcurrentEditException e) {
            Organisation current = organisations.find(id).orElseThrow();
            model.addAttribute("current", current);
            return formPage(current, form.withVersion(current.version()), Map.of(), true, model);
        }
        return "redirect:/organisations/" + id;
    }

    @PostMapping("/organisations/{id:\\d+}/publish")
    String publish(@PathVariable long id) {
        editing.publish(id, forms.editor());
        return "redirect:/organisations/" + id;
    }

    private static OrganisationDraft draft(OrganisationForm form) {
        return new OrganisationDraft(null, form.name(), form.acronym(), form.type(), form.country(), form.city(),
                form.website(), form.description(), form.source(), form.alternateNameList());
    }

    /** "Name, CC" when it names this very place, else its exact reference. */
    String reference(Place place) {
        String named = place.name() + ", " + place.countryCode();
        return places.resolve(named).filter(p -> p.id() == place.id()).map(p -> named).orElse(place.reference());
    }

    private Organisation editable(long id) {
        Organisation o = organisations.find(id).orElseThrow(() -> new RecordNotFoundException("organisation", id));
        String createdBy = organisations.provenance(id).map(Provenance::createdBy).orElse(null);
        Editor editor = forms.editor();
        if (!permissions.mayEdit(editor, o, createdBy)) {
            if (!permissions.maySee(java.util.Optional.of(editor), o, createdBy)) {
                throw new RecordNotFoundException("organisation", id);
            }
            throw new AccessDeniedException("May not change organisation " + id);
        }
        return o;
    }

    private String formPage(Organisation organisation, OrganisationForm form, Map<String, String> errors,
            boolean conflict, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "directory/organisation-form";
    }

    @GetMapping("/organisations/{id:\\d+}/members/new")
    String newMember(@PathVariable long id, Model model) {
        return memberPage(membersOf(id), new MembershipForm(null, "member", null, null, null), Map.of(), model);
    }

    @PostMapping("/organisations/{id:\\d+}/members")
    String addMember(@PathVariable long id, @ModelAttribute MembershipForm form, Locale locale, Model model) {
        Organisation organisation = membersOf(id);
        var values = new FormSupport.Values();
        var since = values.date("since", form.since());
        var until = values.date("until", form.until());
        var draft = new MembershipDraft(organisation.externalId(), form.place(), form.role(), since, until, form.source());
        try {
            if (!values.errors.isEmpty()) {
                throw new InvalidEntryException(values.with(membershipEditing.problems(draft)));
            }
            membershipEditing.add(draft, forms.editor());
        } catch (InvalidEntryException e) {
            return memberPage(organisation, form, new HashMap<>(forms.messages(e.errors(), locale)), model);
        }
        return "redirect:/organisations/" + id;
    }

    @PostMapping("/organisations/{id:\\d+}/members/{membershipId:\\d+}/remove")
    String removeMember(@PathVariable long id, @PathVariable long membershipId) {
        membersOf(id);
        membershipEditing.remove(membershipId, forms.editor());
        return "redirect:/organisations/" + id;
    }

    private Organisation membersOf(long id) {
        Organisation o = organisations.find(id).orElseThrow(() -> new RecordNotFoundException("organisation", id));
        if (!permissions.mayChangeMembershipsOf(forms.editor(), id)) {
            throw new AccessDeniedException("May not change the members of organisation " + id);
        }
        return o;
    }

    private String memberPage(Organisation organisation, MembershipForm form, Map<String, String> errors, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "directory/membership-new";
    }
}
