package org.crossroads.learning.events.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.LearningVocabularies;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/** Builds {@link EventView}s, naming host cities and organisers with one query each. */
@Component
public class EventViews {

    private final Places places;
    private final Organisations organisations;
    private final Vocabularies vocabularies;

    private final org.crossroads.directory.PlaceNames placeNames;

    EventViews(Places places, Organisations organisations, Vocabularies vocabularies,
            org.crossroads.directory.PlaceNames placeNames) {
        this.placeNames = placeNames;
        this.places = places;
        this.organisations = organisations;
        this.vocabularies = vocabularies;
    }

    public EventView of(LearningEvent event, Locale locale) {
        return of(List.of(event), locale).get(0);
    }

    public List<EventView> of(Collection<LearningEvent> events, Locale locale) {
        Set<Long> placeIds = new HashSet<>();
        Set<Long> organisationIds = new HashSet<>();
        for (LearningEvent e : events) {
            if (e.hostPlaceId() != null) {
                placeIds.add(e.hostPlaceId());
            }
            organisationIds.addAll(e.organiserIds());
        }
        Map<Long, Place> hosts = places.findAll(placeIds);
        Map<Long, String> hostNames = placeNames.in(hosts.values(), locale); // Arabic script on Arabic pages
        Map<Long, Organisation> organisers = organisations.findAll(organisationIds);
        return events.stream().map(e -> {
            Place host = e.hostPlaceId() == null ? null : hosts.get(e.hostPlaceId());
            return new EventView(e.id(), e.shownTheme(locale),
                    host == null ? null : new EventView.Link(hostNames.getOrDefault(host.id(), host.name()) + ", " + host.countryCode(),
                            "/cities/" + host.id()),
                    EventDates.of(e, locale), e.startsOn().getYear(),
                    vocabularies.label(LearningVocabularies.EVENT_FORMAT, e.format(), locale),
                    e.languages().stream().map(l -> Locale.forLanguageTag(l).getDisplayLanguage(locale)).toList(),
                    e.methods().stream().map(m -> vocabularies.label(LearningVocabularies.LEARNING_METHOD, m, locale)).toList(),
                    e.organiserIds().stream().map(organisers::get).filter(o -> o != null)
                            .map(o -> new EventView.Link(o.shortName(), "/organisations/" + o.id())).toList(),
                    e.objectives(), e.shownAgenda(locale), e.backgroundDocuments(), e.shownLearningReport(locale), e.source(), e.version());
        }).toList();
    }
}
