package org.crossroads.learning.outcomes.web;

import org.crossroads.shared.web.RecordNotFoundException;
import org.crossroads.learning.events.web.EventViews;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.outcomes.PeerRatings;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.web.BadParameterException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A peer city rates the others after an exchange; the averages appear on the event's dashboard. */
@Controller
class PeerRatingController {

    private final PeerRatings ratings;
    private final LearningEvents events;
    private final EventViews eventViews;
    private final Places places;
    private final CurrentEditor currentEditor;
    private final FieldMessages fieldMessages;

    PeerRatingController(PeerRatings ratings, LearningEvents events, EventViews eventViews, Places places,
            CurrentEditor currentEditor, FieldMessages fieldMessages) {
        this.ratings = ratings;
        this.events = events;
        this.eventViews = eventViews;
        this.places = places;
        this.currentEditor = currentEditor;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/events/{id:\\d+}/ratings")
    String form(@PathVariable long id, @RequestParam(required = false) Long city, Locale locale, Model model) {
        return page(id, rater(city), Map.of(), Map.of(), locale, model);
    }

    @PostMapping("/events/{id:\\d+}/ratings")
    String rate(@PathVariable long id, @RequestParam long rater, @RequestParam Map<String, String> form, Locale locale,
            Model model, RedirectAttributes redirect) {
        requireCity("rater", rater);
        List<PeerRatings.Rating> given = new ArrayList<>();
        for (Long peer : ratings.peerCities(id)) {
            if (peer == rater || !form.containsKey("inputs_" + peer)) {
                continue;
            }
            given.add(new PeerRatings.Rating(peer, number(form.get("inputs_" + peer)), number(form.get("relevance_" + peer)),
                    number(form.get("mutuality_" + peer)), form.get("comment_" + peer)));
        }
        try {
            ratings.rate(id, rater, given, editor());
            redirect.addFlashAttribute("notice", "learning.ratings.saved");
            return "redirect:/events/" + id + "/dashboard#ratings";
        } catch (InvalidEntryException e) {
            return page(id, rater, form, fieldMessages.byField(e.errors(), locale), locale, model);
        }
    }

    private String page(long eventId, long rater, Map<String, String> typed, Map<String, List<String>> errors, Locale locale,
            Model model) {
        var event = events.find(eventId).orElseThrow(() -> new RecordNotFoundException("event", eventId));
        List<Long> peers = new ArrayList<>(ratings.peerCities(eventId));
        peers.remove(rater);
        Map<Long, Place> names = places.findAll(peers);
        model.addAttribute("event", eventViews.of(event, locale));
        model.addAttribute("rater", places.find(rater).orElseThrow());
        model.addAttribute("peers", peers.stream().map(names::get).filter(p -> p != null).toList());
        model.addAttribute("given", ratings.givenBy(eventId, rater));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "learning/ratings";
    }

    private long rater(Long city) {
        Editor editor = editor();
        if (editor.placeId() != null) {
            return editor.placeId();
        }
        if (city != null && editor.isAdministrator()) {
            return requireCity("city", city);
        }
        throw new AccessDeniedException("Only a city's focal point rates its peers");
    }

    /** An administrator rating on behalf of a city names it by id: an id that is no city is a bad parameter. */
    private long requireCity(String parameter, long id) {
        if (places.find(id).isEmpty()) {
            throw new BadParameterException(parameter, "No city with id " + id);
        }
        return id;
    }

    private static Integer number(String value) {
        return value == null || !value.strip().matches("\\d{1,2}") ? null : Integer.valueOf(value.strip());
    }

    private Editor editor() {
        return currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
    }
}
