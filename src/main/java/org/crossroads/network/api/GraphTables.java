package org.crossroads.network.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.network.CityMetrics;
import org.crossroads.network.Node;
import org.crossroads.network.Tie;
import org.crossroads.network.web.GraphSelection;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.tabular.CsvExport;

/**
 * The cooperation graph as two CSV files, nodes and edges, the import format of Gephi's data laboratory,
 * igraph and networkx (id, source, target), written by the project's CSV writer for machines: a header, a
 * row of HXL hashtags (where one fits; network measures as {@code #indicator+…+num}), values with a dot,
 * cells that a spreadsheet would run as formulas neutralised. Counts of persons are never part of them.
 */
final class GraphTables {

    static final List<Column> NODES = List.of(Column.of("id", "#x_node+id"), Column.of("kind", "#x_node+type"),
            Column.of("record_id", ""), Column.of("label", "#loc+name"), Column.of("country", "#country+code"),
            Column.of("latitude", "#geo+lat"), Column.of("longitude", "#geo+lon"),
            Column.of("neighbours_in_selection", "#indicator+neighbours+num"), Column.of("degree", "#indicator+degree+num"),
            Column.of("weighted_degree", "#indicator+weighted_degree+num"), Column.of("betweenness", "#indicator+betweenness+num"),
            Column.of("pagerank", "#indicator+pagerank+num"), Column.of("clustering", "#indicator+clustering+num"),
            Column.of("coreness", "#indicator+coreness+num"), Column.of("constraint", "#indicator+constraint+num"),
            Column.of("connectedness", "#indicator+connectedness+num"));

    static final List<Column> EDGES = List.of(Column.of("source", "#x_node+source"), Column.of("target", "#x_node+target"),
            Column.of("type", ""), Column.of("kind", "#x_tie+type"), Column.of("weight", "#indicator+weight+num"),
            Column.of("since", "#date+start"), Column.of("until", "#date+end"), Column.of("record", "#meta+source"),
            Column.of("record_id", "#meta+source+id"), Column.of("via", "#org+name"));

    private GraphTables() {
    }

    static void nodes(GraphSelection.Selected selected, OutputStream out) throws IOException {
        Map<String, Integer> neighbours = neighbours(selected.ties());
        List<List<Object>> rows = new ArrayList<>();
        for (Node n : selected.nodes().values()) {
            CityMetrics m = selected.metrics(n).orElse(null);
            List<Object> row = new ArrayList<>(List.of(n.key(), n.kind().name().toLowerCase(Locale.ROOT), n.recordId()));
            row.add(n.name());
            row.add(n.countryCode());
            if (m == null) {
                row.add(null);
                row.add(null);
                row.add(neighbours.getOrDefault(n.key(), 0));
            } else {
                row.addAll(List.of(m.latitude(), m.longitude(), neighbours.getOrDefault(n.key(), 0), m.degree(), m.weightedDegree(),
                        m.betweenness(), m.pageRank(), m.clustering(), m.coreness()));
                row.add(m.constraint());
                row.add(m.connectedness());
            }
            rows.add(row);
        }
        CsvExport.forMachines(NODES).write(rows, out);
    }

    static void edges(List<Tie> ties, OutputStream out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Tie t : ties) {
            List<Object> row = new ArrayList<>(List.of(t.from(), t.to(), GraphDocuments.directed(t) ? "Directed" : "Undirected",
                    t.kind().code(), t.weight()));
            row.add(t.since());
            row.add(t.until());
            row.add(t.record());
            row.add(t.recordId());
            row.add(t.via());
            rows.add(row);
        }
        CsvExport.forMachines(EDGES).write(rows, out);
    }

    /** Distinct neighbours of each node among the selected ties. */
    private static Map<String, Integer> neighbours(List<Tie> ties) {
        Map<String, java.util.Set<String>> sets = new HashMap<>();
        for (Tie t : ties) {
            if (!t.from().equals(t.to())) {
                sets.computeIfAbsent(t.from(), k -> new java.util.HashSet<>()).add(t.to());
                sets.computeIfAbsent(t.to(), k -> new java.util.HashSet<>()).add(t.from());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        sets.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }
}
