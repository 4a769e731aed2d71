package org.crossroads.network.needs.web;

import org.crossroads.shared.web.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.network.needs.Need;
import org.crossroads.network.needs.NeedsAndOffers;
import org.crossroads.network.needs.Offer;
import org.crossroads.network.needs.StatementAccess;
import org.crossroads.network.needs.StatementQuery;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of needs and offers: the two lists with their filters, a page for each, and a city's needs
 * and offers. Each reader sees the public ones, and the private ones of the cities in their scope.
 */
@Controller
class StatementPages {

    static final int PAGE_SIZE = 50;

    private final NeedsAndOffers reads;
    private final StatementViews views;
    private final StatementAccess access;
    private final Places places;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;

    StatementPages(NeedsAndOffers reads, StatementViews views, StatementAccess access, Places places,
            Vocabularies vocabularies, CurrentEditor currentEditor) {
        this.reads = reads;
        this.views = views;
        this.access = access;
        this.places = places;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
    }

    @GetMapping("/needs")
    String needs(@RequestParam(required = false) String theme, @RequestParam(required = false) String route,
            @RequestParam(required = false) String country, @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request, Locale locale, Model model) {
        ListFilters filters = ListFilters.of(theme, route, country, status, Need.STATUSES, vocabularies);
        Optional<Editor> reader = currentEditor.get();
        List<Need> found = reads.needs(filters.query(sort, locale), reader);
        List<Need> shown = page(found, page);
        model.addAttribute("sorting", ListFilters.sorting(sort));
        model.addAttribute("pager", Pager.countingFromOne(request, page, found.size(), PAGE_SIZE));
        return list("need", "/needs", filters, found.size(), views.needs(shown, reader, locale), Need.STATUSES, model);
    }

    @GetMapping("/offers")
    String offers(@RequestParam(required = false) String theme, @RequestParam(required = false) String route,
            @RequestParam(required = false) String country, @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request, Locale locale, Model model) {
        ListFilters filters = ListFilters.of(theme, route, country, status, Offer.STATUSES, vocabularies);
        Optional<Editor> reader = currentEditor.get();
        List<Offer> found = reads.offers(filters.query(sort, locale), reader);
        List<Offer> shown = page(found, page);
        model.addAttribute("sorting", ListFilters.sorting(sort));
        model.addAttribute("pager", Pager.countingFromOne(request, page, found.size(), PAGE_SIZE));
        return list("offer", "/offers", filters, found.size(), views.offers(shown, reader, locale, false),
                Offer.STATUSES, model);
    }

    @GetMapping("/needs/{id:\\d+}")
    String need(@PathVariable long id, Locale locale, Model model) {
        Optional<Editor> reader = currentEditor.get();
        Need need = reads.need(id, reader).orElseThrow(() -> new RecordNotFoundException("need", id));
        model.addAttribute("statement", views.need(need, place(need.placeId()), reader, locale));
        model.addAttribute("statuses", Need.STATUSES);
        return "network/needs/detail";
    }

    @GetMapping("/offers/{id:\\d+}")
    String offer(@PathVariable long id, Locale locale, Model model) {
        Optional<Editor> reader = currentEditor.get();
        Offer offer = reads.offer(id, reader).orElseThrow(() -> new RecordNotFoundException("offer", id));
        model.addAttribute("statement", views.offer(offer, place(offer.placeId()), reader, locale, true));
        model.addAttribute("statuses", Offer.STATUSES);
        return "network/needs/detail";
    }

    @GetMapping("/cities/{id:\\d+}/needs-and-offers")
    String city(@PathVariable long id, Locale locale, Model model) {
        Place place = place(id);
        Optional<Editor> reader = currentEditor.get();
        model.addAttribute("place", place);
        model.addAttribute("needs", views.needs(reads.needs(StatementQuery.ofPlace(id), reader), reader, locale));
        model.addAttribute("offers", views.offers(reads.offers(StatementQuery.ofPlace(id), reader), reader, locale, false));
        model.addAttribute("mayState", reader.map(e -> access.mayState(e, id)).orElse(false));
        return "network/needs/city";
    }

    private String list(String kind, String path, ListFilters filters, int total, List<StatementView> items,
            List<String> statuses, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("path", path);
        model.addAttribute("filters", filters);
        model.addAttribute("total", total);
        model.addAttribute("items", items);
        model.addAttribute("statuses", statuses);
        model.addAttribute("themes", vocabularies.terms(Vocabularies.THEME));
        model.addAttribute("routes", vocabularies.terms(Vocabularies.ROUTE));
        model.addAttribute("countries", places.knownCountries());
        return "network/needs/list";
    }

    private static <T> List<T> page(List<T> all, int page) {
        if (page < 1) {
            throw new org.crossroads.shared.web.BadParameterException("page", "Pages start at 1");
        }
        long from = (long) (page - 1) * PAGE_SIZE;
        return from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + PAGE_SIZE));
    }

    private Place place(long id) {
        return places.find(id).orElseThrow(() -> new RecordNotFoundException("place", id));
    }
}
