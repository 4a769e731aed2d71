package org.crossroads.inventory.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.InitiativeDraft;
import org.crossroads.inventory.InitiativeEditing;
import org.crossroads.inventory.InitiativePermissions;
import org.crossroads.inventory.Initiatives;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An initiative's page, its history, and the forms to propose, change and publish initiatives. */
@Controller
class InitiativeController {

    private final Initiatives initiatives;
    private final InitiativeEditing editing;
    private final InitiativePermissions permissions;
    private final InitiativeCards cards;
    private final CurrentEditor currentEditor;
    private final AuditTrail audit;
    private final Places places;
    private final Organisations organisations;
    private final Vocabularies vocabularies;
    private final FieldMessages messages;
    private final PublicInitiativePages publicPages;

    private final org.springframework.beans.factory.ObjectProvider<org.crossroads.directory.RelatedRecords> related;

    InitiativeController(Initiatives initiatives, InitiativeEditing editing, InitiativePermissions permissions,
            InitiativeCards cards, CurrentEditor currentEditor, AuditTrail audit, Places places,
            Organisations organisations, Vocabularies vocabularies, FieldMessages messages, PublicInitiativePages publicPages,
            org.springframework.beans.factory.ObjectProvider<org.crossroads.directory.RelatedRecords> related) {
        this.related = related;
        this.publicPages = publicPages;
        this.initiatives = initiatives;
        this.editing = editing;
        this.permissions = permissions;
        this.cards = cards;
        this.currentEditor = currentEditor;
        this.audit = audit;
        this.places = places;
        this.organisations = organisations;
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    @GetMapping("/initiatives/{id:\\d+}")
    String show(@PathVariable long id, Locale locale, Model model) {
        // other modules' records about the initiative (the library's documents), as this reader may see them
        model.addAttribute("sections", related.orderedStream().flatMap(r -> r.forInitiative(id, locale).stream())
                .filter(s -> !s.items().isEmpty()).toList());
        if (currentEditor.get().isEmpty()) {
            // the public's view: published initiatives only, from the page cache
            model.addAttribute("initiative", publicPages.published(id, locale).orElseThrow(() -> new RecordNotFoundException("initiative", id)));
            model.addAttribute("mayEdit", false);
            model.addAttribute("mayPublish", false);
            return "inventory/initiative";
        }
        Initiative initiative = visible(id);
        model.addAttribute("initiative", cards.of(initiative, locale));
        model.addAttribute("mayEdit", currentEditor.get().map(e -> permissions.mayEdit(e, initiative)).orElse(false));
        model.addAttribute("mayPublish", !initiative.isPublished()
                && currentEditor.get().map(e -> permissions.mayPublish(e, initiative)).orElse(false));
        return "inventory/initiative";
    }

    @GetMapping("/initiatives/{id:\\d+}/history")
    String history(@PathVariable long id, Locale locale, Model model) {
        Initiative initiative = visible(id);
        model.addAttribute("initiative", cards.of(initiative, locale));
        model.addAttribute("changes", audit.history("initiative", id));
        return "inventory/history";
    }

    @GetMapping("/initiatives/new")
    String create(Model model) {
        return form(InitiativeForm.empty(), null, Map.of(), model);
    }

    @PostMapping("/initiatives/new")
    String create(@ModelAttribute("form") InitiativeForm form, Locale locale, Model model, RedirectAttributes redirect) {
        Editor editor = editor();
        List<FieldError> errors = new ArrayList<>();
        InitiativeDraft draft = form.toDraft(errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidEntryException(errors);
            }
            long id = editing.create(draft, editor);
            redirect.addFlashAttribute("notice", editor.publishesDirectly() ? "inventory.saved.published" : "inventory.saved.proposed");
            return "redirect:/initiatives/" + id;
        } catch (InvalidEntryException e) {
            errors.addAll(e.errors().stream().filter(x -> !errors.contains(x)).toList());
            return form(form, null, messages.byField(errors, locale), model);
        }
    }

    @GetMapping("/initiatives/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        Initiative initiative = initiatives.find(id).orElseThrow(() -> new RecordNotFoundException("initiative", id));
        if (!permissions.mayEdit(editor(), initiative)) {
            throw new AccessDeniedException("not yours");
        }
        return form(formOf(initiative), id, Map.of(), model);
    }

