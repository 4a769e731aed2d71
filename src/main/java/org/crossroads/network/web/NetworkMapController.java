package org.crossroads.network.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.network.CityMetrics;
import org.crossroads.network.CooperationNetwork;
import org.crossroads.network.GraphView;
import org.crossroads.network.NetworkSnapshot;
import org.crossroads.network.Node;
import org.crossroads.network.TieKind;
import org.crossroads.shared.geo.GreatCircle;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network map (ties between cities on the offline base map) and the graph view for analysts (every
 * node, networks and organisations too, drawn with Cytoscape.js). Both are tables first: the filters are a
 * GET form, the ties and nodes are listed page by page with the exports of the same selection, and the
 * script only draws the JSON the page carries (numbers with a dot in every language).
 */
@Controller
class NetworkMapController {

    static final int PAGE_SIZE = 200;

    private final CooperationNetwork network;
    private final Vocabularies vocabularies;
    private final JsonMapper json;

    NetworkMapController(CooperationNetwork network, Vocabularies vocabularies, JsonMapper json) {
        this.network = network;
        this.vocabularies = vocabularies;
        this.json = json;
    }

    record LinkRow(long a, String aName, String aCountry, long b, String bName, String bCountry, List<TieKind> kinds,
            int ties, double weight, long km) {}

    record NodeRow(String key, Node.Kind kind, String name, String countryCode, String href, int degree,
            CityMetrics metrics) {}

    @GetMapping("/network")
    String map(@RequestParam(required = false) List<String> kind, @RequestParam(required = false) String route,
            @RequestParam(required = false) String country, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        Optional<NetworkSnapshot> latest = network.latest();
        model.addAttribute("ready", latest.isPresent());
        if (latest.isEmpty()) {
            return "network/map";
        }
        NetworkSnapshot snapshot = latest.get();
        GraphView view = NetworkViews.view(snapshot, year, "year");
        GraphSelection selection = GraphSelection.of(vocabularies, kind, route, country, year);
        NetworkViews.filters(model, vocabularies, snapshot, selection);
        // a membership joins a city to a network: never a line between two cities
        model.addAttribute("legendKinds", java.util.Arrays.stream(TieKind.values()).filter(k -> k != TieKind.MEMBERSHIP).toList());
        GraphSelection.Selected selected = selection.select(snapshot, view);
        List<CityLinks.Link> links = CityLinks.of(selected.ties(), CityLinks::betweenCities);
        Map<String, Integer> degrees = CityLinks.degrees(links);
        List<NodeRow> cities = rows(selected, degrees);

        List<Object> jsonCities = new ArrayList<>();
        for (NodeRow c : cities) {
            jsonCities.add(Map.of("id", c.metrics().placeId(), "name", c.name(), "href", c.href(),
                    "lat", NetworkViews.round(c.metrics().latitude(), 4), "lon", NetworkViews.round(c.metrics().longitude(), 4),
                    "degree", c.degree(), "connectedness", NetworkViews.round(c.metrics().connectedness(), 3)));
        }
        List<Object> jsonLinks = new ArrayList<>();
        for (CityLinks.Link l : links) {
            jsonLinks.add(Map.of("a", GraphSelection.placeId(l.a()), "b", GraphSelection.placeId(l.b()), "kinds", l.kindCodes(),
                    "weight", NetworkViews.round(l.weight(), 3), "colour", colour(l)));
        }
        model.addAttribute("mapJson", json.writeValueAsString(Map.of("cities", jsonCities, "links", jsonLinks)));

        Paging paging = Paging.of(links.size(), page, PAGE_SIZE);
        List<LinkRow> rows = new ArrayList<>();
        for (CityLinks.Link l : paging.slice(links)) {
            CityMetrics a = view.city(GraphSelection.placeId(l.a())).orElse(null);
            CityMetrics b = view.city(GraphSelection.placeId(l.b())).orElse(null);
            Node na = snapshot.nodes().get(l.a());
            Node nb = snapshot.nodes().get(l.b());
            long km = a == null || b == null ? -1 : Math.round(GreatCircle.km(a.latitude(), a.longitude(), b.latitude(), b.longitude()));
            rows.add(new LinkRow(na.recordId(), na.name(), na.countryCode(), nb.recordId(), nb.name(), nb.countryCode(),
                    List.copyOf(l.kinds()), l.ties(), l.weight(), km));
        }
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("computedAt", NetworkTexts.utc(snapshot.computedAt()));
        model.addAttribute("links", rows);
        model.addAttribute("linksTotal", links.size());
        paged(model, request, paging, links.size());
        model.addAttribute("cities", cities.subList(0, Math.min(PAGE_SIZE, cities.size())));
        model.addAttribute("citiesTotal", cities.size());
        return "network/map";
    }

