package org.crossroads.network.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.data.DataValues;
import org.crossroads.directory.Membership;
import org.crossroads.directory.Memberships;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Partnership;
import org.crossroads.directory.Partnerships;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.inventory.Initiatives;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.learning.outcomes.OutcomeQuery;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.crossroads.learning.outcomes.PeerRatings;
import org.crossroads.library.practices.PracticeTransfers;
import org.crossroads.network.Node;
import org.crossroads.network.RoutePosition;
import org.crossroads.network.Tie;
import org.crossroads.network.TieKind;
import org.springframework.stereotype.Component;

/**
 * Reads the public records of the other modules, through their public API only, and turns them into the
 * nodes and ties of the cooperation graph (docs/network.md, "How the graph is built"). Counts of persons
 * never enter: an event ties the cities that took part in it, not its delegates; data ties two member cities of a
 * network by the indicators they publish ({@link ComparisonTies}), never by their values.
 */
@Component
public class TieSources {

    /**
     * Gazetteer places without a record join the graph when on a route and of one of these sizes. Small towns
     * are left out (the seeds speak of intermediary and larger cities), and so are gazetteer places of unknown
     * population: GeoNames writes 0 for thousands of neighbourhoods and hamlets. A place of either kind that a
     * record names (or whose roles are recorded) is in the graph all the same, its size shown as it is.
     */
    static final List<String> ROUTE_SIZES = List.of("intermediary", "metropolitan");
    private static final int ALL = Integer.MAX_VALUE;

    private final Places places;
    private final Organisations organisations;
    private final Memberships memberships;
    private final Partnerships partnerships;
    private final Initiatives initiatives;
    private final LearningEvents events;
    private final OutcomeHarvest outcomes;
    private final PeerRatings ratings;
    private final DataValues dataValues;
    private final RouteCountries routeCountries;
    private final PracticeTransfers practiceTransfers;

    TieSources(Places places, Organisations organisations, Memberships memberships, Partnerships partnerships,
            Initiatives initiatives, LearningEvents events, OutcomeHarvest outcomes, PeerRatings ratings,
            DataValues dataValues, RouteCountries routeCountries, PracticeTransfers practiceTransfers) {
        this.practiceTransfers = practiceTransfers;
        this.places = places;
        this.organisations = organisations;
        this.memberships = memberships;
        this.partnerships = partnerships;
        this.initiatives = initiatives;
        this.events = events;
        this.outcomes = outcomes;
        this.ratings = ratings;
        this.dataValues = dataValues;
        this.routeCountries = routeCountries;
    }

