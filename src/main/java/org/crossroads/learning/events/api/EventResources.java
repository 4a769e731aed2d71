package org.crossroads.learning.events.api;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.learning.events.LearningEvent;
import org.springframework.stereotype.Component;

/** Turns events into API resources, naming their host cities and organisers in one query each. */
@Component
class EventResources {

    private final Places places;
    private final Organisations organisations;

    EventResources(Places places, Organisations organisations) {
        this.places = places;
        this.organisations = organisations;
    }

    List<EventResource> of(Collection<LearningEvent> events) {
        Set<Long> placeIds = new HashSet<>();
        Set<Long> organisationIds = new HashSet<>();
        events.forEach(e -> {
            if (e.hostPlaceId() != null) {
                placeIds.add(e.hostPlaceId());
            }
            organisationIds.addAll(e.organiserIds());
        });
        Map<Long, Place> hosts = places.findAll(placeIds);
        Map<Long, Organisation> organisers = organisations.findAll(organisationIds);
        return events.stream().map(e -> {
            Place host = e.hostPlaceId() == null ? null : hosts.get(e.hostPlaceId());
            return new EventResource(e.id(), e.externalId(), e.theme(),
                    host == null ? null : new EventResource.Reference(host.id(), host.name(), host.countryCode()),
                    e.startsOn(), e.endsOn(), e.datePrecision(), e.format(), e.languages(), e.methods(),
                    e.organiserIds().stream().map(organisers::get).filter(o -> o != null)
                            .map(o -> new EventResource.Reference(o.id(), o.shortName(), o.countryCode())).toList(),
                    e.objectives(), e.agenda(), e.backgroundDocuments(), e.learningReport(), e.source(),
                    "/events/" + e.id(), e.language(), e.translations());
        }).toList();
    }
}
