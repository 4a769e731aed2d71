package org.crossroads.network.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * The city graph of one view as arrays (each vertex's neighbours side by side), for the measures JGraphT
 * has no affordable algorithm for at the scale of tens of thousands of cities: breadth-first searches run
 * on it tens of times faster than on JGraphT's hash-based graphs. A vertex is a city or, for a network too
 * large to be drawn as a clique ({@link CityGraph#CLIQUE_LIMIT}), the network itself. Not thread-safe: one
 * per view, used by the thread that computes the view.
 */
final class Adjacency {

    final long[] ids;
    final boolean[] network;
    private final Map<Long, Integer> index = new HashMap<>();
    private final int[] start;
    private final int[] targets;
    private final double[] weights;
    private final double[] strength;
    private final double[] indirect;
    // search state reused from one search to the next (a stamp marks what the current search has seen)
    private final int[] seenA;
    private final int[] seenB;
    private final int[] depthA;
    private final int[] depthB;
    private int[] frontA;
    private int[] frontB;
    private int[] next;
    private int stamp;
    private final Map<Integer, long[]> memberBits = new HashMap<>();

    <E> Adjacency(Graph<Long, E> graph, Set<Long> networks) {
        int n = graph.vertexSet().size();
        ids = new long[n];
        network = new boolean[n];
        int i = 0;
        for (Long v : graph.vertexSet()) {
            ids[i] = v;
            network[i] = networks.contains(v);
            index.put(v, i++);
        }
        start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            start[v + 1] = start[v] + graph.degreeOf(ids[v]);
        }
        targets = new int[start[n]];
        weights = new double[start[n]];
        strength = new double[n];
        for (int v = 0; v < n; v++) {
            int at = start[v];
            for (E e : graph.edgesOf(ids[v])) {
                weights[at] = graph.getEdgeWeight(e);
                strength[v] += weights[at];
                targets[at++] = index.get(Graphs.getOppositeVertex(graph, e, ids[v]));
            }
        }
        indirect = new double[n];
        seenA = new int[n];
        seenB = new int[n];
        depthA = new int[n];
        depthB = new int[n];
        frontA = new int[n];
        frontB = new int[n];
        next = new int[n];
    }

    int size() {
        return ids.length;
    }

    int indexOf(long id) {
        return index.get(id);
    }

    int degree(int v) {
        return start[v + 1] - start[v];
    }

    /**
     * Distinct cities tied to a city: its city neighbours and the fellow members of its large networks. The
     * members of each large network are kept as a bit set, so a city in five networks of thousands costs a
     * few thousand word operations rather than a walk through every fellow member.
     */
    int cityDegree(int v) {
        long[] union = null;
        for (int k = start[v]; k < start[v + 1]; k++) {
            int w = targets[k];
            if (network[w]) {
                if (union == null) {
                    union = new long[(ids.length + 63) >>> 6];
                }
                long[] members = members(w);
                for (int i = 0; i < union.length; i++) {
                    union[i] |= members[i];
                }
            }
        }
        if (union == null) {
            return degree(v); // every neighbour is a city
        }
        for (int k = start[v]; k < start[v + 1]; k++) {
            int w = targets[k];
            if (!network[w]) {
                union[w >>> 6] |= 1L << w;
            }
        }
        union[v >>> 6] &= ~(1L << v);
        int count = 0;
        for (long word : union) {
            count += Long.bitCount(word);
        }
        return count;
    }

    private long[] members(int network) {
        return memberBits.computeIfAbsent(network, w -> {
            long[] bits = new long[(ids.length + 63) >>> 6];
            for (int k = start[w]; k < start[w + 1]; k++) {
                bits[targets[k] >>> 6] |= 1L << targets[k];
            }
            return bits;
        });
    }

    /**
     * Local clustering: the share of pairs of a vertex's neighbours that are tied (0 below two neighbours).
     * Only the city neighbours' lists are walked: a tie between two city neighbours is seen from both ends
     * (half each), a tie between a city neighbour and a network neighbour from the city's end only, and two
     * networks are never tied; so a large network's thousands of members are never walked.
     */
    double clustering(int v) {
        int k = degree(v);
        if (k < 2) {
            return 0;
        }
        int mark = ++stamp;
        for (int a = start[v]; a < start[v + 1]; a++) {
            seenA[targets[a]] = mark;
        }
        long twice = 0;
        for (int a = start[v]; a < start[v + 1]; a++) {
            int u = targets[a];
            if (network[u]) {
                continue;
            }
            for (int b = start[u]; b < start[u + 1]; b++) {
                int w = targets[b];
                if (seenA[w] == mark) {
                    twice += network[w] ? 2 : 1;
                }
            }
        }
        return twice / ((double) k * (k - 1)); // twice the links among the neighbours, over k(k−1)
    }

    /**
     * Burt's constraint c_i = Σ_j (p_ij + Σ_{q≠i,j} p_iq · p_qj)², over the neighbours j of i, where p_ij is
     * the share of i's tie strength invested in j (w_ij / Σ_k w_ik); null for a vertex without ties. Only
     * the city neighbours' lists are walked (as for {@link #clustering}): from a city neighbour x, each
     * neighbour y of x that is also i's adds the path i–x–y to y's indirect share and, when y is a network,
     * the path i–y–x to x's; networks are never tied to each other, so every path of two steps is counted
     * once.
     */
    Double constraint(int i) {
        if (degree(i) == 0) {
            return null;
        }
        int mark = ++stamp;
        for (int k = start[i]; k < start[i + 1]; k++) {
            seenA[targets[k]] = mark;
            depthA[targets[k]] = k; // where j's weight is in i's list
        }
        double si = strength[i];
        for (int k = start[i]; k < start[i + 1]; k++) {
            int x = targets[k];
            if (network[x]) {
                continue;
            }
            double pix = share(si, weights[k]);
            for (int b = start[x]; b < start[x + 1]; b++) {
                int y = targets[b];
                if (y == i || seenA[y] != mark) {
                    continue;
                }
                indirect[y] += pix * share(strength[x], weights[b]);
                if (network[y]) {
                    indirect[x] += share(si, weights[depthA[y]]) * share(strength[y], weights[b]);
                }
            }
        }
        double total = 0;
        for (int k = start[i]; k < start[i + 1]; k++) {
            int j = targets[k];
            double c = share(si, weights[k]) + indirect[j];
            total += c * c;
            indirect[j] = 0;
        }
        return total;
    }

    private static double share(double strength, double weight) {
        return strength == 0 ? 0 : weight / strength;
    }

    /**
     * Betweenness (Brandes, unweighted), each unordered pair counted once like JGraphT's undirected
     * betweenness. With as many sources as vertices with ties it is exact; with fewer, the sources are drawn
     * among those vertices with a fixed seed and the sums scaled up by (vertices with ties / sources), an
     * unbiased estimate (Brandes and Pich 2007, "Centrality estimation in large networks"). Only pairs of
     * cities count: a network vertex is passed through but is neither a source nor a target.
     */
    double[] betweenness(int sources, long seed) {
        int n = ids.length;
        int[] tied = java.util.stream.IntStream.range(0, n).filter(v -> !network[v] && degree(v) > 0).toArray();
        int[] pivots = tied;
        if (sources < tied.length) {
            pivots = tied.clone();
            Random random = new Random(seed);
            for (int i = 0; i < sources; i++) { // partial Fisher–Yates: the first `sources` are a uniform sample
                int j = i + random.nextInt(pivots.length - i);
                int t = pivots[i];
                pivots[i] = pivots[j];
                pivots[j] = t;
            }
            pivots = Arrays.copyOf(pivots, sources);
        }
        double[] score = new double[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        int[] distance = new int[n];
        int[] stack = new int[n];
        Arrays.fill(distance, -1);
        for (int s : pivots) {
            int head = 0;
            int tail = 0;
            stack[tail++] = s; // the BFS queue, kept whole: read backwards it is the order of decreasing distance
            distance[s] = 0;
            sigma[s] = 1;
            while (head < tail) {
                int v = stack[head++];
                for (int k = start[v]; k < start[v + 1]; k++) {
                    int w = targets[k];
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        stack[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            for (int i = tail - 1; i >= 0; i--) {
                int w = stack[i];
                for (int k = start[w]; k < start[w + 1]; k++) {
                    int v = targets[k];
                    if (distance[v] == distance[w] - 1) {
                        delta[v] += sigma[v] / sigma[w] * ((network[w] ? 0 : 1) + delta[w]);
                    }
                }
                if (w != s) {
                    score[w] += delta[w];
                }
            }
            for (int i = 0; i < tail; i++) {
                int w = stack[i];
                distance[w] = -1;
                sigma[w] = 0;
                delta[w] = 0;
            }
        }
        double scale = (double) tied.length / pivots.length / 2;
        for (int v = 0; v < n; v++) {
            score[v] *= scale;
        }
        return score;
    }

    /**
     * Steps between two cities, a large network's fellow members one step apart as in a clique; null when
     * no path joins them. Bidirectional breadth-first search, a level at a time from the smaller side: no
     * meeting before means the path is longer than both levels together, so the first meeting found while
     * adding a level is a shortest path.
     */
    Integer hops(int from, int to) {
        if (from == to) {
            return 0;
        }
        if (degree(from) == 0 || degree(to) == 0) {
            return null;
        }
        int mark = ++stamp;
        int sizeA = 1;
        int sizeB = 1;
        frontA[0] = from;
        frontB[0] = to;
        seenA[from] = mark;
        depthA[from] = 0;
        seenB[to] = mark;
        depthB[to] = 0;
        int levelA = 0;
        int levelB = 0;
        while (sizeA > 0 && sizeB > 0) {
            boolean fromA = sizeA <= sizeB;
            int[] front = fromA ? frontA : frontB;
            int size = fromA ? sizeA : sizeB;
            int[] seen = fromA ? seenA : seenB;
            int[] depth = fromA ? depthA : depthB;
            int[] otherSeen = fromA ? seenB : seenA;
            int[] otherDepth = fromA ? depthB : depthA;
            int level = fromA ? levelA : levelB;
            int added = 0;
            for (int f = 0; f < size; f++) {
                int v = front[f];
                for (int k = start[v]; k < start[v + 1]; k++) {
                    int w = targets[k];
                    if (!network[w]) {
                        if (otherSeen[w] == mark && otherDepth[w] >= 0) {
                            return level + 1 + otherDepth[w];
                        }
                        if (seen[w] != mark) {
                            seen[w] = mark;
                            depth[w] = level + 1;
                            next[added++] = w;
                        }
                    } else if (seen[w] != mark) {
                        // the network is passed through: its members are one step from v. Marked (depth −1)
                        // once expanded, so each side expands it at most once.
                        seen[w] = mark;
                        depth[w] = -1;
                        for (int m = start[w]; m < start[w + 1]; m++) {
                            int member = targets[m];
                            if (otherSeen[member] == mark && otherDepth[member] >= 0) {
                                return level + 1 + otherDepth[member];
                            }
                            if (seen[member] != mark) {
                                seen[member] = mark;
                                depth[member] = level + 1;
                                next[added++] = member;
                            }
                        }
                    }
                }
            }
            int[] spent = front;
            if (fromA) {
                frontA = next;
                sizeA = added;
                levelA++;
            } else {
                frontB = next;
                sizeB = added;
                levelB++;
            }
            next = spent;
        }
        return null;
    }

    /**
     * Components among the cities with ties, and pairs of them that can reach each other, with one city
     * taken out (−1: none). Large networks join their members but are not counted.
     */
    CityGraph.Connectivity connectivity(int removed) {
        int mark = ++stamp;
        int[] queue = new int[ids.length];
        int components = 0;
        long pairs = 0;
        for (int s = 0; s < ids.length; s++) {
            if (s == removed || network[s] || degree(s) == 0 || seenA[s] == mark) {
                continue;
            }
            components++;
            long cities = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            seenA[s] = mark;
            while (head < tail) {
                int v = queue[head++];
                if (!network[v]) {
                    cities++;
                }
                for (int k = start[v]; k < start[v + 1]; k++) {
                    int w = targets[k];
                    if (w != removed && seenA[w] != mark) {
                        seenA[w] = mark;
                        queue[tail++] = w;
                    }
                }
            }
            pairs += cities * (cities - 1) / 2;
        }
        return new CityGraph.Connectivity(components, pairs);
    }
}
