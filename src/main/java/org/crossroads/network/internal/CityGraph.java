package org.crossroads.network.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.directory.Place;
import org.crossroads.network.Node;
import org.crossroads.network.Tie;
import org.crossroads.network.TieKind;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The city graph of one view and its measures, with JGraphT: cities as vertices, one edge per pair of
 * cities with any tie, weighted by the sum of their ties' weights. Two members of the same network are
 * tied through it (weight 1/(n−1) for a network of n members). Ties to organisations stay in the tie list
 * and the exports; the city measures are about cities. Formulas: docs/network.md.
 */
final class CityGraph {

    final Graph<Long, DefaultWeightedEdge> weighted = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    /** The same edges without weights, as a graph of its own: the breadth-first measures run several times faster on it than on a view. */
    final Graph<Long, DefaultEdge> unweighted = new SimpleGraph<>(DefaultEdge.class);
    /** Per city and kind, the distinct counterparts it is tied to. */
    final Map<Long, Map<TieKind, Set<String>>> counterparts = new HashMap<>();

    CityGraph(Collection<Place> places, List<Tie> ties) {
        places.forEach(p -> {
            weighted.addVertex(p.id());
            unweighted.addVertex(p.id());
        });
        Map<String, List<Long>> members = new HashMap<>();
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
                List<Long> list = members.computeIfAbsent(t.to(), k -> new ArrayList<>());
                if (!list.contains(from)) {
                    list.add(from);
                }
            } else if (from != null && to != null && !from.equals(to) && weighted.containsVertex(from) && weighted.containsVertex(to)) {
                add(from, to, t.weight());
            }
        }
        for (List<Long> group : members.values()) {
            double weight = group.size() < 2 ? 0 : 1.0 / (group.size() - 1);
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    add(group.get(a), group.get(b), weight);
                    counterpart(group.get(a), null, Node.placeKey(group.get(b)));
                    counterpart(group.get(b), null, Node.placeKey(group.get(a)));
                }
            }
        }
    }

    static Long placeId(String key) {
        return key.startsWith("place:") ? Long.valueOf(key.substring(6)) : null;
    }

    private void counterpart(long city, TieKind kind, String other) {
        if (kind == null) {
            return; // fellow members are counted through the network, not one by one
        }
        counterparts.computeIfAbsent(city, k -> new EnumMap<>(TieKind.class)).computeIfAbsent(kind, k -> new HashSet<>()).add(other);
    }

    private void add(long a, long b, double weight) {
        DefaultWeightedEdge edge = weighted.getEdge(a, b);
        if (edge == null) {
            edge = weighted.addEdge(a, b);
            weighted.setEdgeWeight(edge, weight);
            unweighted.addEdge(a, b);
        } else {
            weighted.setEdgeWeight(edge, weighted.getEdgeWeight(edge) + weight);
        }
    }

    int degree(long city) {
        return weighted.degreeOf(city);
    }

    double weightedDegree(long city) {
        return weighted.edgesOf(city).stream().mapToDouble(weighted::getEdgeWeight).sum();
    }

    /** Exact betweenness (Brandes) on the unweighted graph; JGraphT counts each unordered pair once in an undirected graph. */
    Map<Long, Double> betweenness() {
        return new BetweennessCentrality<>(unweighted, false).getScores();
    }

    Map<Long, Double> pageRank() {
        return new PageRank<>(weighted, 0.85).getScores();
    }

    Map<Long, Double> clustering() {
        return new ClusteringCoefficient<>(unweighted).getScores();
    }

    Map<Long, Integer> coreness() {
        return new Coreness<>(unweighted).getScores();
    }

    /**
     * Burt's constraint c_i = Σ_j (p_ij + Σ_{q≠i,j} p_iq · p_qj)², over the neighbours j of i, where p_ij is
     * the share of i's tie strength invested in j (w_ij / Σ_k w_ik). Null for a city without ties.
     */
    Double constraint(long i) {
        List<Long> neighbours = Graphs.neighborListOf(weighted, i);
        if (neighbours.isEmpty()) {
            return null;
        }
        double total = 0;
        for (long j : neighbours) {
            double indirect = 0;
            for (long q : neighbours) {
                if (q != j && weighted.getEdge(q, j) != null) {
                    indirect += share(i, q) * share(q, j);
                }
            }
            double c = share(i, j) + indirect;
            total += c * c;
        }
        return total;
    }

    private double share(long from, long to) {
        DefaultWeightedEdge edge = weighted.getEdge(from, to);
        if (edge == null) {
            return 0;
        }
        double strength = strengths.computeIfAbsent(from, this::weightedDegree);
        return strength == 0 ? 0 : weighted.getEdgeWeight(edge) / strength;
    }

    private final Map<Long, Double> strengths = new HashMap<>();

    /** Steps from a city to every city it can reach (breadth-first). */
    Map<Long, Integer> hopsFrom(long from) {
        Map<Long, Integer> distance = new HashMap<>();
        distance.put(from, 0);
        java.util.ArrayDeque<Long> queue = new java.util.ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty()) {
            long v = queue.poll();
            for (long w : Graphs.neighborListOf(unweighted, v)) {
                if (!distance.containsKey(w)) {
                    distance.put(w, distance.get(v) + 1);
                    queue.add(w);
                }
            }
        }
        return distance;
    }

    /** The cities with at least one edge. */
    Set<Long> connected() {
        Set<Long> connected = new HashSet<>();
        for (Long v : weighted.vertexSet()) {
            if (weighted.degreeOf(v) > 0) {
                connected.add(v);
            }
        }
        return connected;
    }

    /** Components and reachable pairs among the given cities, without {@code removed} (null: none removed). */
    Connectivity connectivity(Set<Long> cities, Long removed) {
        Set<Long> kept = new HashSet<>(cities);
        if (removed != null) {
            kept.remove(removed);
        }
        List<Set<Long>> components = new ConnectivityInspector<>(new AsSubgraph<>(unweighted, kept)).connectedSets();
        long pairs = 0;
        for (Set<Long> component : components) {
            long n = component.size();
            pairs += n * (n - 1) / 2;
        }
        return new Connectivity(components.size(), pairs);
    }

    record Connectivity(int components, long reachablePairs) {}
}
