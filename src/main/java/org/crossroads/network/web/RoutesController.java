package org.crossroads.network.web;

import org.crossroads.shared.web.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.network.CityMetrics;
import org.crossroads.network.CooperationNetwork;
import org.crossroads.network.GraphView;
import org.crossroads.network.NetworkSnapshot;
import org.crossroads.network.UnderConnectedCity;
import org.crossroads.shared.vocabulary.Term;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The route view: the cities along each corridor, origin first, then transit, then destination, each with
 * its connectedness as a number, a word and a colour (the colour is never the only cue), beside a map of
 * the same cities and the ties between them.
 */
@Controller
class RoutesController {

    static final List<String> ROLE_ORDER = List.of("origin", "transit", "destination");
    /** Rows of a route's table per page; the map beside shows every city of the route. */
    static final int PAGE_SIZE = 200;

    private final CooperationNetwork network;
    private final Vocabularies vocabularies;
    private final JsonMapper json;
    private final org.springframework.context.MessageSource messages;

    RoutesController(CooperationNetwork network, Vocabularies vocabularies, JsonMapper json,
            org.springframework.context.MessageSource messages) {
        this.network = network;
        this.vocabularies = vocabularies;
        this.json = json;
        this.messages = messages;
    }

    /** How connected a city is, in three bands named in words; the percentage is always shown beside. */
    enum Band {
        LOW("#c0392b"), SOME("#e0a21f"), WELL("#0b6e4f");

        final String colour;

        Band(String colour) {
            this.colour = colour;
        }

        /** Well connected from 0.5, as for gap countries ({@code GapCountry#wellConnected}). */
        static Band of(double connectedness) {
            return connectedness >= 0.5 ? WELL : connectedness >= 0.25 ? SOME : LOW;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String colour() {
            return colour;
        }
    }

    record RouteSummary(Term route, Map<String, Integer> roles, int cities, int underConnected, int wellConnected) {}

    record RouteCity(CityMetrics city, List<String> roles, Band band, boolean underConnected) {}

    @GetMapping("/network/routes")
    String routes(@RequestParam(required = false) Integer year, Model model) {
        Optional<NetworkSnapshot> latest = network.latest();
        model.addAttribute("ready", latest.isPresent());
        if (latest.isEmpty()) {
            return "network/routes";
        }
        NetworkSnapshot snapshot = latest.get();
        GraphView view = NetworkViews.view(snapshot, year, "year");
        List<RouteSummary> summaries = new ArrayList<>();
        for (Term route : vocabularies.terms(Vocabularies.ROUTE)) {
            List<RouteCity> cities = cities(view, route.code(), "");
            Map<String, Integer> roles = new LinkedHashMap<>();
            ROLE_ORDER.forEach(r -> roles.put(r, 0));
            cities.forEach(c -> roles.merge(c.roles().get(0), 1, Integer::sum));
            summaries.add(new RouteSummary(route, roles, cities.size(),
                    (int) cities.stream().filter(RouteCity::underConnected).count(),
                    (int) cities.stream().filter(c -> c.band() == Band.WELL).count()));
        }
        page(model, snapshot, view);
        model.addAttribute("summaries", summaries);
        return "network/routes";
    }

