package org.crossroads.network;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cooperation graph's figures for one view: every tie ever recorded ({@code year} null) or the ties
 * active in one calendar year. Immutable.
 *
 * @param components connected components among the cities with at least one tie
 * @param reachablePairs pairs of cities that can reach each other
 */
public record GraphView(Integer year, Map<Long, CityMetrics> cities, List<UnderConnectedCity> underConnected,
        List<Hub> hubs, List<Hub> brokers, List<GapCountry> gaps, int tiesCount, int components, long reachablePairs) {

    public GraphView {
        cities = Map.copyOf(cities);
        underConnected = List.copyOf(underConnected);
        hubs = List.copyOf(hubs);
        brokers = List.copyOf(brokers);
        gaps = List.copyOf(gaps);
    }

    public Optional<CityMetrics> city(long placeId) {
        return Optional.ofNullable(cities.get(placeId));
    }

    /** The under-connected list for a route and a country (blank: any), in rank order. */
    public List<UnderConnectedCity> underConnected(String route, String country) {
        return underConnected.stream()
                .filter(u -> route == null || route.isBlank() || u.route().equals(route))
                .filter(u -> country == null || country.isBlank() || u.city().countryCode().equalsIgnoreCase(country))
                .toList();
    }

    /** Cities in decreasing order of the measure. */
    public List<CityMetrics> ranked(Comparator<CityMetrics> measure) {
        Collection<CityMetrics> all = cities.values();
        return all.stream().sorted(measure.reversed().thenComparing(CityMetrics::placeId)).toList();
    }
}
