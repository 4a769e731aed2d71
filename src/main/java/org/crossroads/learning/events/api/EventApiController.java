package org.crossroads.learning.events.api;

import org.crossroads.shared.web.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.crossroads.learning.events.EventQuery;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.shared.web.ListSort;
import org.crossroads.shared.web.Sorting;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Peer-learning events in JSON: public facts, no personal data. */
@RestController
@RequestMapping("/api")
@Tag(name = "Peer learning", description = "Events, participation statistics, surveys, capability assessments and outcomes")
class EventApiController {

    private final LearningEvents events;
    private final EventResources resources;

    EventApiController(LearningEvents events, EventResources resources) {
        this.events = events;
        this.resources = resources;
    }

    record EventPage(List<EventResource> items, long total, int page, int size) {}

    @GetMapping("/events")
    @Operation(summary = "Search peer-learning events",
            description = "Every word of q must appear in the theme or the host city's name (case and accents ignored). By relevance with q, else newest first, unless sort says otherwise.")
    EventPage search(@Parameter(description = "words, in English, French, Arabic or Spanish, that must all match the theme, agenda or learning report (any form of the word, accents ignored), the host city by any of its names, or an organiser by name or acronym") @RequestParam(required = false) String q,
            @Parameter(description = "a city id: events it hosted or sent delegates to") @RequestParam(required = false) Long place,
            @Parameter(description = "an organisation id: events it organised") @RequestParam(required = false) Long organiser,
            @Parameter(description = "a calendar year: events that started that year") @RequestParam(required = false) Integer year,
            @Parameter(description = "the order: relevance (with q only, and then the default), date (newest start first, the "
                    + "default without q), name (A–Z by the theme in the language of Accept-Language or lang where translated) "
                    + "or changed (most recently changed first); ties by id; any other value gives the default")
            @RequestParam(required = false) String sort,
            @Parameter(description = "page number from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "results per page, up to 200") @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        boolean words = q != null && !q.isBlank();
        ListSort order = Sorting.read(sort, words, ListSort.DATE, ListSort.NAME, ListSort.DATE, ListSort.CHANGED).chosen();
        var result = events.search(new EventQuery(q, place, organiser, year, page, size, order, locale.getLanguage()));
        return new EventPage(resources.of(result.items()), result.total(), result.page(), result.size());
    }

    @GetMapping("/events/{id}")
    @Operation(summary = "One event")
    EventResource event(@PathVariable long id) {
        LearningEvent event = events.find(id).orElseThrow(() -> new RecordNotFoundException("event", id));
        return resources.of(List.of(event)).get(0);
    }
}
