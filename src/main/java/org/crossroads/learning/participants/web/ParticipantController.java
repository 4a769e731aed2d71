package org.crossroads.learning.participants.web;

import org.crossroads.shared.web.RecordNotFoundException;
import org.crossroads.learning.events.web.EventViews;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.participants.Participant;
import org.crossroads.learning.participants.ParticipantRegistry;
import org.crossroads.learning.participants.PersonalData;
import org.crossroads.learning.participants.Registration;
import org.crossroads.shared.validation.ConcurrentEditException;
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
 * The organisers' pages about people: an event's participants (registration, attendance), a person's
 * record (edit, merge, erase, send their personal link) and possible duplicates. Every page here shows
 * personal data, so every one checks access and is audited by {@link ParticipantRegistry}.
 */
@Controller
class ParticipantController {

    private final ParticipantRegistry registry;
    private final PersonalData personalData;
    private final LearningEvents events;
    private final EventViews eventViews;
    private final CurrentEditor currentEditor;
    private final Places places;
    private final Organisations organisations;
    private final Vocabularies vocabularies;
    private final FieldMessages fieldMessages;

    ParticipantController(ParticipantRegistry registry, PersonalData personalData, LearningEvents events,
            EventViews eventViews, CurrentEditor currentEditor, Places places, Organisations organisations,
            Vocabularies vocabularies, FieldMessages fieldMessages) {
        this.registry = registry;
        this.personalData = personalData;
        this.events = events;
        this.eventViews = eventViews;
        this.currentEditor = currentEditor;
        this.places = places;
        this.organisations = organisations;
        this.vocabularies = vocabularies;
        this.fieldMessages = fieldMessages;
    }

    /** A row of the participants table. */
    record Row(long id, String name, String organisation, String city, String position, Boolean attended) {}

    @GetMapping("/events/{id:\\d+}/participants")
    String list(@PathVariable long id, Locale locale, Model model) {
        return page(id, ParticipantForm.empty(), Map.of(), locale, model);
    }

