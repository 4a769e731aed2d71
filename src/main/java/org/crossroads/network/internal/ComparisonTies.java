package org.crossroads.network.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crossroads.data.DataValues;
import org.crossroads.directory.Membership;
import org.crossroads.network.Node;
import org.crossroads.network.Tie;
import org.crossroads.network.TieKind;

/**
 * The ties of data shared in the same network comparison (docs/network.md, "How the graph is built"): two member
 * cities of a network that both publish a value of the same indicator that anyone sees appear side by side in that
 * network's comparison ({@code DataAnalytics.comparison}). One tie per pair of cities and network, however many
 * indicators they share: its weight is the one of the smallest group they share, 1/(n−1) for the n members that
 * publish that indicator, so sharing more indicators never makes it weigh more than one group tie; its period is the
 * time both were members. Networks of more than {@link CityGraph#CLIQUE_LIMIT} members get none: the graph draws
 * them as a star so as not to hold a clique of their members, and these ties would be that clique.
 */
final class ComparisonTies {

    private ComparisonTies() {
    }

    /**
     * @param nodes the graph's nodes: only networks (not other organisations) and places in the graph count
     */
    static List<Tie> of(List<Membership> memberships, List<DataValues.PublishedIndicator> published, Map<String, Node> nodes) {
        Map<Long, Map<Long, Span>> members = new LinkedHashMap<>();
        for (Membership m : memberships) {
            Node network = nodes.get(Node.organisationKey(m.organisationId()));
            if (network == null || network.kind() != Node.Kind.NETWORK || !nodes.containsKey(Node.placeKey(m.placeId()))) {
                continue;
            }
            members.computeIfAbsent(m.organisationId(), k -> new HashMap<>())
                    .merge(m.placeId(), new Span(m.since(), m.until()), Span::union);
        }
        Map<Long, List<Long>> indicatorsOf = new HashMap<>();
        published.forEach(p -> indicatorsOf.computeIfAbsent(p.placeId(), k -> new ArrayList<>()).add(p.indicatorId()));

        List<Tie> ties = new ArrayList<>();
        members.forEach((network, spans) -> {
            if (spans.size() < 2 || spans.size() > CityGraph.CLIQUE_LIMIT) {
                return;
            }
            Map<Long, TreeSet<Long>> publishers = new HashMap<>();
            spans.keySet().forEach(city -> indicatorsOf.getOrDefault(city, List.of())
                    .forEach(i -> publishers.computeIfAbsent(i, k -> new TreeSet<>()).add(city)));
            // per pair (lower id first), the weight of the smallest group of publishers it is part of
            Map<List<Long>, Double> pairs = new TreeMap<>((x, y) -> x.get(0).equals(y.get(0))
                    ? Long.compare(x.get(1), y.get(1)) : Long.compare(x.get(0), y.get(0)));
            for (TreeSet<Long> group : publishers.values()) {
                if (group.size() < 2) {
                    continue;
                }
                double weight = 1.0 / (group.size() - 1);
                List<Long> cities = List.copyOf(group);
                for (int a = 0; a < cities.size(); a++) {
                    for (int b = a + 1; b < cities.size(); b++) {
                        pairs.merge(List.of(cities.get(a), cities.get(b)), weight, Math::max);
                    }
                }
            }
            String name = nodes.get(Node.organisationKey(network)).name();
            pairs.forEach((pair, weight) -> {
                Span both = spans.get(pair.get(0)).intersection(spans.get(pair.get(1)));
                if (both != null) {
                    ties.add(new Tie(TieKind.DATA_COMPARISON, Node.placeKey(pair.get(0)), Node.placeKey(pair.get(1)), weight,
                            both.since(), both.until(), "organisation", network, name));
                }
            });
        });
        return ties;
    }

    /** A membership's period; null since: from the beginning, null until: still a member. */
    record Span(LocalDate since, LocalDate until) {

        /** From the first membership of the city in the network to its last (a city may be recorded twice). */
        Span union(Span other) {
            LocalDate s = since == null || other.since == null ? null : since.isBefore(other.since) ? since : other.since;
            LocalDate u = until == null || other.until == null ? null : until.isAfter(other.until) ? until : other.until;
            return new Span(s, u);
        }

        /** When both were members, or null if never at the same time. */
        Span intersection(Span other) {
            LocalDate s = since == null ? other.since : other.since == null || since.isAfter(other.since) ? since : other.since;
            LocalDate u = until == null ? other.until : other.until == null || until.isBefore(other.until) ? until : other.until;
            return s != null && u != null && s.isAfter(u) ? null : new Span(s, u);
        }
    }
}
