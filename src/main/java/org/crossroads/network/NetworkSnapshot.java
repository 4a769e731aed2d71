package org.crossroads.network;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One computation of the cooperation graph: its nodes and ties, the figures of every recorded tie, and
 * those of each year. Immutable: the pages and the API read the latest one while the next is computed.
 */
public record NetworkSnapshot(Instant computedAt, Duration took, Map<String, Node> nodes, List<Tie> ties,
        GraphView all, SortedMap<Integer, GraphView> years) {

    public NetworkSnapshot {
        nodes = Map.copyOf(nodes);
        ties = List.copyOf(ties);
        years = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(years));
    }

    /** The view of one year, or of every tie when {@code year} is null. */
    public Optional<GraphView> view(Integer year) {
        return year == null ? Optional.of(all) : Optional.ofNullable(years.get(year));
    }

    /** The ties of a city (both directions), in the order of their kinds. */
    public List<Tie> tiesOf(long placeId) {
        String key = Node.placeKey(placeId);
        return ties.stream().filter(t -> t.involves(key)).toList();
    }
}
