package org.crossroads.network.web;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.crossroads.network.GraphView;
import org.crossroads.network.NetworkSnapshot;
import org.crossroads.network.Node;
import org.crossroads.network.TieKind;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the map, the graph view and the year comparison share: the view of a year (a year without ties is
 * a 400 naming the field), the filter form's choices, export links for the same selection and the colour
 * of each kind of tie (the legend and the scripts use the same, and every table says the kind in words).
 */
final class NetworkViews {

    /** Colour per tie kind, from a palette readable on the light base map; the tables name the kind too. */
    static final Map<TieKind, String> COLOURS = Map.of(TieKind.MEMBERSHIP, "#6b6b6b", TieKind.TWINNING, "#0b6e4f",
            TieKind.PROJECT_PARTNERSHIP, "#1f5fa8", TieKind.INITIATIVE, "#e07a1f", TieKind.EVENT, "#8e44ad",
            TieKind.INSPIRATION, "#c0392b", TieKind.PEER_RATING, "#7a5c00",
            TieKind.DATA_COMPARISON, "#2a8c9c");

    /** Export formats of {@code /api/network/graph}, in the order the pages list them. */
    static final List<String> FORMATS = List.of("nodes.csv", "edges.csv", "graphml", "gexf", "json");

    private NetworkViews() {
    }

    static GraphView view(NetworkSnapshot snapshot, Integer year, String field) {
        return snapshot.view(year).orElseThrow(() -> new BadParameterException(field,
                "No ties in year " + year + "; years with ties: " + snapshot.years().keySet()));
    }

    /** The filter form's choices and the current selection, under the names the fragment reads. */
    static void filters(Model model, Vocabularies vocabularies, NetworkSnapshot snapshot, GraphSelection selection) {
        model.addAttribute("selection", selection);
        model.addAttribute("kinds", TieKind.values());
        model.addAttribute("legendKinds", List.of(TieKind.values()));
        model.addAttribute("colours", COLOURS);
        model.addAttribute("routes", vocabularies.terms(Vocabularies.ROUTE));
        model.addAttribute("years", snapshot.years().keySet());
        TreeSet<String> countries = new TreeSet<>();
        snapshot.nodes().values().stream().filter(n -> n.kind() == Node.Kind.PLACE && n.countryCode() != null)
                .forEach(n -> countries.add(n.countryCode()));
        model.addAttribute("countries", countries);
        model.addAttribute("exports", FORMATS.stream().map(f -> Map.entry(f, export(selection, f))).toList());
    }

    /** {@code /api/network/graph?format=…} with the selection's filters. */
    static String export(GraphSelection selection, String format) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/network/graph").queryParam("format", format);
        selection.kindCodes().forEach(k -> uri.queryParam("kind", k));
        return query(uri, selection).build().encode().toUriString();
    }

    private static UriComponentsBuilder query(UriComponentsBuilder uri, GraphSelection selection) {
        if (!selection.route().isEmpty()) {
            uri.queryParam("route", selection.route());
        }
        if (!selection.country().isEmpty()) {
            uri.queryParam("country", selection.country());
        }
        if (selection.year() != null) {
            uri.queryParam("year", selection.year());
        }
        return uri;
    }

    /** Rounded for the page's JSON: enough for a map or a layout, and always with a dot. */
    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
