package org.crossroads.learning.events.web;

import org.crossroads.shared.web.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.learning.events.EventDraft;
import org.crossroads.learning.events.EventEditing;
import org.crossroads.learning.events.EventQuery;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.LearningPermissions;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.ListSort;
import org.crossroads.shared.web.Pager;
import org.crossroads.shared.web.Sorting;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of events, an event's page, and the forms to create and change events. */
@Controller
class EventController {

    private final LearningEvents events;
    private final EventEditing editing;
    private final LearningPermissions permissions;
    private final EventViews views;
    private final CurrentEditor currentEditor;
    private final Places places;
    private final Organisations organisations;
    private final Vocabularies vocabularies;
    private final FieldMessages fieldMessages;
    private final org.springframework.beans.factory.ObjectProvider<org.crossroads.directory.RelatedRecords> related;

    EventController(LearningEvents events, EventEditing editing, LearningPermissions permissions, EventViews views,
            CurrentEditor currentEditor, Places places, Organisations organisations, Vocabularies vocabularies,
            FieldMessages fieldMessages, org.springframework.beans.factory.ObjectProvider<org.crossroads.directory.RelatedRecords> related) {
        this.related = related;
        this.events = events;
        this.editing = editing;
        this.permissions = permissions;
        this.views = views;
        this.currentEditor = currentEditor;
        this.places = places;
        this.organisations = organisations;
        this.vocabularies = vocabularies;
        this.fieldMessages = fieldMessages;
    }

    static final int PAGE_SIZE = 50;

    @GetMapping("/events")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Locale locale, Model model) {
        Sorting sorting = sorting(sort, q);
        var result = events.search(new EventQuery(q, null, null, year, page, PAGE_SIZE, sorting.chosen(), locale.getLanguage()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("year", year);
        model.addAttribute("result", result);
        model.addAttribute("sorting", sorting);
        model.addAttribute("pager", Pager.countingFromZero(request, result.page(), result.total(), result.size()));
        model.addAttribute("events", views.of(result.items(), locale));
        model.addAttribute("mayCreate", currentEditor.get().map(permissions::mayCreateEvents).orElse(false));
        return "learning/events";
    }

    /** The orders of the event list: relevance with words, else newest first; by theme; by last change. */
    static Sorting sorting(String sort, String q) {
        return Sorting.read(sort, q != null && !q.isBlank(), ListSort.DATE, ListSort.NAME, ListSort.DATE, ListSort.CHANGED);
    }

    @GetMapping("/events/{id:\\d+}")
    String show(@PathVariable long id, Locale locale, Model model) {
        LearningEvent event = events.find(id).orElseThrow(() -> new RecordNotFoundException("event", id));
        model.addAttribute("event", views.of(event, locale));
        model.addAttribute("demonstration", event.isDemonstration());
        model.addAttribute("mayRun", currentEditor.get().map(e -> permissions.mayRunEvent(e, event)).orElse(false));
        model.addAttribute("mayRate", currentEditor.get().map(e -> e.placeId() != null).orElse(false));
        // other modules' records about the event (the library's learning reports and background documents)
        model.addAttribute("sections", related.orderedStream().flatMap(r -> r.forEvent(id, locale).stream())
                .filter(s -> !s.items().isEmpty()).toList());
        return "learning/event";
    }

    @GetMapping("/events/new")
    String create(Model model) {
        Editor editor = editor();
        if (!permissions.mayCreateEvents(editor)) {
            throw new AccessDeniedException("Only coordinators create events");
        }
        String ownNetwork = editor.organisationId() == null ? null
                : organisations.find(editor.organisationId()).map(o -> o.externalId()).orElse(null);
        return form(EventForm.empty(ownNetwork), null, Map.of(), model);
    }

    @PostMapping("/events/new")
    String create(@ModelAttribute("form") EventForm form, Locale locale, Model model, RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        EventDraft draft = form.toDraft(errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidEntryException(errors);
            }
            long id = editing.create(draft, editor());
            redirect.addFlashAttribute("notice", "learning.saved");
            return "redirect:/events/" + id;
        } catch (InvalidEntryException e) {
            errors.addAll(e.errors().stream().filter(x -> !errors.contains(x)).toList());
            return form(form, null, fieldMessages.byField(errors, locale), model);
        }
    }

    @GetMapping("/events/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        LearningEvent event = runnable(id);
        return form(EventForm.of(event, event.hostPlaceId() == null ? null : places.find(event.hostPlaceId()).orElse(null),
                organisations.findAll(event.organiserIds())), id, Map.of(), model);
    }

    @PostMapping("/events/{id:\\d+}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") EventForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        EventDraft draft = form.toDraft(errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidEntryException(errors);
            }
            editing.update(id, form.expectedVersion(), draft, editor());
            redirect.addFlashAttribute("notice", "learning.saved");
            return "redirect:/events/" + id;
        } catch (InvalidEntryException e) {
            errors.addAll(e.errors().stream().filter(x -> !errors.contains(x)).toList());
            return form(form, id, fieldMessages.byField(errors, locale), model);
        } catch (ConcurrentEditException e) {
            LearningEvent current = events.find(id).orElseThrow(() -> new RecordNotFoundException("event", id));
            model.addAttribute("conflict", true);
            // keep what the coordinator typed; the next save goes against the version they have now seen
            EventForm kept = new EventForm(form.externalId(), form.theme(), form.hostCity(), form.start(), form.end(),
                    form.format(), form.organisers(), form.languages(), form.methods(), form.objectives(), form.agenda(),
                    form.backgroundDocuments(), form.learningReport(), form.source(), current.version(), form.language(),
                    form.translation());
            return form(kept, id, Map.of(), model);
        }
    }

    private String form(EventForm form, Long id, Map<String, List<String>> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("eventId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("vocabularies", vocabularies);
        return "learning/event-form";
    }

    private LearningEvent runnable(long id) {
        LearningEvent event = events.find(id).orElseThrow(() -> new RecordNotFoundException("event", id));
        if (!permissions.mayRunEvent(editor(), event)) {
            throw new AccessDeniedException("Not an organiser of event " + id);
        }
        return event;
    }

    private Editor editor() {
        return currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
    }
}
