package org.crossroads.network.exchanges;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Membership;
import org.crossroads.directory.Memberships;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.PartnershipDraft;
import org.crossroads.directory.PartnershipEditing;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.learning.events.EventDraft;
import org.crossroads.learning.events.EventEditing;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.LearningVocabularies;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * Makes what an accepted exchange becomes, in the module that owns it: a planned peer-learning event or a study
 * visit in learning, a partnership in the directory. The exchange's two sides agreed to it and
 * {@link ExchangeAccess} checked who arranges it, so the records are written through those modules' recording
 * methods ({@code EventEditing.upsert}, {@code PartnershipEditing.upsert}) under the arranging editor's name,
 * with their validation and audit: learning's own {@code create} is for network coordinators running their
 * network's events, and a focal point arranging a visit to its city is not one. An event is organised by a
 * network one of the two cities is a member of (its coordinators then run it) and carries the exchange's
 * reference as its external id, so it is made at most once.
 */
@Component
class Arrangements {

    static final int LONGEST_TITLE = 300;

    /** What was made: an event's id or a partnership's id. */
    record Made(Long eventId, Long partnershipId) {}

    private final EventEditing events;
    private final LearningEvents learningEvents;
    private final PartnershipEditing partnerships;
    private final Places places;
    private final Memberships memberships;
    private final Organisations organisations;
    private final Vocabularies vocabularies;
    private final Clock clock;

    Arrangements(EventEditing events, LearningEvents learningEvents, PartnershipEditing partnerships, Places places,
            Memberships memberships, Organisations organisations, Vocabularies vocabularies,
            org.springframework.beans.factory.ObjectProvider<Clock> clock) {
        this.events = events;
        this.learningEvents = learningEvents;
        this.partnerships = partnerships;
        this.places = places;
        this.memberships = memberships;
        this.organisations = organisations;
        this.vocabularies = vocabularies;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** The networks that may organise an event of this exchange: those either city is a member of. */
    List<Organisation> organisers(Exchange exchange) {
        Set<Long> ids = new LinkedHashSet<>();
        for (long place : List.of(exchange.peerPlaceId(), exchange.requesterPlaceId())) {
            memberships.ofPlace(place).stream().map(Membership::organisationId).forEach(ids::add);
        }
        return organisations.findAll(ids).values().stream().filter(o -> "published".equals(o.publication()))
                .sorted(java.util.Comparator.comparing(Organisation::name)).toList();
    }

    Made make(Exchange exchange, Arrangement a, Editor editor) {
        String kind = a.kind();
        if (kind == null || !Exchange.ACTIVITIES.contains(kind)) {
            throw InvalidEntryException.of("kind", "exchanges.error.activity", String.valueOf(kind));
        }
        Place requester = places.find(exchange.requesterPlaceId()).orElseThrow();
        Place peer = places.find(exchange.peerPlaceId()).orElseThrow();
        String source = "Exchange between " + requester.name() + " (" + requester.countryCode() + ") and " + peer.name()
                + " (" + peer.countryCode() + "), requested on Crossroads on " + exchange.requestedAt().toLocalDate();
        if (Exchange.PARTNERSHIP.equals(kind)) {
            return partnership(exchange, a, requester, peer, source, editor);
        }
        return event(exchange, a, requester, peer, source, editor);
    }

    private Made partnership(Exchange exchange, Arrangement a, Place requester, Place peer, String source, Editor editor) {
        if (a.partnershipKind() == null || !vocabularies.contains(Vocabularies.PARTNERSHIP_KIND, a.partnershipKind())) {
            throw InvalidEntryException.of("partnership_kind", "exchanges.error.partnershipKind");
        }
        List<String> topics = exchange.theme() == null ? List.of() : List.of(exchange.theme());
        var saved = partnerships.upsert(new PartnershipDraft(reference(requester), reference(peer), a.partnershipKind(),
                topics, LocalDate.now(clock), null, source), editor.username());
        return new Made(null, saved.id());
    }

    private Made event(Exchange exchange, Arrangement a, Place requester, Place peer, String source, Editor editor) {
        boolean visit = Exchange.STUDY_VISIT.equals(a.kind());
        List<FieldError> errors = new ArrayList<>();
        String title = ExchangeWorkflow.text(errors, "title", a.title(), true, LONGEST_TITLE);
        LocalDate today = LocalDate.now(clock);
        if (a.startsOn() == null) {
            errors.add(FieldError.of("start", "exchanges.error.required"));
        } else if (!a.startsOn().isAfter(today)) {
            errors.add(FieldError.of("start", "exchanges.error.notInFuture"));
        } else if (a.endsOn() != null && a.endsOn().isBefore(a.startsOn())) {
            errors.add(FieldError.of("end", "exchanges.error.endBeforeStart"));
        }
        String format = visit ? "in_person" : a.format();
        if (format == null || !vocabularies.contains(LearningVocabularies.EVENT_FORMAT, format)) {
            errors.add(FieldError.of("format", "exchanges.error.format"));
        }
        long host = visit || a.hostPlaceId() == null ? peer.id() : a.hostPlaceId();
        if (!exchange.involves(host)) {
            errors.add(FieldError.of("host", "exchanges.error.host"));
        }
        List<Organisation> allowed = organisers(exchange);
        Organisation organiser = allowed.stream().filter(o -> a.organiserId() != null && o.id() == a.organiserId())
                .findFirst().orElse(null);
        if (organiser == null) {
            errors.add(FieldError.of("organiser", allowed.isEmpty() ? "exchanges.error.noNetwork" : "exchanges.error.organiser"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        Place hostPlace = host == peer.id() ? peer : requester;
        Place guest = host == peer.id() ? requester : peer;
        String externalId = "exchange:" + exchange.id();
        List<String> methods = visit ? List.of("field_visit") : List.of("peer_review");
        List<org.crossroads.learning.events.LearningObjective> objectives = List.of(new org.crossroads.learning.events.LearningObjective(
                "Delegation of " + guest.name() + " (" + guest.countryCode() + ")", title));
        events.upsert(new EventDraft(externalId, title, reference(hostPlace), a.startsOn(),
                a.endsOn() == null ? a.startsOn() : a.endsOn(), "day", format,
                List.of(organiser.externalId() == null ? organiser.name() : organiser.externalId()), a.languages(), methods,
                objectives, null, List.of(), null, source), editor.username());
        return new Made(learningEvents.findByExternalId(externalId).orElseThrow().id(), null);
    }

    private static String reference(Place place) {
        String reference = place.reference();
        return reference != null ? reference : place.name() + ", " + place.countryCode();
    }
}
