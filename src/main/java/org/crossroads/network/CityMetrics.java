package org.crossroads.network;

import java.util.List;
import java.util.Map;

/**
 * What the cooperation graph says about one city (formulas in docs/network.md). Graph measures are
 * computed on the city graph: cities as vertices, one edge per pair of cities with any tie, weighted by
 * the sum of their ties' weights.
 *
 * @param tiesByKind per kind, the distinct counterparts the city is tied to: networks for memberships, cities
 *     for the other kinds (plus organisations that implement or partner an initiative in the city)
 * @param networks networks the city is a member of
 * @param initiatives published initiatives that name the city
 * @param events peer-learning events the city hosted or sent delegates to
 * @param partnerCities distinct cities tied directly (twinning, project partnership, inspiration, peer rating)
 * @param degree distinct cities tied by any kind, fellow members of a large network one by one
 * @param betweenness on the unweighted city graph, each unordered pair of cities counted once: exact
 *     (Brandes) up to 4,000 cities with ties and no large network; beyond, estimated from 500 source cities
 *     (100 in a year view) drawn with a fixed seed (Brandes–Pich), exact again when no more cities have ties
 *     than that
 * @param pageRank on the weighted city graph, damping 0.85, summing to 1 over all cities (a large network's
 *     own share is left out and the cities' scaled back to 1)
 * @param clustering local clustering coefficient (0 below two neighbours); a large network counts as one neighbour
 * @param coreness k-core number (a large network counts as one neighbour)
 * @param constraint Burt's constraint, or null for a city without ties
 * @param inspired validated outcomes in other cities that credit this city as their inspiration
 * @param nearest the nearest other city in a network (exact distance; hops exact, fellow members of any
 *     network one step apart), or null when there is none
 * @param connectedness the score of docs/network.md, 0 (no tie) to 1
 */
public record CityMetrics(long placeId, String name, String countryCode, String sizeClass, Long population,
        double latitude, double longitude, Map<TieKind, Integer> tiesByKind, int networks, int initiatives,
        int events, int partnerCities, int inspired, int degree, double weightedDegree, double betweenness,
        double pageRank, double clustering, int coreness, Double constraint, NearestPeer nearest,
        List<RoutePosition> positions, double connectedness) {

    public CityMetrics {
        tiesByKind = Map.copyOf(tiesByKind);
        positions = List.copyOf(positions);
    }

    public boolean isIntermediary() {
        return "intermediary".equals(sizeClass);
    }

    public boolean hasTies() {
        return degree > 0 || networks > 0 || initiatives > 0 || events > 0;
    }

    public List<String> rolesOn(String route) {
        return positions.stream().filter(p -> p.route().equals(route)).map(RoutePosition::role).distinct().toList();
    }
}