    @PostMapping("/initiatives/{id:\\d+}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") InitiativeForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        InitiativeDraft draft = form.toDraft(errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidEntryException(errors);
            }
            editing.update(id, form.expectedVersion(), draft, editor());
            redirect.addFlashAttribute("notice", "inventory.saved.changed");
            return "redirect:/initiatives/" + id;
        } catch (InvalidEntryException e) {
            errors.addAll(e.errors().stream().filter(x -> !errors.contains(x)).toList());
            return form(form, id, messages.byField(errors, locale), model);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            Initiative current = initiatives.find(id).orElseThrow(() -> new RecordNotFoundException("initiative", id));
            model.addAttribute("currentVersion", cards.of(current, locale));
            // keep the editor's text, but let the next save go against the version they have now seen
            InitiativeForm kept = new InitiativeForm(form.externalId(), form.name(), form.summary(), form.activityType(),
                    form.themes(), form.cities(), form.countries(), form.networkWide(), form.networks(), form.implementers(),
                    form.partners(), form.donors(), form.start(), form.end(), form.status(), form.links(),
                    form.gcmObjectives(), form.gcrObjectives(), form.sdgTargets(), form.lampedusaPrinciples(), form.routes(),
                    form.language(), form.nameEn(), form.summaryEn(), form.nameFr(), form.summaryFr(), form.nameAr(), form.summaryAr(), form.nameEs(), form.summaryEs(),
                    form.source(), current.version());
            return form(kept, id, Map.of(), model);
        }
    }

    @PostMapping("/initiatives/{id:\\d+}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        editing.publish(id, editor());
        redirect.addFlashAttribute("notice", "inventory.saved.published");
        return "redirect:/initiatives/" + id;
    }

    @GetMapping("/initiatives/proposed")
    String proposed(Locale locale, Model model) {
        Editor editor = editor();
        List<Initiative> mine = initiatives.proposed().stream()
                .filter(i -> permissions.mayPublish(editor, i) || permissions.mayEdit(editor, i)).toList();
        model.addAttribute("cards", cards.of(mine, locale));
        return "inventory/proposed";
    }

    private String form(InitiativeForm form, Long id, Map<String, List<String>> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("initiativeId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("vocabularies", vocabularies);
        model.addAttribute("networkOptions", organisations.networks());
        return "inventory/form";
    }

    private InitiativeForm formOf(Initiative i) {
        Map<Long, Place> placesById = places.findAll(i.placeIds());
        List<String> placeRefs = i.placeIds().stream().map(placesById::get).filter(p -> p != null)
                .map(p -> p.geonamesId() != null ? p.name() + ", " + p.countryCode() : p.externalId()).toList();
        List<Long> orgIds = new ArrayList<>(i.networkIds());
        orgIds.addAll(i.implementerIds());
        orgIds.addAll(i.partnerIds());
        orgIds.addAll(i.donorIds());
        Map<Long, Organisation> orgs = organisations.findAll(orgIds);
        return InitiativeForm.of(i, placeRefs, refs(i.networkIds(), orgs), String.join("; ", refs(i.implementerIds(), orgs)),
                String.join("; ", refs(i.partnerIds(), orgs)), String.join("; ", refs(i.donorIds(), orgs)));
    }

    private static List<String> refs(List<Long> ids, Map<Long, Organisation> orgs) {
        return ids.stream().map(orgs::get).filter(o -> o != null).map(Organisation::externalId).toList();
    }


    /** Published initiatives are public; proposals only for those who may edit or publish them. */
    private Initiative visible(long id) {
        Initiative initiative = initiatives.find(id).orElseThrow(() -> new RecordNotFoundException("initiative", id));
        if (!initiative.isPublished() && currentEditor.get()
                .map(e -> permissions.mayEdit(e, initiative) || permissions.mayPublish(e, initiative)).orElse(false) == false) {
            throw new RecordNotFoundException("initiative", id);
        }
        return initiative;
    }

    private Editor editor() {
        return currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
    }
}