    @GetMapping("/network/routes/{route}")
    String route(@PathVariable String route, @RequestParam(required = false) String country,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model, java.util.Locale locale) {
        if (!vocabularies.contains(Vocabularies.ROUTE, route)) {
            throw new RecordNotFoundException("route", route);
        }
        String label = vocabularies.label(Vocabularies.ROUTE, route, locale);
        model.addAttribute("routeLabel", label);
        model.addAttribute("mapLabel", messages.getMessage("network.route.mapLabel", new Object[] {label}, locale));
        Optional<NetworkSnapshot> latest = network.latest();
        model.addAttribute("ready", latest.isPresent());
        model.addAttribute("route", route);
        if (latest.isEmpty()) {
            return "network/route";
        }
        NetworkSnapshot snapshot = latest.get();
        GraphView view = NetworkViews.view(snapshot, year, "year");
        String c = NetworkFilters.country(country);
        List<RouteCity> cities = cities(view, route, c);
        page(model, snapshot, view);
        model.addAttribute("country", c);
        model.addAttribute("countries", cities(view, route, "").stream().map(rc -> rc.city().countryCode())
                .filter(java.util.Objects::nonNull).distinct().sorted().toList());
        Paging paging = Paging.of(cities.size(), page, PAGE_SIZE);
        model.addAttribute("cities", paging.slice(cities));
        model.addAttribute("citiesTotal", cities.size());
        model.addAttribute("pager", Pager.countingFromZero(request, paging.page(), cities.size(), paging.size()));
        model.addAttribute("bands", Band.values());

        // The map: the route's cities coloured by band, and the ties between two of them.
        GraphSelection selection = new GraphSelection(EnumSet.noneOf(org.crossroads.network.TieKind.class), route, c, year);
        List<CityLinks.Link> links = CityLinks.of(selection.select(snapshot, view).ties(), CityLinks::betweenCities);
        List<Object> jsonCities = new ArrayList<>();
        for (RouteCity rc : cities) {
            CityMetrics m = rc.city();
            jsonCities.add(Map.of("id", m.placeId(), "name", m.name(), "href", "/cities/" + m.placeId(),
                    "lat", NetworkViews.round(m.latitude(), 4), "lon", NetworkViews.round(m.longitude(), 4),
                    "degree", m.degree(), "connectedness", NetworkViews.round(m.connectedness(), 3), "colour", rc.band().colour()));
        }
        List<Object> jsonLinks = new ArrayList<>();
        for (CityLinks.Link l : links) {
            jsonLinks.add(Map.of("a", GraphSelection.placeId(l.a()), "b", GraphSelection.placeId(l.b()), "kinds", l.kindCodes(),
                    "weight", NetworkViews.round(l.weight(), 3), "colour", "#7d8a94"));
        }
        model.addAttribute("mapJson", json.writeValueAsString(Map.of("cities", jsonCities, "links", jsonLinks)));
        model.addAttribute("graphExport", NetworkViews.export(selection, "nodes.csv"));
        return "network/route";
    }

    private static void page(Model model, NetworkSnapshot snapshot, GraphView view) {
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("computedAt", NetworkTexts.utc(snapshot.computedAt()));
        model.addAttribute("year", view.year());
        model.addAttribute("years", snapshot.years().keySet());
    }

    /** The cities with a role on the route (in the country, if any): origin → transit → destination, then country and name. */
    static List<RouteCity> cities(GraphView view, String route, String country) {
        java.util.Set<Long> under = new java.util.HashSet<>();
        for (UnderConnectedCity u : view.underConnected(route, country)) {
            under.add(u.city().placeId());
        }
        List<RouteCity> cities = new ArrayList<>();
        for (CityMetrics m : view.cities().values()) {
            if (!country.isEmpty() && !country.equalsIgnoreCase(m.countryCode())) {
                continue;
            }
            List<String> roles = m.rolesOn(route).stream().sorted(Comparator.comparingInt(RoutesController::roleRank)).toList();
            if (!roles.isEmpty()) {
                cities.add(new RouteCity(m, roles, Band.of(m.connectedness()), under.contains(m.placeId())));
            }
        }
        cities.sort(Comparator.comparingInt((RouteCity rc) -> roleRank(rc.roles().get(0)))
                .thenComparing(rc -> rc.city().countryCode(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(rc -> rc.city().name(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(rc -> rc.city().placeId()));
        return cities;
    }

    private static int roleRank(String role) {
        int i = ROLE_ORDER.indexOf(role);
        return i < 0 ? ROLE_ORDER.size() : i;
    }
}
