package org.crossroads.network.matching.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.network.matching.Matches;
import org.crossroads.network.matching.PeerMatching;
import org.crossroads.network.needs.Need;
import org.crossroads.network.needs.NeedsAndOffers;
import org.crossroads.network.needs.Offer;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of peer suggestions: for a need (also shown on the need's page), for an offer (which cities need it)
 * and for a city on a theme or on every theme. Each suggestion says its factors in words and links to a request.
 */
@Controller
class MatchingPages {

    private final PeerMatching matching;
    private final SuggestionViews views;
    private final NeedsAndOffers statements;
    private final Places places;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;

    MatchingPages(PeerMatching matching, SuggestionViews views, NeedsAndOffers statements, Places places,
            Vocabularies vocabularies, CurrentEditor currentEditor) {
        this.matching = matching;
        this.views = views;
        this.statements = statements;
        this.places = places;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
    }

    @GetMapping("/needs/{id:\\d+}/suggestions")
    String need(@PathVariable long id, @RequestParam(defaultValue = "false") boolean includeExisting, Locale locale, Model model) {
        Optional<Editor> reader = currentEditor.get();
        Need need = statements.need(id, reader).orElseThrow(() -> new RecordNotFoundException("need", id));
        Matches m = matching.forNeed(id, reader, includeExisting);
        model.addAttribute("kind", "need");
        model.addAttribute("subject", need.text().title(locale));
        model.addAttribute("backHref", "/needs/" + id);
        model.addAttribute("formAction", "/needs/" + id + "/suggestions");
        model.addAttribute("apiHref", "/api/matches?need=" + id);
        return page(m, place(need.placeId()), null, includeExisting, locale, model,
                views.section(m, locale, s -> SuggestionViews.needRequest(id, s)));
    }

    @GetMapping("/offers/{id:\\d+}/suggestions")
    String offer(@PathVariable long id, Locale locale, Model model) {
        Optional<Editor> reader = currentEditor.get();
        Offer offer = statements.offer(id, reader).orElseThrow(() -> new RecordNotFoundException("offer", id));
        Matches m = matching.forOffer(id, reader);
        model.addAttribute("kind", "offer");
        model.addAttribute("subject", offer.text().title(locale));
        model.addAttribute("backHref", "/offers/" + id);
        model.addAttribute("apiHref", "/api/matches?offer=" + id);
        return page(m, place(offer.placeId()), null, false, locale, model,
                views.section(m, locale, s -> SuggestionViews.offerRequest(id, s)));
    }

    @GetMapping("/cities/{id:\\d+}/peers")
    String city(@PathVariable long id, @RequestParam(required = false) String theme,
            @RequestParam(defaultValue = "false") boolean includeExisting, Locale locale, Model model) {
        String code = theme(theme);
        Place place = place(id);
        Matches m = matching.forCity(id, code, currentEditor.get(), includeExisting);
        model.addAttribute("kind", "city");
        model.addAttribute("subject", place.name());
        model.addAttribute("backHref", "/cities/" + id);
        model.addAttribute("formAction", "/cities/" + id + "/peers");
        model.addAttribute("themes", vocabularies.terms(Vocabularies.THEME));
        model.addAttribute("apiHref", "/api/matches?city=" + id + (code == null ? "" : "&theme=" + code));
        return page(m, place, code, includeExisting, locale, model,
                views.section(m, locale, s -> SuggestionViews.cityRequest(id, code, s)));
    }

    private String page(Matches m, Place place, String theme, boolean includeExisting, Locale locale, Model model,
            SuggestionViews.Section section) {
        model.addAttribute("place", place);
        model.addAttribute("theme", theme);
        model.addAttribute("includeExisting", includeExisting);
        model.addAttribute("section", section);
        model.addAttribute("themeLabels", m.themes().stream().map(t -> vocabularies.label(Vocabularies.THEME, t, locale)).toList());
        return "network/matching/suggestions";
    }

    private String theme(String theme) {
        if (theme == null || theme.isBlank()) {
            return null;
        }
        String code = theme.strip();
        if (!vocabularies.contains(Vocabularies.THEME, code)) {
            throw new BadParameterException("theme", "Unknown theme " + code);
        }
        return code;
    }

    private Place place(long id) {
        return places.find(id).orElseThrow(() -> new RecordNotFoundException("place", id));
    }
}
