package org.crossroads.network.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.crossroads.directory.Place;
import org.crossroads.network.CityMetrics;
import org.crossroads.network.GapCountry;
import org.crossroads.network.GraphView;
import org.crossroads.network.Hub;
import org.crossroads.network.NearestPeer;
import org.crossroads.network.Node;
import org.crossroads.network.Reason;
import org.crossroads.network.RoutePosition;
import org.crossroads.network.Tie;
import org.crossroads.network.TieKind;
import org.crossroads.network.UnderConnectedCity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Computes one {@link GraphView} (every tie, or one year's) from the graph's input. */
final class ViewComputation {

    private static final Logger log = LoggerFactory.getLogger(ViewComputation.class);

    static final int TOP = 10;
    private static final List<String> SIZE_ORDER = List.of("intermediary", "unknown", "metropolitan", "small");

    private ViewComputation() {
    }

    static GraphView compute(GraphInput input, Integer year) {
        return compute(input, year, new Interner());
    }

    /** One view; equal values (reasons, counts by kind, nearest peers) shared with the other views through {@code shared}. */
    static GraphView compute(GraphInput input, Integer year, Interner shared) {
        Steps steps = new Steps();
        List<Tie> ties = year == null ? input.ties() : input.ties().stream().filter(t -> t.activeIn(year)).toList();
        CityGraph graph = new CityGraph(input.places().values(), ties);
        steps.done("graph");
        Map<Long, Set<Long>> initiatives = new HashMap<>();
        Map<Long, Set<Long>> events = new HashMap<>();
        for (GraphInput.Participation p : input.participations()) {
            if (year == null || p.activeIn(year)) {
                (p.record().equals("initiative") ? initiatives : events).computeIfAbsent(p.placeId(), k -> new HashSet<>()).add(p.recordId());
            }
        }
        Map<Long, Integer> inspired = new HashMap<>();
        ties.stream().filter(t -> t.kind() == TieKind.INSPIRATION).forEach(t -> inspired.merge(CityGraph.placeId(t.to()), 1, Integer::sum));

        Map<Long, Double> betweenness = graph.betweenness(year == null ? CityGraph.SOURCES : CityGraph.YEAR_SOURCES);
        steps.done("betweenness");
        Map<Long, Double> pageRank = graph.pageRank();
        steps.done("pageRank");
        Map<Long, Double> clustering = graph.clustering();
        steps.done("clustering");
        Map<Long, Integer> coreness = graph.coreness();
        steps.done("coreness");

        Map<Long, Integer> networks = new HashMap<>();
        for (Place p : input.places().values()) {
            int n = (int) graph.counterparts.getOrDefault(p.id(), Map.of()).getOrDefault(TieKind.MEMBERSHIP, Set.of()).stream()
                    .filter(key -> input.nodes().get(key) != null && input.nodes().get(key).kind() == Node.Kind.NETWORK).count();
            networks.put(p.id(), n);
        }
        NearestIndex networked = new NearestIndex(input.places().values().stream().filter(p -> networks.get(p.id()) > 0).toList());
        Map<Long, NearestPeer> nearest = new HashMap<>();
        input.places().values().forEach(p -> nearest.put(p.id(), shared.of(nearest(graph, p, networked))));
        steps.done("nearest");
        Map<Long, Double> constraint = new HashMap<>();
        input.places().values().forEach(p -> constraint.put(p.id(), graph.constraint(p.id())));
        steps.done("constraint");

        Map<Long, CityMetrics> cities = new LinkedHashMap<>();
        for (Place p : input.places().values()) {
            Map<TieKind, Set<String>> byKind = graph.counterparts.getOrDefault(p.id(), Map.of());
            Map<TieKind, Integer> tiesByKind = new EnumMap<>(TieKind.class);
            byKind.forEach((kind, others) -> tiesByKind.put(kind, others.size()));
            Set<String> partners = new HashSet<>();
            byKind.forEach((kind, others) -> {
                if (kind.isBilateral()) {
                    partners.addAll(others);
                }
            });
            int degree = graph.degree(p.id());
            int networkCount = networks.get(p.id());
            int initiativeCount = initiatives.getOrDefault(p.id(), Set.of()).size();
            int eventCount = events.getOrDefault(p.id(), Set.of()).size();
            cities.put(p.id(), new CityMetrics(p.id(), p.name(), p.countryCode(), p.sizeClass(), p.population(),
                    p.latitude(), p.longitude(), shared.of(Map.copyOf(tiesByKind)), networkCount, initiativeCount, eventCount, partners.size(),
                    inspired.getOrDefault(p.id(), 0), degree, graph.weightedDegree(p.id()), betweenness.getOrDefault(p.id(), 0.0),
                    pageRank.getOrDefault(p.id(), 0.0), clustering.getOrDefault(p.id(), 0.0), coreness.getOrDefault(p.id(), 0),
                    constraint.get(p.id()), nearest.get(p.id()),
                    input.positions().getOrDefault(p.id(), List.of()),
                    Connectedness.of(networkCount, initiativeCount, partners.size(), eventCount)));
        }

        steps.done("cities");
        Set<Long> connected = graph.connected();
        CityGraph.Connectivity whole = graph.connectivity(null);
        List<Hub> hubs = hubs(graph, cities, connected, CityMetrics::pageRank);
        List<Hub> brokers = hubs(graph, cities, connected, CityMetrics::betweenness);
        steps.done("hubs");
        GraphView view = new GraphView(year, cities, underConnected(cities.values(), shared), hubs, brokers, gaps(cities.values()),
                ties.size(), whole.components(), whole.reachablePairs());
        steps.done("lists");
        log.debug("View {} ({} ties, {} cities{}): processor time {}", year == null ? "all" : year, ties.size(), cities.size(),
                graph.isLarge() ? ", large" : "", steps);
        return view;
    }

    /** The processor time of the steps of one view, for the debug log: where the time goes. */
    private static final class Steps {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final StringBuilder line = new StringBuilder();
        private long last = threads.getCurrentThreadCpuTime();

        void done(String step) {
            long now = threads.getCurrentThreadCpuTime();
            line.append(line.isEmpty() ? "" : ", ").append(step).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return line.toString();
        }
    }

    private static NearestPeer nearest(CityGraph graph, Place city, NearestIndex networked) {
        NearestIndex.Found found = networked.nearest(city);
        if (found == null) {
            return null;
        }
        Place best = found.place();
        Integer hops = graph.degree(city.id()) == 0 ? null : graph.hops(city.id(), best.id());
        return new NearestPeer(best.id(), best.name(), best.countryCode(), found.km(), hops);
    }

    private static List<Hub> hubs(CityGraph graph, Map<Long, CityMetrics> cities, Set<Long> connected,
            ToDoubleFunction<CityMetrics> measure) {
        return connected.stream().map(cities::get)
                .filter(c -> measure.applyAsDouble(c) > 0)
                .sorted(Comparator.comparingDouble(measure).reversed().thenComparing(CityMetrics::name))
                .limit(TOP)
                .map(c -> {
                    CityGraph.Connectivity without = graph.connectivity(c.placeId());
                    return new Hub(c, without.components(), without.reachablePairs());
                }).toList();
    }

    /** Per route, the cities whose under-connected score is at least the threshold, in rank order. */
    static List<UnderConnectedCity> underConnected(java.util.Collection<CityMetrics> cities, Interner shared) {
        List<UnderConnectedCity> list = new ArrayList<>();
        for (CityMetrics c : cities) {
            Map<String, List<RoutePosition>> byRoute = new TreeMap<>();
            c.positions().forEach(p -> byRoute.computeIfAbsent(p.route(), k -> new ArrayList<>()).add(p));
            byRoute.forEach((route, positions) -> {
                List<String> roles = positions.stream().map(RoutePosition::role).distinct().toList();
                double score = Connectedness.underConnected(roles, c.connectedness());
                if (score >= Connectedness.THRESHOLD) {
                    List<Reason> reasons = reasons(c, positions).stream().map(shared::of).toList();
                    list.add(new UnderConnectedCity(c, route, shared.of(roles), score, shared.of(reasons)));
                }
            });
        }
        list.sort(Comparator.comparing(UnderConnectedCity::route)
                .thenComparingInt(u -> sizeRank(u.city().sizeClass()))
                .thenComparing(Comparator.comparingDouble(UnderConnectedCity::score).reversed())
                .thenComparing(Comparator.comparingDouble(ViewComputation::nearestKm).reversed())
                .thenComparing(u -> u.city().name())
                .thenComparingLong(u -> u.city().placeId()));
        return list;
    }

    private static int sizeRank(String sizeClass) {
        int rank = SIZE_ORDER.indexOf(sizeClass);
        return rank < 0 ? SIZE_ORDER.size() : rank;
    }

    private static double nearestKm(UnderConnectedCity u) {
        return u.city().nearest() == null ? Double.MAX_VALUE : u.city().nearest().km();
    }

    /** The reasons in words: what the city has and lacks, how far the nearest networked city is, its role. */
    static List<Reason> reasons(CityMetrics c, List<RoutePosition> positions) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of("network.reason.networks", c.networks()));
        reasons.add(Reason.of("network.reason.initiatives", c.initiatives()));
        reasons.add(Reason.of("network.reason.partners", c.partnerCities()));
        reasons.add(Reason.of("network.reason.events", c.events()));
        if (c.degree() == 0) {
            reasons.add(Reason.of("network.reason.isolated"));
        }
        if (c.nearest() == null) {
            reasons.add(Reason.of("network.reason.noNetworkCity"));
        } else {
            reasons.add(Reason.of("network.reason.nearest", Math.round(c.nearest().km()), c.nearest().name()));
        }
        for (RoutePosition p : positions) {
            reasons.add(p.fromCountry()
                    ? Reason.of("network.reason.role." + p.role() + ".country", new Reason.Label("route", p.route()),
                            new Reason.Label("country", c.countryCode()))
                    : Reason.of("network.reason.role." + p.role(), new Reason.Label("route", p.route())));
        }
        return reasons;
    }

    /** Per route and country, how many of its cities are connected; gap countries first. */
    static List<GapCountry> gaps(java.util.Collection<CityMetrics> cities) {
        Map<String, int[]> counts = new TreeMap<>();
        for (CityMetrics c : cities) {
            Set<String> routes = new TreeSet<>();
            c.positions().forEach(p -> routes.add(p.route()));
            for (String route : routes) {
                int[] n = counts.computeIfAbsent(route + "/" + c.countryCode(), k -> new int[4]);
                n[0]++;
                n[1] += c.hasTies() ? 1 : 0;
                n[2] += c.networks() > 0 ? 1 : 0;
                n[3] += c.connectedness() >= Connectedness.THRESHOLD ? 1 : 0;
            }
        }
        List<GapCountry> gaps = new ArrayList<>();
        counts.forEach((key, n) -> {
            String[] parts = key.split("/");
            gaps.add(new GapCountry(parts[0], parts[1], n[0], n[1], n[2], n[3]));
        });
        gaps.sort(Comparator.comparing(GapCountry::route).thenComparingInt(GapCountry::inNetwork)
                .thenComparingInt(GapCountry::withTies).thenComparing(GapCountry::countryCode));
        return gaps;
    }
}
