package org.crossroads.network.api;

import org.crossroads.shared.web.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.network.CityMetrics;
import org.crossroads.network.CooperationNetwork;
import org.crossroads.network.GraphView;
import org.crossroads.network.NearestPeer;
import org.crossroads.network.NetworkSnapshot;
import org.crossroads.network.Node;
import org.crossroads.network.RoutePosition;
import org.crossroads.network.Tie;
import org.crossroads.network.UnderConnectedCity;
import org.crossroads.network.web.GraphSelection;
import org.crossroads.network.web.NetworkFilters;
import org.crossroads.network.web.YearChanges;
import org.crossroads.network.web.NetworkTexts;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The cooperation graph in JSON: a city's metrics and ties, the under-connected cities of a route and
 * country, the graph itself for network tools (JSON, GraphML, GEXF, CSV of nodes and edges) and its change
 * between two years. Answers 503 while the first graph is being computed.
 */
@RestController
@RequestMapping("/api/network")
@Tag(name = "Network", description = "Cooperation graph: city metrics and ties, under-connected cities along migration routes, "
        + "exports for network tools, changes between two years")
class NetworkApiController {

    static final int MAX_LIMIT = 1000;

    private final CooperationNetwork network;
    private final NetworkTexts texts;
    private final Vocabularies vocabularies;

    NetworkApiController(CooperationNetwork network, NetworkTexts texts, Vocabularies vocabularies) {
        this.network = network;
        this.texts = texts;
        this.vocabularies = vocabularies;
    }

    record TieResource(String kind, String from, String fromName, String to, String toName, double weight, String since,
            String until, String record, long recordId, String via) {}

    record CityResource(CityMetrics metrics, List<TieResource> ties, Integer year, String computedAt) {}

    record UnderConnectedResource(int rank, long placeId, String name, String countryCode, String sizeClass, Long population,
            String route, List<String> roles, double score, double connectedness, List<String> reasons,
            Map<String, Object> figures) {}

    record UnderConnectedPage(String route, String country, Integer year, int total, List<UnderConnectedResource> items,
            String computedAt) {}

    @GetMapping("/cities/{id}")
    @Operation(summary = "A city's place in the cooperation graph",
            description = "Ties by kind, networks, partner cities, degree, weighted degree, exact betweenness (unweighted, "
                    + "each pair once), PageRank (weighted, damping 0.85), clustering, k-core, Burt's constraint, the nearest "
                    + "city in a network (km and hops), route positions and connectedness; with the city's ties and their "
                    + "sources. Counts of persons are never part of it. 404 for a place outside the graph; 503 while the "
                    + "first graph is being computed.")
    ResponseEntity<CityResource> city(@PathVariable long id,
            @Parameter(description = "a calendar year: ties active that year only; absent: every recorded tie")
            @RequestParam(required = false) Integer year) {
        NetworkSnapshot snapshot = ready();
        GraphView view = view(snapshot, year);
        CityMetrics metrics = view.city(id).orElseThrow(() -> new RecordNotFoundException("city in the cooperation graph", id));
        List<TieResource> ties = snapshot.tiesOf(id).stream().filter(t -> year == null || t.activeIn(year))
                .map(t -> tie(snapshot, t)).toList();
        return ResponseEntity.ok(new CityResource(metrics, ties, view.year(), NetworkTexts.utc(snapshot.computedAt())));
    }

