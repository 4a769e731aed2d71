package org.crossroads.network.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.directory.Place;
import org.crossroads.network.Tie;
import org.crossroads.network.TieKind;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The city graph of one view and its measures: cities as vertices, one edge per pair of cities with any
 * tie, weighted by the sum of their ties' weights. Two members of the same network are tied through it
 * (weight 1/(n−1) for a network of n members), as a clique while the network has at most
 * {@link #CLIQUE_LIMIT} members; a larger network is a vertex of its own tied to each member with weight 1
 * (a star: the same weighted degree, and n edges instead of n(n−1)/2, which for 100,000 memberships in
 * 40 networks would be some hundred million). Ties to organisations stay in the tie list and the exports;
 * the city measures are about cities. JGraphT computes the measures while the graph is small
 * ({@link #isLarge()} false); beyond, the path measures run on {@link Adjacency}. Formulas and which measure
 * is exact when: docs/network.md.
 */
final class CityGraph {

    /** Networks with more members than this are a vertex of their own rather than a clique of their members. */
    static final int CLIQUE_LIMIT = 100;
    /** Up to this many vertices with ties, betweenness is exact (JGraphT); beyond, estimated from a sample of sources. */
    static final int EXACT_LIMIT = 4000;
    /**
     * Sources of the betweenness estimate on a large graph, drawn with {@link #SEED} so that runs agree: more
     * for the view of every tie (the one the pages show by default) than for each of the year views.
     */
    static final int SOURCES = 500;
    static final int YEAR_SOURCES = 100;
    static final long SEED = 20_261_207L;

    final Graph<Long, DefaultWeightedEdge> weighted = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    /** Per city and kind, the distinct counterparts it is tied to. */
    final Map<Long, Map<TieKind, Set<String>>> counterparts = new HashMap<>();
    /** The vertices that stand for a large network (negative ids, apart from the places'). */
    private final Set<Long> networks = new HashSet<>();
    private final Adjacency adjacency;
    private final boolean large;
    /** The same edges without weights, as a graph of its own for JGraphT's breadth-first measures (small graphs only). */
    private Graph<Long, DefaultEdge> unweighted;

    CityGraph(Collection<Place> places, List<Tie> ties) {
        places.forEach(p -> weighted.addVertex(p.id()));
        Map<String, Set<Long>> members = new HashMap<>();
        for (Tie t : ties) {
            Long from = placeId(t.from());
            Long to = placeId(t.to());
            if (from != null && weighted.containsVertex(from)) {
                counterpart(from, t.kind(), t.to());
            }
            if (to != null && weighted.containsVertex(to)) {
                counterpart(to, t.kind(), t.from());
            }
            if (t.kind() == TieKind.MEMBERSHIP && from != null && weighted.containsVertex(from)) {
                members.computeIfAbsent(t.to(), k -> new LinkedHashSet<>()).add(from);
            } else if (from != null && to != null && !from.equals(to) && weighted.containsVertex(from) && weighted.containsVertex(to)) {
                add(from, to, t.weight());
            }
        }
        long nextNetwork = -1;
        for (Set<Long> set : members.values()) {
            List<Long> group = new ArrayList<>(set);
            if (group.size() > CLIQUE_LIMIT) {
                long vertex = nextNetwork--;
                networks.add(vertex);
                weighted.addVertex(vertex);
                group.forEach(city -> add(city, vertex, 1.0));
                continue;
            }
            double weight = group.size() < 2 ? 0 : 1.0 / (group.size() - 1);
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    add(group.get(a), group.get(b), weight);
                }
            }
        }
        adjacency = new Adjacency(weighted, networks);
        large = !networks.isEmpty() || connected().size() > EXACT_LIMIT;
    }

    static Long placeId(String key) {
        return key.startsWith("place:") ? Long.valueOf(key.substring(6)) : null;
    }

    /** Whether the graph is past what JGraphT's exact algorithms compute in time (see the class comment). */
    boolean isLarge() {
        return large;
    }

    private void counterpart(long city, TieKind kind, String other) {
        counterparts.computeIfAbsent(city, k -> new EnumMap<>(TieKind.class)).computeIfAbsent(kind, k -> new HashSet<>()).add(other);
    }

    private void add(long a, long b, double weight) {
        DefaultWeightedEdge edge = weighted.getEdge(a, b);
        if (edge == null) {
            edge = weighted.addEdge(a, b);
            weighted.setEdgeWeight(edge, weight);
        } else {
            weighted.setEdgeWeight(edge, weighted.getEdgeWeight(edge) + weight);
        }
    }

    private Graph<Long, DefaultEdge> unweighted() {
        if (unweighted == null) {
            unweighted = new SimpleGraph<>(DefaultEdge.class);
            weighted.vertexSet().forEach(unweighted::addVertex);
            weighted.edgeSet().forEach(e -> unweighted.addEdge(weighted.getEdgeSource(e), weighted.getEdgeTarget(e)));
        }
        return unweighted;
    }

    /** Distinct cities tied to the city, directly or through a network. */
    int degree(long city) {
        return networks.isEmpty() ? weighted.degreeOf(city) : adjacency.cityDegree(adjacency.indexOf(city));
    }

    double weightedDegree(long city) {
        return weighted.edgesOf(city).stream().mapToDouble(weighted::getEdgeWeight).sum();
    }

    /**
     * Betweenness on the unweighted graph, each unordered pair counted once: exact (Brandes, JGraphT) on a
     * small graph; on a large one estimated from that many sources (exact when there are no more vertices
     * with ties than that).
     */
    Map<Long, Double> betweenness(int sources) {
        if (!large) {
            return new BetweennessCentrality<>(unweighted(), false).getScores();
        }
        double[] scores = adjacency.betweenness(sources, SEED);
        Map<Long, Double> byCity = new HashMap<>();
        for (int v = 0; v < scores.length; v++) {
            if (!adjacency.network[v]) {
                byCity.put(adjacency.ids[v], scores[v]);
            }
        }
        return byCity;
    }

    /** PageRank on the weighted graph; with network vertices, the cities' share is scaled back to sum to 1. */
    Map<Long, Double> pageRank() {
        Map<Long, Double> scores = new HashMap<>(new PageRank<>(weighted, 0.85).getScores());
        if (!networks.isEmpty()) {
            networks.forEach(scores::remove);
            double sum = scores.values().stream().mapToDouble(Double::doubleValue).sum();
            scores.replaceAll((v, s) -> s / sum);
        }
        return scores;
    }

    /** Local clustering of each city (JGraphT on a small graph; the same definition on {@link Adjacency} beyond). */
    Map<Long, Double> clustering() {
        if (!large) {
            return new ClusteringCoefficient<>(unweighted()).getScores();
        }
        Map<Long, Double> scores = new HashMap<>();
        for (int v = 0; v < adjacency.size(); v++) {
            if (!adjacency.network[v]) {
                scores.put(adjacency.ids[v], adjacency.clustering(v));
            }
        }
        return scores;
    }

    /** The k-core number (JGraphT; it counts neighbours, so the weighted graph serves). */
    Map<Long, Integer> coreness() {
        return new Coreness<>(weighted).getScores();
    }
    /**
     * Burt's constraint c_i = Σ_j (p_ij + Σ_{q≠i,j} p_iq · p_qj)², over the neighbours j of i, where p_ij is
     * the share of i's tie strength invested in j (w_ij / Σ_k w_ik). Null for a city without ties. On
     * {@link Adjacency}: JGraphT has no constraint, and its hash lookups made this the slowest measure.
     */
    Double constraint(long i) {
        return adjacency.constraint(adjacency.indexOf(i));
    }

    /** Steps from one city to another, fellow members of a network one step apart; null when no path joins them. */
    Integer hops(long from, long to) {
        return adjacency.hops(adjacency.indexOf(from), adjacency.indexOf(to));
    }

    /** The cities with at least one edge. */
    Set<Long> connected() {
        Set<Long> connected = new HashSet<>();
        for (Long v : weighted.vertexSet()) {
            if (!networks.contains(v) && weighted.degreeOf(v) > 0) {
                connected.add(v);
            }
        }
        return connected;
    }

    /** Components and reachable pairs among the cities with ties, without {@code removed} (null: none removed). */
    Connectivity connectivity(Long removed) {
        return adjacency.connectivity(removed == null ? -1 : adjacency.indexOf(removed));
    }

    record Connectivity(int components, long reachablePairs) {}
}
