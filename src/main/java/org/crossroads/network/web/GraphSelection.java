package org.crossroads.network.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.network.CityMetrics;
import org.crossroads.network.GraphView;
import org.crossroads.network.NetworkSnapshot;
import org.crossroads.network.Node;
import org.crossroads.network.Tie;
import org.crossroads.network.TieKind;
import org.crossroads.shared.vocabulary.Vocabularies;

/**
 * One choice of ties, the same for the map, the graph view and every export (JSON, GraphML, GEXF, CSV):
 * tie kinds (none: every kind), a route (ties whose cities all have a role on it; networks and
 * organisations are on every route), a country (ties with at least one city in it, so that its ties abroad
 * show) and a year (ties active that year; null: every recorded tie). Unknown kinds, routes and countries
 * mean "any", as on the under-connected page; a year is checked against the snapshot by the caller.
 */
public record GraphSelection(Set<TieKind> kinds, String route, String country, Integer year) {

    public GraphSelection {
        kinds = kinds.isEmpty() ? EnumSet.allOf(TieKind.class) : EnumSet.copyOf(kinds);
    }

    public static GraphSelection of(Vocabularies vocabularies, Collection<String> kinds, String route, String country,
            Integer year) {
        Set<TieKind> chosen = EnumSet.noneOf(TieKind.class);
        if (kinds != null) {
            kinds.stream().map(k -> k == null ? "" : k.strip()).map(TieKind::ofCode).flatMap(Optional::stream)
                    .forEach(chosen::add);
        }
        return new GraphSelection(chosen, NetworkFilters.route(vocabularies, route), NetworkFilters.country(country), year);
    }

    /** Every kind chosen (no kind filter). */
    public boolean allKinds() {
        return kinds.size() == TieKind.values().length;
    }

    /** The kind codes for links and forms: empty when every kind is chosen. */
    public List<String> kindCodes() {
        return allKinds() ? List.of() : kinds.stream().map(TieKind::code).toList();
    }

    /** The chosen ties of the snapshot, with the nodes they join (in order of first appearance). */
    public Selected select(NetworkSnapshot snapshot, GraphView view) {
        List<Tie> ties = snapshot.ties().stream().filter(t -> kinds.contains(t.kind()))
                .filter(t -> year == null || t.activeIn(year))
                .filter(t -> route.isEmpty() || (onRoute(view, t.from()) && onRoute(view, t.to())))
                .filter(t -> country.isEmpty() || inCountry(snapshot, t.from()) || inCountry(snapshot, t.to()))
                .toList();
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Tie t : ties) {
            nodes.putIfAbsent(t.from(), snapshot.nodes().get(t.from()));
            nodes.putIfAbsent(t.to(), snapshot.nodes().get(t.to()));
        }
        nodes.values().removeIf(java.util.Objects::isNull);
        return new Selected(view, nodes, ties);
    }

    /** The selected ties and their nodes, read against the view of the selection's year. */
    public record Selected(GraphView view, Map<String, Node> nodes, List<Tie> ties) {

        /** The metrics of a node that is a city, in the view of the selection's year. */
        public Optional<CityMetrics> metrics(Node node) {
            return node.kind() == Node.Kind.PLACE ? view.city(node.recordId()) : Optional.empty();
        }
    }

    private boolean onRoute(GraphView view, String key) {
        if (!key.startsWith("place:")) {
            return true;
        }
        return view.city(placeId(key)).map(c -> !c.rolesOn(route).isEmpty()).orElse(false);
    }

    private boolean inCountry(NetworkSnapshot snapshot, String key) {
        Node node = snapshot.nodes().get(key);
        return node != null && node.kind() == Node.Kind.PLACE && country.equalsIgnoreCase(node.countryCode());
    }

    static long placeId(String key) {
        return Long.parseLong(key.substring("place:".length()));
    }
}
