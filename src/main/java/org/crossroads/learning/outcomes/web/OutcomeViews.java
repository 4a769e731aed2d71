package org.crossroads.learning.outcomes.web;

import org.crossroads.learning.events.web.EventDates;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
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
import org.crossroads.learning.outcomes.OutcomeStatement.Attribution;
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
import org.crossroads.learning.LearningVocabularies;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/** Builds {@link OutcomeView}s, naming cities, networks, events and initiatives with one query each. */
@Component
class OutcomeViews {

    private final Places places;
    private final Organisations organisations;
    private final LearningEvents events;
    private final Initiatives initiatives;
    private final CapabilityFrameworks frameworks;
    private final Vocabularies vocabularies;
    private final PublicNames publicNames;
    private final org.crossroads.directory.PlaceNames placeNames;

    OutcomeViews(Places places, Organisations organisations, LearningEvents events, Initiatives initiatives,
            CapabilityFrameworks frameworks, Vocabularies vocabularies, PublicNames publicNames,
            org.crossroads.directory.PlaceNames placeNames) {
        this.placeNames = placeNames;
        this.publicNames = publicNames;
        this.places = places;
        this.organisations = organisations;
        this.events = events;
        this.initiatives = initiatives;
        this.frameworks = frameworks;
        this.vocabularies = vocabularies;
    }

    OutcomeView of(OutcomeStatement outcome, Locale locale) {
        return of(List.of(outcome), locale).get(0);
    }

    List<OutcomeView> of(Collection<OutcomeStatement> outcomes, Locale locale) {
        Set<Long> placeIds = new HashSet<>();
        Set<Long> networkIds = new HashSet<>();
        Set<Long> eventIds = new HashSet<>();
        List<Long> initiativeIds = new ArrayList<>();
        for (OutcomeStatement o : outcomes) {
            addIfPresent(placeIds, o.placeId());
            addIfPresent(placeIds, o.inspiredByPlaceId());
            placeIds.addAll(o.peerPlaceIds());
            addIfPresent(networkIds, o.networkId());
            eventIds.addAll(o.eventIds());
            if (o.inspiredByInitiativeId() != null) {
                initiativeIds.add(o.inspiredByInitiativeId());
            }
        }
        Map<Long, Place> cities = new HashMap<>(places.findAll(placeIds));
        Map<Long, String> cityNames = placeNames.in(cities.values(), locale); // Arabic script on Arabic pages
        Map<Long, Organisation> networks = new HashMap<>(organisations.findAll(networkIds));
        Map<Long, LearningEvent> linkedEvents = new HashMap<>(events.findAll(eventIds));
        Map<Long, Initiative> inspiring = new HashMap<>();
        initiatives.findAll(initiativeIds).forEach(i -> inspiring.put(i.id(), i));
        Map<Long, String> capabilityNames = capabilityNames(locale);
        // people by the name the public sees, never by login username
        UnaryOperator<String> names = publicNames.forReaders(locale);
        return outcomes.stream().map(o -> new OutcomeView(o.id(), o.status(),
                vocabularies.label(LearningVocabularies.OUTCOME_STATUS, o.status(), locale), o.changeAgent(),
                o.changeType(), vocabularies.label(LearningVocabularies.CHANGE_TYPE, o.changeType(), locale),
                o.shownDescription(locale), o.observedOn() == null ? null : date(o.observedOn(), locale), city(cities.get(o.placeId()), cityNames),
                o.shownSignificance(locale), o.shownContribution(locale), o.evidence(), o.chathamHouse(), named(o.attribution(), names),
                city(cities.get(o.inspiredByPlaceId()), cityNames), initiative(inspiring.get(o.inspiredByInitiativeId()), locale),
                o.inspiredByPractice(), network(networks.get(o.networkId())), o.fromFollowUpSurvey(),
                o.eventIds().stream().map(linkedEvents::get).filter(e -> e != null)
                        .map(e -> new OutcomeView.Link(e.theme(locale) + " (" + EventDates.of(e, locale) + ")", "/events/" + e.id()))
                        .toList(),
                o.peerPlaceIds().stream().map(cities::get).map(c -> city(c, cityNames)).filter(c -> c != null).toList(),
                o.capabilities().stream().map(t -> capabilityNames.getOrDefault(t.capabilityId(), t.capability()) + " — "
                        + vocabularies.label(LearningVocabularies.CAPABILITY_LEVEL, t.level(), locale)).toList(),
                o.substantiation(), dateTime(o.substantiatedAt(), locale), names.apply(o.validatedBy()), dateTime(o.validatedAt(), locale),
                names.apply(o.rejectedBy()), o.rejectionReason(), o.version())).toList();
    }

    static Attribution named(Attribution a, UnaryOperator<String> names) {
        return a.hidden() ? a : new Attribution(a.source(), names.apply(a.createdBy()), names.apply(a.substantiatedBy()), false);
    }

    /** Capability id → name in the reader's language, for every framework. */
    Map<Long, String> capabilityNames(Locale locale) {
        Map<Long, String> names = new HashMap<>();
        for (CapabilityFramework framework : frameworks.all()) {
            framework.capabilities().forEach(c -> names.put(c.id(), c.name().in(locale)));
        }
        return names;
    }

    static OutcomeView.Link city(Place place, Map<Long, String> names) {
        return place == null ? null : new OutcomeView.Link(names.getOrDefault(place.id(), place.name()) + ", "
                + place.countryCode(), "/cities/" + place.id());
    }

    private static OutcomeView.Link network(Organisation organisation) {
        return organisation == null ? null : new OutcomeView.Link(organisation.shortName(), "/organisations/" + organisation.id());
    }

    private static OutcomeView.Link initiative(Initiative initiative, Locale locale) {
        return initiative == null ? null : new OutcomeView.Link(initiative.name(locale), "/initiatives/" + initiative.id());
    }

    private static String dateTime(OffsetDateTime at, Locale locale) {
        return at == null ? null : date(at.toLocalDate(), locale);
    }

    private static String date(TemporalAccessor date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    private static void addIfPresent(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
