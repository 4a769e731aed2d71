package org.crossroads.learning.outcomes.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.crossroads.accounts.PublicNames;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.Initiatives;
import org.crossroads.learning.capabilities.CapabilityFramework;
import org.crossroads.learning.capabilities.CapabilityFrameworks;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.crossroads.learning.outcomes.OutcomeStatement.Attribution;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns outcome statements (already as the caller may see them) into API resources, one query per kind of reference. */
@Component
class OutcomeResources {

    private final Places places;
    private final Organisations organisations;
    private final LearningEvents events;
    private final Initiatives initiatives;
    private final CapabilityFrameworks frameworks;
    private final MessageSource messages;
    private final PublicNames publicNames;

    OutcomeResources(Places places, Organisations organisations, LearningEvents events, Initiatives initiatives,
            CapabilityFrameworks frameworks, MessageSource messages, PublicNames publicNames) {
        this.publicNames = publicNames;
        this.places = places;
        this.organisations = organisations;
        this.events = events;
        this.initiatives = initiatives;
        this.frameworks = frameworks;
        this.messages = messages;
    }

    List<OutcomeResource> of(Collection<OutcomeStatement> outcomes, Locale locale) {
        Set<Long> placeIds = new HashSet<>();
        Set<Long> networkIds = new HashSet<>();
        Set<Long> eventIds = new HashSet<>();
        List<Long> initiativeIds = new ArrayList<>();
        for (OutcomeStatement o : outcomes) {
            if (o.placeId() != null) {
                placeIds.add(o.placeId());
            }
            if (o.inspiredByPlaceId() != null) {
                placeIds.add(o.inspiredByPlaceId());
            }
            placeIds.addAll(o.peerPlaceIds());
            if (o.networkId() != null) {
                networkIds.add(o.networkId());
            }
            eventIds.addAll(o.eventIds());
            if (o.inspiredByInitiativeId() != null) {
                initiativeIds.add(o.inspiredByInitiativeId());
            }
        }
        Map<Long, Place> cities = new HashMap<>(places.findAll(placeIds));
        Map<Long, Organisation> networks = new HashMap<>(organisations.findAll(networkIds));
        Map<Long, LearningEvent> linked = new HashMap<>(events.findAll(eventIds));
        Map<Long, Initiative> inspiring = new HashMap<>();
        initiatives.findAll(initiativeIds).forEach(i -> inspiring.put(i.id(), i));
        Map<Long, String> capabilityNames = new HashMap<>();
        for (CapabilityFramework framework : frameworks.all()) {
            framework.capabilities().forEach(c -> capabilityNames.put(c.id(), c.name().in(locale)));
        }
        // people by the name the public sees, never by login username
        UnaryOperator<String> names = publicNames.forReaders(locale);
        return outcomes.stream().map(o -> {
            Attribution a = o.attribution();
            Place inspiringCity = cities.get(o.inspiredByPlaceId());
            Initiative initiative = inspiring.get(o.inspiredByInitiativeId());
            return new OutcomeResource(o.id(), o.status(), o.changeAgent(), o.changeType(), o.description(), o.observedOn(),
                    city(cities.get(o.placeId())), o.significance(), o.contribution(), o.evidence(), o.chathamHouse(),
                    a.hidden(), a.hidden() ? text(a.sourceKey(), locale) : a.source(),
                    a.hidden() ? text(a.personKey(), locale) : names.apply(a.createdBy()),
                    a.hidden() && o.substantiatedAt() != null ? text(a.personKey(), locale) : names.apply(a.substantiatedBy()),
                    o.substantiation(), o.substantiatedAt(), names.apply(o.validatedBy()), o.validatedAt(), o.rejectionReason(),
                    network(networks.get(o.networkId())),
                    o.eventIds().stream().map(linked::get).filter(e -> e != null)
                            .map(e -> new OutcomeResource.Reference(e.id(), e.theme(), "/events/" + e.id())).toList(),
                    o.peerPlaceIds().stream().map(cities::get).filter(p -> p != null).map(OutcomeResources::city).toList(),
                    inspiringCity == null && initiative == null && o.inspiredByPractice() == null ? null
                            : new OutcomeResource.Inspiration(city(inspiringCity),
                                    initiative == null ? null : new OutcomeResource.Reference(initiative.id(),
                                            initiative.name(locale), "/initiatives/" + initiative.id()),
                                    o.inspiredByPractice()),
                    o.capabilities().stream().map(t -> new OutcomeResource.CapabilityTag(t.capability(),
                            capabilityNames.getOrDefault(t.capabilityId(), t.capability()), t.level())).toList(),
                    o.fromFollowUpSurvey(), "/outcomes/" + o.id());
        }).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static OutcomeResource.Reference city(Place place) {
        return place == null ? null
                : new OutcomeResource.Reference(place.id(), place.name() + ", " + place.countryCode(), "/cities/" + place.id());
    }

    private static OutcomeResource.Reference network(Organisation organisation) {
        return organisation == null ? null
                : new OutcomeResource.Reference(organisation.id(), organisation.shortName(), "/organisations/" + organisation.id());
    }
}
