package org.crossroads.inventory.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.directory.Organisations;
import org.crossroads.inventory.Initiatives;
import org.crossroads.inventory.search.Facet;
import org.crossroads.inventory.search.InitiativeSearch;
import org.crossroads.inventory.search.SearchQuery;
import org.crossroads.inventory.search.SearchResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Home: the map of cities and initiatives, key figures, and entry points to search. */
@Controller
class HomeController {

    private final InitiativeSearch search;
    private final MapPoints points;
    private final Organisations organisations;
    private final FacetViews facets;

    HomeController(InitiativeSearch search, MapPoints points, Organisations organisations, FacetViews facets) {
        this.search = search;
        this.points = points;
        this.organisations = organisations;
        this.facets = facets;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        SearchResult all = search.search(new SearchQuery("", Map.of(), 1, 1));
        List<MapPoints.CityCount> cities = points.citiesWithInitiatives();
        model.addAttribute("initiativeCount", all.total());
        model.addAttribute("cityCount", cities.size());
        model.addAttribute("intermediaryCount", cities.stream().filter(c -> c.place().isIntermediary()).count());
        model.addAttribute("unknownSizeCount", cities.stream().filter(c -> c.place().sizeUnknown()).count());
        model.addAttribute("topCities", cities.stream().limit(12).toList());
        // every city the map shows, as text: the map's circles cannot be reached from the keyboard
        model.addAttribute("mapCities", cities);
        model.addAttribute("networks", organisations.networks());
        model.addAttribute("activityTypes", facets.of(all, locale).stream()
                .filter(f -> f.parameter().equals(Facet.ACTIVITY_TYPE.parameter())).findFirst().orElse(null));
        return "inventory/home";
    }
}
