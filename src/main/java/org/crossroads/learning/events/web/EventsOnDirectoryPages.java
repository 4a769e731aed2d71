package org.crossroads.learning.events.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossroads.directory.RelatedRecords;
import org.crossroads.learning.events.EventQuery;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A city's and an organisation's peer-learning events (and the city's learning dashboard) on their directory pages. */
@Component
class EventsOnDirectoryPages implements RelatedRecords {

    private final LearningEvents events;
    private final MessageSource messages;

    EventsOnDirectoryPages(LearningEvents events, MessageSource messages) {
        this.events = events;
        this.messages = messages;
    }

    @Override
    public List<Section> forPlace(long placeId, Locale locale) {
        List<LearningEvent> found = events.ofPlace(placeId);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        items.add(new Item(messages.getMessage("learning.related.dashboard", null, locale), "/cities/" + placeId + "/learning", null));
        found.forEach(e -> items.add(new Item(e.theme(locale), "/events/" + e.id(), EventDates.of(e, locale))));
        return List.of(new Section("learning.related.events", items));
    }

    @Override
    public List<Section> forOrganisation(long organisationId, Locale locale) {
        var found = events.search(new EventQuery("", null, organisationId, null, 0, 100)).items();
        if (found.isEmpty()) {
            return List.of();
        }
        return List.of(new Section("learning.related.organised", found.stream()
                .map(e -> new Item(e.theme(locale), "/events/" + e.id(), EventDates.of(e, locale))).toList()));
    }
}
