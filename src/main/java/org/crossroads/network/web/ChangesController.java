package org.crossroads.network.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crossroads.network.CooperationNetwork;
import org.crossroads.network.NetworkSnapshot;
import org.crossroads.network.Node;
import org.crossroads.network.Tie;
import org.crossroads.shared.web.BadParameterException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The change between two years: cities whose ties changed, and the ties that started and ended. Without
 * years it compares the last year with ties to the one five years before (or the first); a year without
 * ties is shown as an error on its field, with status 400.
 */
@Controller
class ChangesController {

    static final int LISTED = 200;
    static final int DEFAULT_SPAN = 5;

    private final CooperationNetwork network;

    ChangesController(CooperationNetwork network) {
        this.network = network;
    }

    record TieRow(Tie tie, Node from, Node to) {}

    @GetMapping("/network/changes")
    String changes(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model,
            HttpServletResponse response) {
        Optional<NetworkSnapshot> latest = network.latest();
        model.addAttribute("ready", latest.isPresent());
        if (latest.isEmpty()) {
            return "network/changes";
        }
        NetworkSnapshot snapshot = latest.get();
        SortedSet<Integer> years = new TreeSet<>(snapshot.years().keySet());
        model.addAttribute("years", years);
        // Years as text: a year is a name, not a quantity ("2,024" in English, other digits in Arabic).
        model.addAttribute("firstYear", years.isEmpty() ? "" : Integer.toString(years.first()));
        model.addAttribute("lastYear", years.isEmpty() ? "" : Integer.toString(years.last()));
        model.addAttribute("computedAt", NetworkTexts.utc(snapshot.computedAt()));
        if (years.size() < 2) {
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            return "network/changes";
        }
        int t = to != null ? to : years.last();
        // Default: the last year with ties at least five years before, or the first year.
        SortedSet<Integer> earlier = years.headSet(t - DEFAULT_SPAN + 1);
        int f = from != null ? from : earlier.isEmpty() ? years.first() : earlier.last();
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        try {
            YearChanges changes = YearChanges.between(network, f, t).orElseThrow();
            model.addAttribute("changes", changes);
            model.addAttribute("started", rows(snapshot, changes.started()));
            model.addAttribute("ended", rows(snapshot, changes.ended()));
            model.addAttribute("cities", changes.comparison().cities().subList(0, Math.min(LISTED, changes.comparison().cities().size())));
            model.addAttribute("listed", LISTED);
        } catch (BadParameterException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errorField", e.parameter());
        }
        return "network/changes";
    }

    private static List<TieRow> rows(NetworkSnapshot snapshot, List<Tie> ties) {
        return ties.stream().limit(LISTED).map(t -> new TieRow(t, snapshot.nodes().get(t.from()), snapshot.nodes().get(t.to())))
                .toList();
    }
}