    @GetMapping("/under-connected")
    @Operation(summary = "Under-connected cities along the migration routes",
            description = "Cities with a role on a route whose connectedness is low for that role, intermediary cities first, "
                    + "then by need for ties (role weight × (1 − connectedness), listed from 0.5), with the reasons in words in "
                    + "the language asked (lang or Accept-Language) and the figures they come from. See docs/network.md.")
    ResponseEntity<UnderConnectedPage> underConnected(
            @Parameter(description = "route code (central_med, western_med, eastern_med, atlantic); absent: every route")
            @RequestParam(required = false) String route,
            @Parameter(description = "ISO 3166-1 alpha-2 country code; absent: every country")
            @RequestParam(required = false) String country,
            @Parameter(description = "a calendar year: ties active that year only") @RequestParam(required = false) Integer year,
            @Parameter(description = "at most this many cities (1 to 1000)") @RequestParam(defaultValue = "100") int limit,
            Locale locale) {
        NetworkSnapshot snapshot = ready();
        GraphView view = view(snapshot, year);
        String r = NetworkFilters.route(vocabularies, route);
        String c = NetworkFilters.country(country);
        List<UnderConnectedCity> all = view.underConnected(r, c);
        int n = Math.min(Math.max(limit, 1), MAX_LIMIT);
        List<UnderConnectedResource> items = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(n, all.size()); i++) {
            items.add(resource(i + 1, all.get(i), locale));
        }
        return ResponseEntity.ok(new UnderConnectedPage(r.isEmpty() ? null : r, c.isEmpty() ? null : c, view.year(),
                all.size(), items, NetworkTexts.utc(snapshot.computedAt())));
    }

    record GraphResource(Integer year, List<Node> nodes, List<TieResource> ties, String computedAt) {}

    /** The formats of {@code /api/network/graph}: one address, the same filters, for every network tool. */
    static final List<String> FORMATS = List.of("json", "graphml", "gexf", "nodes.csv", "edges.csv");

    @GetMapping("/graph")
    @Operation(summary = "The cooperation graph for network tools",
            description = "Nodes (places, city networks, organisations) and ties with kind, weight, period and source, as "
                    + "JSON, GraphML, GEXF 1.3 (Gephi), or two CSV files (format=nodes.csv: one row per node with its metrics; "
                    + "format=edges.csv: one row per tie, source and target as node ids), each CSV with a row of HXL hashtags "
                    + "under the header. Filters combine and are the same for every format and for the network map and graph "
                    + "pages: tie kinds, a route (ties whose cities all have a role on it), a country (ties with at least one "
                    + "city in it), a year (ties active that year). Only nodes with a tie in the selection are included. "
                    + "Inspiration and peer-rating ties are directed, the others undirected. Unknown kinds, routes and "
                    + "countries mean any; a year without ties is 404.")
    ResponseEntity<?> graph(
            @Parameter(description = "json (default), graphml, gexf, nodes.csv or edges.csv") @RequestParam(defaultValue = "json") String format,
            @Parameter(description = "tie kind codes, repeatable: membership, twinning, project_partnership, initiative, event, inspiration, peer_rating; absent: every kind")
            @RequestParam(required = false) List<String> kind,
            @Parameter(description = "route code (central_med, western_med, eastern_med, atlantic): ties whose cities all have a role on it")
            @RequestParam(required = false) String route,
            @Parameter(description = "ISO 3166-1 alpha-2 country code: ties with at least one city in that country")
            @RequestParam(required = false) String country,
            @Parameter(description = "a calendar year: ties active that year only") @RequestParam(required = false) Integer year) {
        if (!FORMATS.contains(format)) {
            throw new org.crossroads.shared.web.BadParameterException("format", "format must be one of " + String.join(", ", FORMATS));
        }
        NetworkSnapshot snapshot = ready();
        GraphView view = view(snapshot, year);
        GraphSelection.Selected selected = GraphSelection.of(vocabularies, kind, route, country, year).select(snapshot, view);
        java.util.Collection<Node> nodes = selected.nodes().values();
        List<Tie> ties = selected.ties();
        return switch (format) {
            case "graphml" -> ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("application/graphml+xml;charset=UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"cooperation-graph.graphml\"")
                    .body(GraphDocuments.graphMl(nodes, ties));
            case "gexf" -> ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("application/gexf+xml;charset=UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"cooperation-graph.gexf\"")
                    .body(GraphDocuments.gexf(nodes, ties));
            case "nodes.csv", "edges.csv" -> {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                try {
                    if (format.startsWith("nodes")) {
                        GraphTables.nodes(selected, out);
                    } else {
                        GraphTables.edges(ties, out);
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                yield ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"))
                        .header("Content-Disposition", "attachment; filename=\"cooperation-graph-" + format + "\"")
                        .body(out.toByteArray());
            }
            default -> ResponseEntity.ok(new GraphResource(view.year(), List.copyOf(nodes),
                    ties.stream().map(t -> tie(snapshot, t)).toList(), NetworkTexts.utc(snapshot.computedAt())));
        };
    }

    record CityChangeResource(long placeId, String name, int degreeFrom, int degreeTo, double connectednessFrom,
            double connectednessTo) {}

    record ChangesResource(int from, int to, int tiesFrom, int tiesTo, int componentsFrom, int componentsTo,
            List<CityChangeResource> cities, List<TieResource> started, List<TieResource> ended, String computedAt) {}

    @GetMapping("/changes")
    @Operation(summary = "How the cooperation graph changed between two years",
            description = "Ties and separate groups of cities (connected components) in both years; the cities whose number "
                    + "of cities tied or connectedness changed, largest change first; the ties that started (active in "
                    + "'to', not in 'from') and those that ended. 400 naming the field for a year without ties or when "
                    + "'from' is not before 'to'; 503 while the first graph is being computed.")
    ResponseEntity<ChangesResource> changes(
            @Parameter(description = "the earlier calendar year (one with ties)", required = true) @RequestParam int from,
            @Parameter(description = "the later calendar year (one with ties)", required = true) @RequestParam int to) {
        NetworkSnapshot snapshot = ready();
        YearChanges changes = YearChanges.between(network, from, to).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.SERVICE_UNAVAILABLE, "The cooperation graph is being computed"));
        var c = changes.comparison();
        return ResponseEntity.ok(new ChangesResource(c.from(), c.to(), c.tiesFrom(), c.tiesTo(), c.componentsFrom(), c.componentsTo(),
                c.cities().stream().map(x -> new CityChangeResource(x.placeId(), x.name(), x.degreeFrom(), x.degreeTo(),
                        x.connectednessFrom(), x.connectednessTo())).toList(),
                changes.started().stream().map(t -> tie(snapshot, t)).toList(),
                changes.ended().stream().map(t -> tie(snapshot, t)).toList(), NetworkTexts.utc(snapshot.computedAt())));
    }

    private UnderConnectedResource resource(int rank, UnderConnectedCity u, Locale locale) {
        CityMetrics m = u.city();
        NearestPeer nearest = m.nearest();
        Map<String, Object> figures = new java.util.LinkedHashMap<>();
        figures.put("networks", m.networks());
        figures.put("initiatives", m.initiatives());
        figures.put("partnerCities", m.partnerCities());
        figures.put("events", m.events());
        figures.put("degree", m.degree());
        figures.put("nearestNetworkCity", nearest == null ? null : nearest.name());
        figures.put("nearestNetworkCityKm", nearest == null ? null : Math.round(nearest.km()));
        figures.put("nearestNetworkCityHops", nearest == null ? null : nearest.hops());
        figures.put("positions", m.positions().stream().filter(p -> p.route().equals(u.route())).map(RoutePosition::role).toList());
        return new UnderConnectedResource(rank, m.placeId(), m.name(), m.countryCode(), m.sizeClass(), m.population(),
                u.route(), u.roles(), u.score(), m.connectedness(),
                u.reasons().stream().map(reason -> texts.reason(reason, locale)).toList(), figures);
    }

    private NetworkSnapshot ready() {
        return network.latest().orElseThrow(() -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                "The cooperation graph is being computed"));
    }

    private static GraphView view(NetworkSnapshot snapshot, Integer year) {
        return snapshot.view(year).orElseThrow(() -> new RecordNotFoundException("view of the cooperation graph for year",
                year + "; years: " + snapshot.years().keySet()));
    }

    private static TieResource tie(NetworkSnapshot snapshot, Tie t) {
        Node from = snapshot.nodes().get(t.from());
        Node to = snapshot.nodes().get(t.to());
        return new TieResource(t.kind().code(), t.from(), from == null ? null : from.name(), t.to(), to == null ? null : to.name(),
                t.weight(), t.since() == null ? null : t.since().toString(), t.until() == null ? null : t.until().toString(),
                t.record(), t.recordId(), t.via());
    }
}
