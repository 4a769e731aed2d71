package org.crossroads.inventory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.crossroads.inventory.search.InitiativeSearch;
import org.crossroads.inventory.search.SearchQuery;
import org.crossroads.inventory.search.SearchResult;
import org.crossroads.shared.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public search over initiatives, with facets, a choice of order and numbered pages; works without JavaScript. */
@Controller
class InitiativeSearchController {

    static final int PAGE_SIZE = 20;

    private final InitiativeSearch search;
    private final InitiativeCards cards;
    private final FacetViews facets;

    InitiativeSearchController(InitiativeSearch search, InitiativeCards cards, FacetViews facets) {
        this.search = search;
        this.cards = cards;
        this.facets = facets;
    }

    @GetMapping("/initiatives")
    String search(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Locale locale, Model model) {
        SearchQuery query = SearchParameters.read(params, PAGE_SIZE, locale);
        SearchResult result = search.search(query);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("cards", cards.of(result.initiatives(), locale));
        model.addAttribute("facets", facets.of(result, locale));
        model.addAttribute("sorting", SearchParameters.sorting(params, query));
        model.addAttribute("pager", Pager.countingFromOne(request, query.page(), result.total(), query.pageSize()));
        model.addAttribute("queryString", SearchParameters.queryString(query, 1));
        return "inventory/search";
    }
}