    @PostMapping("/events/{id:\\d+}/participants")
    String register(@PathVariable long id, @ModelAttribute("form") ParticipantForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            var result = registry.register(id, form.toDraft(), editor());
            redirect.addFlashAttribute("notice", result.alreadyRegistered() ? "learning.participants.alreadyRegistered"
                    : result.recognised() ? "learning.participants.recognised" : "learning.participants.registered");
            return "redirect:/events/" + id + "/participants";
        } catch (InvalidEntryException e) {
            return page(id, form, fieldMessages.byField(e.errors(), locale), locale, model);
        }
    }

    @PostMapping("/events/{id:\\d+}/participants/{participantId:\\d+}/attendance")
    String attendance(@PathVariable long id, @PathVariable long participantId, @RequestParam String attended) {
        Boolean value = switch (attended) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
        registry.recordAttendance(id, participantId, value, editor());
        return "redirect:/events/" + id + "/participants#p" + participantId;
    }

    @GetMapping("/participants/{id:\\d+}")
    String person(@PathVariable long id, Locale locale, Model model) {
        return personPage(id, null, Map.of(), locale, model);
    }

    @PostMapping("/participants/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") ParticipantForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            registry.update(id, form.expectedVersion(), form.toDraft(), editor());
            redirect.addFlashAttribute("notice", "learning.saved");
            return "redirect:/participants/" + id;
        } catch (InvalidEntryException e) {
            return personPage(id, form, fieldMessages.byField(e.errors(), locale), locale, model);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return personPage(id, null, Map.of(), locale, model);
        }
    }

    @PostMapping("/participants/{id:\\d+}/erase")
    String erase(@PathVariable long id, RedirectAttributes redirect) {
        registry.erase(id, editor());
        redirect.addFlashAttribute("notice", "learning.participants.erased");
        return "redirect:/participants/" + id;
    }

    @PostMapping("/participants/{id:\\d+}/personal-link")
    String sendLink(@PathVariable long id, RedirectAttributes redirect) {
        try {
            personalData.sendLink(id, editor());
            redirect.addFlashAttribute("notice", "learning.participants.linkSent");
        } catch (InvalidEntryException e) {
            redirect.addFlashAttribute("notice", e.errors().get(0).messageKey());
        }
        return "redirect:/participants/" + id;
    }

    @GetMapping("/participants/duplicates")
    String duplicates(Model model) {
        Editor editor = editor();
        List<Participant[]> pairs = new ArrayList<>();
        for (long[] pair : registry.possibleDuplicates(editor)) {
            pairs.add(new Participant[] {registry.view(pair[0], editor), registry.view(pair[1], editor)});
        }
        model.addAttribute("pairs", pairs);
        return "learning/duplicates";
    }

    @PostMapping("/participants/merge")
    String merge(@RequestParam long keep, @RequestParam long duplicate, RedirectAttributes redirect) {
        try {
            registry.merge(keep, duplicate, editor());
        } catch (InvalidEntryException e) {
            // the same pair twice (a second click, or two organisers at once), or a record with itself
            redirect.addFlashAttribute("notice", e.errors().get(0).messageKey());
            return "redirect:/participants/duplicates";
        }
        redirect.addFlashAttribute("notice", "learning.participants.merged");
        return "redirect:/participants/" + keep;
    }

    private String page(long eventId, ParticipantForm form, Map<String, List<String>> errors, Locale locale, Model model) {
        Editor editor = editor();
        LearningEvent event = events.find(eventId).orElseThrow(() -> new RecordNotFoundException("event", eventId));
        List<ParticipantRegistry.ParticipantRow> rows = registry.participantsOf(eventId, editor);
        Map<Long, Place> cities = places.findAll(rows.stream().map(r -> r.participant().placeId()).filter(p -> p != null).toList());
        Map<Long, Organisation> orgs = organisations.findAll(
                rows.stream().map(r -> r.participant().organisationId()).filter(o -> o != null).toList());
        model.addAttribute("event", eventViews.of(event, locale));
        model.addAttribute("rows", rows.stream().map(r -> row(r.participant(), r.registration(), cities, orgs, locale)).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("vocabularies", vocabularies);
        return "learning/participants";
    }

    private Row row(Participant p, Registration r, Map<Long, Place> cities, Map<Long, Organisation> orgs, Locale locale) {
        Place city = p.placeId() == null ? null : cities.get(p.placeId());
        Organisation org = p.organisationId() == null ? null : orgs.get(p.organisationId());
        return new Row(p.id(), p.isErased() ? null : p.fullName(), org == null ? "" : org.shortName(),
                city == null ? "" : city.name(),
                p.position() == null ? "" : vocabularies.label("participant_position", p.position(), locale), r.attended());
    }

    private String personPage(long id, ParticipantForm typed, Map<String, List<String>> errors, Locale locale, Model model) {
        Editor editor = editor();
        Participant person = registry.view(id, editor);
        Place city = person.placeId() == null ? null : places.find(person.placeId()).orElse(null);
        Organisation org = person.organisationId() == null ? null : organisations.find(person.organisationId()).orElse(null);
        List<Registration> attended = registry.registrationsOf(id, editor);
        Map<Long, LearningEvent> byId = events.findAll(attended.stream().map(Registration::eventId).toList());
        model.addAttribute("person", person);
        model.addAttribute("history", attended.stream().map(r -> Map.of("event", eventViews.of(byId.get(r.eventId()), locale),
                "attended", String.valueOf(r.attended()))).toList());
        model.addAttribute("form", typed != null ? typed : ParticipantForm.of(person, city, org));
        model.addAttribute("errors", errors);
        model.addAttribute("vocabularies", vocabularies);
        return "learning/participant";
    }

    private Editor editor() {
        return currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
    }
}
