package org.crossroads.network.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.crossroads.directory.Place;
import org.crossroads.network.Node;
import org.crossroads.network.Tie;
import org.crossroads.network.TieKind;
import org.crossroads.shared.geo.GreatCircle;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/**
 * The measures written for large graphs ({@link Adjacency}, {@link NearestIndex}, networks as stars in
 * {@link CityGraph}) against JGraphT's algorithms and plain scans, on seeded random graphs of every
 * density: where they claim to be exact, they must agree with the library on every vertex and pair.
 */
class LargeGraphMeasuresTest {

    @Test
    void betweennessClusteringHopsAndConnectivityAgreeWithJGraphTOnRandomGraphs() {
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            int n = 5 + random.nextInt(60);
            double p = 0.02 + random.nextDouble() * 0.3;
            Graph<Long, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
            for (long v = 1; v <= n; v++) {
                g.addVertex(v);
            }
            for (long a = 1; a <= n; a++) {
                for (long b = a + 1; b <= n; b++) {
                    if (random.nextDouble() < p) {
                        g.addEdge(a, b);
                    }
                }
            }
            Adjacency adjacency = new Adjacency(g, Set.of());
            String at = "seed " + seed + ", " + n + " vertices, " + g.edgeSet().size() + " edges";

            Map<Long, Double> exact = new BetweennessCentrality<>(g, false).getScores();
            double[] all = adjacency.betweenness(Integer.MAX_VALUE, 7);
            Map<Long, Double> clustering = new ClusteringCoefficient<>(g).getScores();
            for (int v = 0; v < n; v++) {
                long id = adjacency.ids[v];
                assertThat(all[v]).as("betweenness of %d, %s", id, at).isCloseTo(exact.get(id), within(1e-9));
                assertThat(adjacency.clustering(v)).as("clustering of %d, %s", id, at).isCloseTo(clustering.get(id), within(1e-12));
            }
            for (int a = 0; a < n; a++) {
                var paths = new BFSShortestPath<>(g).getPaths(adjacency.ids[a]);
                for (int b = 0; b < n; b++) {
                    var path = paths.getPath(adjacency.ids[b]);
                    Integer expected = a == b ? Integer.valueOf(0)
                            : path == null || g.degreeOf(adjacency.ids[a]) == 0 ? null : path.getLength();
                    assertThat(adjacency.hops(a, b)).as("hops %d–%d, %s", adjacency.ids[a], adjacency.ids[b], at).isEqualTo(expected);
                }
            }
            Set<Long> tied = new HashSet<>();
            g.vertexSet().stream().filter(v -> g.degreeOf(v) > 0).forEach(tied::add);
            for (int removed = -1; removed < n; removed++) {
                Set<Long> kept = new HashSet<>(tied);
                if (removed >= 0) {
                    kept.remove(adjacency.ids[removed]);
                }
                List<Set<Long>> components = new ConnectivityInspector<>(new AsSubgraph<>(g, kept)).connectedSets();
                long pairs = components.stream().mapToLong(c -> (long) c.size() * (c.size() - 1) / 2).sum();
                assertThat(adjacency.connectivity(removed)).as("without %d, %s", removed, at)
                        .isEqualTo(new CityGraph.Connectivity(components.size(), pairs));
            }
        }
    }

    @Test
    void constraintIsBurtsFormulaOnRandomWeightedGraphsWithNetworkVertices() {
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            int cities = 5 + random.nextInt(40);
            int networks = (int) (seed % 3);
            Graph<Long, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
            for (long v = 1; v <= cities; v++) {
                g.addVertex(v);
            }
            double p = 0.05 + random.nextDouble() * 0.3;
            for (long a = 1; a <= cities; a++) {
                for (long b = a + 1; b <= cities; b++) {
                    if (random.nextDouble() < p) {
                        g.setEdgeWeight(g.addEdge(a, b), 0.1 + random.nextDouble() * 2);
                    }
                }
            }
            Set<Long> networkVertices = new HashSet<>();
            for (long w = 1; w <= networks; w++) { // a network is tied to its members only, weight 1
                g.addVertex(-w);
                networkVertices.add(-w);
                for (long v = 1; v <= cities; v++) {
                    if (random.nextDouble() < 0.4) {
                        g.setEdgeWeight(g.addEdge(v, -w), 1.0);
                    }
                }
            }
            Adjacency adjacency = new Adjacency(g, networkVertices);
            for (int v = 0; v < adjacency.size(); v++) {
                if (adjacency.network[v]) {
                    continue;
                }
                long i = adjacency.ids[v];
                Double expected = null;
                List<Long> neighbours = org.jgrapht.Graphs.neighborListOf(g, i);
                if (!neighbours.isEmpty()) {
                    double total = 0;
                    for (long j : neighbours) {
                        double indirect = 0;
                        for (long q : neighbours) {
                            if (q != j && g.getEdge(q, j) != null) {
                                indirect += share(g, i, q) * share(g, q, j);
                            }
                        }
                        double c = share(g, i, j) + indirect;
                        total += c * c;
                    }
                    expected = total;
                }
                if (expected == null) {
                    assertThat(adjacency.constraint(v)).isNull();
                } else {
                    assertThat(adjacency.constraint(v)).as("constraint of %d, seed %d", i, seed).isCloseTo(expected, within(1e-12));
                }
            }
        }
    }

    private static double share(Graph<Long, DefaultWeightedEdge> g, long from, long to) {
        double strength = g.edgesOf(from).stream().mapToDouble(g::getEdgeWeight).sum();
        return g.getEdgeWeight(g.getEdge(from, to)) / strength;
    }

    @Test
    void sampledBetweennessIsRepeatableAndNearTheExactValues() {
        Random random = new Random(3);
        Graph<Long, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        int n = 400;
        for (long v = 1; v <= n; v++) {
            g.addVertex(v);
        }
        for (long v = 2; v <= n; v++) {
            g.addEdge(v, 1 + (long) random.nextInt((int) v - 1)); // a random tree: every vertex reachable
        }
        for (int e = 0; e < 400; e++) {
            long a = 1 + random.nextInt(n);
            long b = 1 + random.nextInt(n);
            if (a != b) {
                g.addEdge(a, b);
            }
        }
        Adjacency adjacency = new Adjacency(g, Set.of());
        double[] sampled = adjacency.betweenness(200, 11);
        assertThat(adjacency.betweenness(200, 11)).as("the same seed, the same figures").containsExactly(sampled);
        Map<Long, Double> exact = new BetweennessCentrality<>(g, false).getScores();
        double total = exact.values().stream().mapToDouble(Double::doubleValue).sum();
        double estimated = java.util.Arrays.stream(sampled).sum();
        assertThat(estimated).as("the estimate's total").isCloseTo(total, within(total * 0.1));
        int top = 0;
        for (int v = 1; v < n; v++) {
            if (exact.get(adjacency.ids[v]) > exact.get(adjacency.ids[top])) {
                top = v;
            }
        }
        assertThat(sampled[top]).as("the most central vertex's estimate").isCloseTo(exact.get(adjacency.ids[top]),
                within(exact.get(adjacency.ids[top]) * 0.25));
    }

    @Test
    void aNetworkTooLargeForACliqueKeepsTheCliquesDegreesWeightsAndHops() {
        int members = CityGraph.CLIQUE_LIMIT + 5;
        List<Place> places = new ArrayList<>();
        List<Tie> ties = new ArrayList<>();
        for (int i = 1; i <= members + 2; i++) {
            places.add(place(i, 10 + i * 0.01, 20));
        }
        for (int i = 1; i <= members; i++) {
            ties.add(new Tie(TieKind.MEMBERSHIP, Node.placeKey(i), Node.organisationKey(1), 1, null, null, "membership", i, null));
        }
        // a tail outside the network: member 1 – city members+1 – city members+2
        ties.add(new Tie(TieKind.TWINNING, Node.placeKey(1), Node.placeKey(members + 1), 1, null, null, "partnership", 1, null));
        ties.add(new Tie(TieKind.TWINNING, Node.placeKey(members + 1), Node.placeKey(members + 2), 1, null, null, "partnership", 2, null));
        // and a twinning between two fellow members
        ties.add(new Tie(TieKind.TWINNING, Node.placeKey(2), Node.placeKey(3), 1, null, null, "partnership", 3, null));
        CityGraph graph = new CityGraph(places, ties);

        assertThat(graph.isLarge()).isTrue();
        assertThat(graph.degree(2)).as("every fellow member, one by one").isEqualTo(members - 1);
        assertThat(graph.degree(1)).as("fellow members and the partner").isEqualTo(members);
        assertThat(graph.weightedDegree(4)).as("(n−1) fellow members at 1/(n−1)").isCloseTo(1.0, within(1e-12));
        assertThat(graph.clustering().get(2L)).as("2's neighbours, the network and 3, are tied").isEqualTo(1.0);
        assertThat(graph.clustering().get(1L)).as("1's neighbours, the network and its partner, are not").isZero();
        assertThat(graph.hops(2, 3)).as("fellow members are one step apart").isEqualTo(1);
        assertThat(graph.hops(2, members + 2)).isEqualTo(3);
        assertThat(graph.hops(members + 2, 2)).isEqualTo(3);
        assertThat(graph.connected()).hasSize(members + 2);
        assertThat(graph.connectivity(null)).isEqualTo(new CityGraph.Connectivity(1, (long) (members + 2) * (members + 1) / 2));
        assertThat(graph.connectivity((long) members + 1).components()).as("the partner holds the tail").isEqualTo(2);
        assertThat(graph.pageRank().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(graph.pageRank()).doesNotContainKey(-1L);
        assertThat(graph.betweenness(CityGraph.SOURCES).get((long) members + 1)).as("all of the network's paths to the tail's end")
                .isCloseTo(members, within(1e-9));
    }

    @Test
    void theNearestPlaceIsTheOneAFullScanFinds() {
        Random random = new Random(5);
        List<Place> set = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            // clustered like cities, with some at the same position and some near the poles and the date line
            double lat = i % 50 == 0 ? 89.9 : i % 7 == 0 ? 35.5 : -60 + random.nextDouble() * 130;
            double lon = i % 50 == 0 ? random.nextDouble() * 360 - 180 : i % 7 == 0 ? 10.25 : 179.9 - random.nextDouble() * 40;
            set.add(place(i, lat, lon));
        }
        NearestIndex index = new NearestIndex(set);
        for (int q = 0; q < 800; q++) {
            Place city = q < 600 ? set.get(q) : place(10_000 + q, -90 + random.nextDouble() * 180, -180 + random.nextDouble() * 360);
            Place best = null;
            double bestKm = Double.MAX_VALUE;
            for (Place other : set) {
                if (other.id() == city.id()) {
                    continue;
                }
                double km = GreatCircle.km(city.latitude(), city.longitude(), other.latitude(), other.longitude());
                if (km < bestKm) {
                    bestKm = km;
                    best = other;
                }
            }
            NearestIndex.Found found = index.nearest(city);
            assertThat(found.place().id()).as("nearest to %s", city.id()).isEqualTo(best.id());
            assertThat(found.km()).isEqualTo(bestKm);
        }
        assertThat(new NearestIndex(List.of(set.get(0))).nearest(set.get(0))).as("only itself").isNull();
        assertThat(new NearestIndex(List.of()).nearest(set.get(0))).isNull();
    }

    private static Place place(long id, double lat, double lon) {
        return new Place(id, null, "place:test-" + id, "Place " + id, "AQ", 100_000L, lat, lon, "intermediary", List.of(), List.of(), 0);
    }
}
