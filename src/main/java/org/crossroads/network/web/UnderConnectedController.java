package org.crossroads.network.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.crossroads.network.CooperationNetwork;
import org.crossroads.network.GapCountry;
import org.crossroads.network.GraphView;
import org.crossroads.network.NetworkSnapshot;
import org.crossroads.network.UnderConnectedCity;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The under-connected cities of the routes, with the hubs, brokers and gap countries, as tables that need
 * no script. Reads the latest snapshot; before the first one it says the graph is being computed.
 */
@Controller
class UnderConnectedController {

    static final int PAGE_SIZE = 50;

    private final CooperationNetwork network;
    private final Vocabularies vocabularies;

    UnderConnectedController(CooperationNetwork network, Vocabularies vocabularies) {
        this.network = network;
        this.vocabularies = vocabularies;
    }

    @GetMapping("/network/under-connected")
    String underConnected(@RequestParam(required = false) String route, @RequestParam(required = false) String country,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model, Locale locale) {
        String r = NetworkFilters.route(vocabularies, route);
        String c = NetworkFilters.country(country);
        model.addAttribute("route", r);
        model.addAttribute("country", c);
        Optional<NetworkSnapshot> latest = network.latest();
        model.addAttribute("ready", latest.isPresent());
        if (latest.isEmpty()) {
            return "network/under-connected";
        }
        NetworkSnapshot snapshot = latest.get();
        GraphView view = snapshot.view(year).orElse(snapshot.all());
        List<UnderConnectedCity> all = view.underConnected(r, c);
        Paging paging = Paging.of(all.size(), page, PAGE_SIZE);
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("computedAt", NetworkTexts.utc(snapshot.computedAt()));
        model.addAttribute("view", view);
        model.addAttribute("year", view.year());
        model.addAttribute("years", snapshot.years().keySet());
        model.addAttribute("total", all.size());
        model.addAttribute("offset", paging.offset());
        model.addAttribute("rows", paging.slice(all));
        model.addAttribute("pager", Pager.countingFromZero(request, paging.page(), all.size(), paging.size()));
        model.addAttribute("routes", vocabularies.terms(Vocabularies.ROUTE));
        TreeSet<String> countries = new TreeSet<>();
        view.gaps().forEach(g -> countries.add(g.countryCode()));
        model.addAttribute("countries", countries);
        model.addAttribute("gaps", view.gaps().stream().filter(GapCountry::isGap)
                .filter(g -> r.isEmpty() || g.route().equals(r)).filter(g -> c.isEmpty() || g.countryCode().equals(c)).toList());
        return "network/under-connected";
    }
}