    public GraphInput read() {
        List<Tie> ties = new ArrayList<>();
        List<Membership> members = memberships.all();
        List<GraphInput.Participation> participations = new ArrayList<>();
        Set<Long> placeIds = new LinkedHashSet<>();
        Set<Long> organisationIds = new HashSet<>();

        for (Membership m : members) {
            ties.add(new Tie(TieKind.MEMBERSHIP, Node.placeKey(m.placeId()), Node.organisationKey(m.organisationId()), 1,
                    m.since(), m.until(), "membership", m.id(), null));
            placeIds.add(m.placeId());
            organisationIds.add(m.organisationId());
        }
        for (Partnership p : partnerships.all(ALL)) {
            TieKind kind = "twinning".equals(p.kind()) ? TieKind.TWINNING : TieKind.PROJECT_PARTNERSHIP;
            ties.add(new Tie(kind, Node.placeKey(p.placeA()), Node.placeKey(p.placeB()), 1, p.since(), p.until(),
                    "partnership", p.id(), null));
            placeIds.add(p.placeA());
            placeIds.add(p.placeB());
        }
        for (Initiatives.Parties i : initiatives.publishedParties()) {
            List<Long> cities = i.placeIds().stream().distinct().toList();
            cities.forEach(c -> participations.add(new GraphInput.Participation(c, "initiative", i.id(), i.start(), i.end())));
            placeIds.addAll(cities);
            group(ties, TieKind.INITIATIVE, cities, i.start(), i.end(), "initiative", i.id(), i.name());
            Set<Long> implementers = new LinkedHashSet<>(i.implementerIds());
            implementers.addAll(i.partnerIds());
            for (long organisation : implementers) {
                organisationIds.add(organisation);
                for (long city : cities) {
                    ties.add(new Tie(TieKind.INITIATIVE, Node.placeKey(city), Node.organisationKey(organisation),
                            1.0 / cities.size(), i.start(), i.end(), "initiative", i.id(), i.name()));
                }
            }
        }
        Map<Long, LearningEvents.EventCities> byEvent = new HashMap<>();
        for (LearningEvents.EventCities e : events.participatingCities()) {
            byEvent.put(e.eventId(), e);
            LocalDate until = e.endsOn() == null ? e.startsOn() : e.endsOn();
            e.placeIds().forEach(c -> participations.add(new GraphInput.Participation(c, "learning_event", e.eventId(),
                    e.startsOn(), until)));
            placeIds.addAll(e.placeIds());
            group(ties, TieKind.EVENT, e.placeIds(), e.startsOn(), until, "learning_event", e.eventId(), e.theme());
        }
        for (OutcomeStatement o : outcomes.all(OutcomeQuery.validated(), Optional.empty())) {
            if (o.placeId() != null && o.inspiredByPlaceId() != null && !o.placeId().equals(o.inspiredByPlaceId())) {
                ties.add(new Tie(TieKind.INSPIRATION, Node.placeKey(o.placeId()), Node.placeKey(o.inspiredByPlaceId()), 1,
                        o.observedOn(), o.observedOn(), "outcome_statement", o.id(), null));
                placeIds.add(o.placeId());
                placeIds.add(o.inspiredByPlaceId());
            }
        }
        // a published practice transferred to another city inspired it, as a validated outcome does; where an outcome
        // already records that the pair's inspiration, the transfer tells the same story and adds no second tie
        Set<String> inspired = new HashSet<>();
        ties.stream().filter(t -> t.kind() == TieKind.INSPIRATION).forEach(t -> inspired.add(t.from() + ">" + t.to()));
        for (PracticeTransfers.PublishedTransfer p : practiceTransfers.all()) {
            if (!p.fromCity()) {
                continue; // a practice of a region or a country: no city inspired the adapting one
            }
            String from = Node.placeKey(p.toPlaceId());
            String to = Node.placeKey(p.fromPlaceId());
            if (p.toPlaceId() != p.fromPlaceId().longValue() && inspired.add(from + ">" + to)) {
                LocalDate since = p.year() == null ? null : LocalDate.of(p.year(), 1, 1);
                LocalDate until = p.year() == null ? null : LocalDate.of(p.year(), 12, 31);
                ties.add(new Tie(TieKind.INSPIRATION, from, to, 1, since, until, "practice", p.practiceId(), p.practiceTitle()));
                placeIds.add(p.toPlaceId());
                placeIds.add(p.fromPlaceId());
            }
        }
        for (PeerRatings.RatedPair r : ratings.publicPairs()) {
            LearningEvents.EventCities e = byEvent.get(r.eventId());
            LocalDate on = e == null ? null : e.startsOn();
            ties.add(new Tie(TieKind.PEER_RATING, Node.placeKey(r.raterPlaceId()), Node.placeKey(r.ratedPlaceId()), 1,
                    on, on, "peer_rating", r.eventId(), e == null ? null : e.theme()));
            placeIds.add(r.raterPlaceId());
            placeIds.add(r.ratedPlaceId());
        }

        Map<Long, Place> all = new LinkedHashMap<>(places.findAll(placeIds));
        places.known().forEach(p -> all.putIfAbsent(p.id(), p));
        places.inCountries(routeCountries.countries(), ROUTE_SIZES).forEach(p -> all.putIfAbsent(p.id(), p));

        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<Long, List<RoutePosition>> positions = new HashMap<>();
        for (Place p : all.values()) {
            nodes.put(Node.placeKey(p.id()), new Node(Node.placeKey(p.id()), Node.Kind.PLACE, p.id(), p.name(), p.countryCode()));
            positions.put(p.id(), List.copyOf(routeCountries.positions(p.countryCode(), p.routes(), p.roles())));
        }
        Map<Long, Organisation> orgs = organisations.findAll(organisationIds);
        for (Organisation o : orgs.values()) {
            if (!"published".equals(o.publication())) {
                continue;
            }
            nodes.put(Node.organisationKey(o.id()), new Node(Node.organisationKey(o.id()),
                    o.isNetwork() ? Node.Kind.NETWORK : Node.Kind.ORGANISATION, o.id(), o.shortName(), o.countryCode()));
        }
        List<Tie> named = new ArrayList<>(ties.stream().filter(t -> nodes.containsKey(t.from()) && nodes.containsKey(t.to()))
                .map(t -> t.kind() == TieKind.MEMBERSHIP ? withVia(t, nodes.get(t.to()).name()) : t).toList());
        named.addAll(ComparisonTies.of(members, dataValues.publishedIndicators(), nodes));
        return new GraphInput(all, nodes, List.copyOf(named), positions, participations);
    }

    private static Tie withVia(Tie t, String via) {
        return new Tie(t.kind(), t.from(), t.to(), t.weight(), t.since(), t.until(), t.record(), t.recordId(), via);
    }

    /** Every pair of the n cities of one initiative or event, each pair weighing 1/(n−1). */
    private static void group(List<Tie> ties, TieKind kind, List<Long> cities, LocalDate since, LocalDate until,
            String record, long recordId, String via) {
        if (cities.size() < 2) {
            return;
        }
        double weight = 1.0 / (cities.size() - 1);
        for (int a = 0; a < cities.size(); a++) {
            for (int b = a + 1; b < cities.size(); b++) {
                ties.add(new Tie(kind, Node.placeKey(cities.get(a)), Node.placeKey(cities.get(b)), weight, since, until,
                        record, recordId, via));
            }
        }
    }
}