    @GetMapping("/network/graph")
    String graph(@RequestParam(required = false) List<String> kind, @RequestParam(required = false) String route,
            @RequestParam(required = false) String country, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        Optional<NetworkSnapshot> latest = network.latest();
        model.addAttribute("ready", latest.isPresent());
        if (latest.isEmpty()) {
            return "network/graph";
        }
        NetworkSnapshot snapshot = latest.get();
        GraphView view = NetworkViews.view(snapshot, year, "year");
        GraphSelection selection = GraphSelection.of(vocabularies, kind, route, country, year);
        NetworkViews.filters(model, vocabularies, snapshot, selection);
        GraphSelection.Selected selected = selection.select(snapshot, view);
        List<CityLinks.Link> links = CityLinks.of(selected.ties(), t -> true);
        Map<String, Integer> degrees = CityLinks.degrees(links);
        List<NodeRow> nodes = new ArrayList<>();
        for (Node n : selected.nodes().values()) {
            nodes.add(new NodeRow(n.key(), n.kind(), n.name(), n.countryCode(), href(n), degrees.getOrDefault(n.key(), 0),
                    selected.metrics(n).orElse(null)));
        }
        nodes.sort(Comparator.comparingInt(NodeRow::degree).reversed().thenComparing(NodeRow::key));

        List<Object> jsonNodes = new ArrayList<>();
        for (NodeRow n : nodes) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", n.key());
            node.put("label", n.name() == null ? n.key() : n.name());
            node.put("kind", n.kind().name().toLowerCase(java.util.Locale.ROOT));
            node.put("degree", n.degree());
            node.put("href", n.href());
            jsonNodes.add(node);
        }
        List<Object> jsonEdges = new ArrayList<>();
        for (CityLinks.Link l : links) {
            jsonEdges.add(Map.of("source", l.a(), "target", l.b(), "kinds", l.kindCodes(),
                    "weight", NetworkViews.round(l.weight(), 3), "colour", colour(l)));
        }
        model.addAttribute("graphJson", json.writeValueAsString(Map.of("nodes", jsonNodes, "edges", jsonEdges)));

        Paging paging = Paging.of(nodes.size(), page, PAGE_SIZE);
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("computedAt", NetworkTexts.utc(snapshot.computedAt()));
        model.addAttribute("nodes", paging.slice(nodes));
        model.addAttribute("nodesTotal", nodes.size());
        model.addAttribute("edgesTotal", links.size());
        paged(model, request, paging, nodes.size());
        return "network/graph";
    }

    /** The table's position and the numbered pager, with the same selection. */
    private static void paged(Model model, HttpServletRequest request, Paging paging, int total) {
        model.addAttribute("offset", paging.offset());
        model.addAttribute("pager", Pager.countingFromZero(request, paging.page(), total, paging.size()));
    }

    /** The cities the map draws (those with a tie to another city in the selection), most tied first. */
    private static List<NodeRow> rows(GraphSelection.Selected selected, Map<String, Integer> degrees) {
        List<NodeRow> cities = new ArrayList<>();
        for (Node n : selected.nodes().values()) {
            Optional<CityMetrics> metrics = selected.metrics(n);
            if (metrics.isPresent() && degrees.containsKey(n.key())) {
                cities.add(new NodeRow(n.key(), n.kind(), n.name(), n.countryCode(), href(n), degrees.get(n.key()), metrics.get()));
            }
        }
        cities.sort(Comparator.comparingInt(NodeRow::degree).reversed().thenComparing(NodeRow::name,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return cities;
    }

    static String href(Node n) {
        return n.kind() == Node.Kind.PLACE ? "/cities/" + n.recordId() : "/organisations/" + n.recordId();
    }

    /** The colour of a link's first kind in the legend's order; several kinds are listed in the tables. */
    private static String colour(CityLinks.Link l) {
        return NetworkViews.COLOURS.get(l.kinds().iterator().next());
    }
}
