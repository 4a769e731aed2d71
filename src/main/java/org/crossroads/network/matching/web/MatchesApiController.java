package org.crossroads.network.matching.web;

import org.crossroads.shared.web.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.network.matching.Factor;
import org.crossroads.network.matching.Matches;
import org.crossroads.network.matching.PeerMatching;
import org.crossroads.network.matching.Suggestion;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Peer suggestions for other platforms: for a need, for an offer, or for a city on a theme. Each suggestion comes
 * with its order and its factors (kind, the records that show it, the explanation in the language asked), never
 * with a score. A private need or offer is 404 outside the session's scope, as on the pages.
 */
@RestController
@Tag(name = "Peer matching", description = "Peer cities suggested for a need, an offer or a city, each factor explained")
class MatchesApiController {

    private final PeerMatching matching;
    private final SuggestionViews views;
    private final Places places;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;

    MatchesApiController(PeerMatching matching, SuggestionViews views, Places places, Vocabularies vocabularies,
            CurrentEditor currentEditor) {
        this.matching = matching;
        this.views = views;
        this.places = places;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
    }

    record CityResource(long id, String name, String country) {}

    record EvidenceResource(String record, long id, String name, String href) {}

    record FactorResource(String kind, List<EvidenceResource> evidence, String explanation) {}

    /** {@code request}: the page that requests an exchange with the peer (null for an excluded peer). */
    record SuggestionResource(CityResource peer, int order, String contact, Long offerId, Long needId, String request,
            List<FactorResource> factors) {}

    record MatchesResource(CityResource city, List<String> themes, boolean ready, List<SuggestionResource> suggestions,
            List<SuggestionResource> excluded, String language) {}

    @GetMapping("/api/matches")
    @Operation(summary = "Peer cities suggested for a need, an offer, or a city on a theme",
            description = "Give exactly one of need, offer or city (theme goes with city, optional: every theme when absent). "
                    + "Suggestions come in order with their factors: kind, the records that show it and the explanation in "
                    + "the language asked (lang or Accept-Language). Peers already tied to the city on the theme are left out "
                    + "unless includeExisting=true; for a need, peers its constraints exclude are listed in excluded with the "
                    + "constraint first. There is no score: matching compares similar challenges and resources (docs/network.md). "
                    + "ready is false while the matching index is first being built.",
            responses = {@ApiResponse(responseCode = "200", description = "the suggestions"),
                @ApiResponse(responseCode = "400", description = "none or more than one of need, offer and city; a theme "
                        + "without a city or not of the vocabulary theme; an id that is not a number", content = @Content),
                @ApiResponse(responseCode = "404", description = "no such need, offer or city, or a private need or offer "
                        + "outside the session's scope", content = @Content)})
    MatchesResource matches(
            @Parameter(description = "a need's id") @RequestParam(required = false) Long need,
            @Parameter(description = "an offer's id") @RequestParam(required = false) Long offer,
            @Parameter(description = "a city's (directory place) id") @RequestParam(required = false) Long city,
            @Parameter(description = "a code of the vocabulary theme, with city") @RequestParam(required = false) String theme,
            @Parameter(description = "include peers already tied to the city on the theme")
            @RequestParam(defaultValue = "false") boolean includeExisting, Locale locale) {
        int given = (need == null ? 0 : 1) + (offer == null ? 0 : 1) + (city == null ? 0 : 1);
        if (given != 1) {
            throw new BadParameterException(need != null ? "offer" : "need", "Give exactly one of need, offer or city");
        }
        String code = theme == null || theme.isBlank() ? null : theme.strip();
        if (code != null && city == null) {
            throw new BadParameterException("theme", "A theme goes with city");
        }
        if (code != null && !vocabularies.contains(Vocabularies.THEME, code)) {
            throw new BadParameterException("theme", "Unknown theme " + code);
        }
        Optional<Editor> reader = currentEditor.get();
        if (need != null) {
            return resource(matching.forNeed(need, reader, includeExisting), locale, s -> SuggestionViews.needRequest(need, s));
        }
        if (offer != null) {
            return resource(matching.forOffer(offer, reader), locale, s -> SuggestionViews.offerRequest(offer, s));
        }
        places.find(city).orElseThrow(() -> new RecordNotFoundException("place", city));
        return resource(matching.forCity(city, code, reader, includeExisting), locale, s -> SuggestionViews.cityRequest(city, code, s));
    }

    private MatchesResource resource(Matches m, Locale locale, Function<Suggestion, String> request) {
        Place place = places.find(m.placeId()).orElseThrow();
        return new MatchesResource(new CityResource(place.id(), place.name(), place.countryCode()), m.themes(), m.ready(),
                m.suggestions().stream().map(s -> suggestion(s, locale, request.apply(s))).toList(),
                m.excluded().stream().map(s -> suggestion(s, locale, null)).toList(), locale.getLanguage());
    }

    private SuggestionResource suggestion(Suggestion s, Locale locale, String request) {
        return new SuggestionResource(new CityResource(s.placeId(), s.name(), s.countryCode()), s.order(), s.contact().code(),
                s.offerId(), s.needId(), request, s.factors().stream().map(f -> factor(f, locale)).toList());
    }

    private FactorResource factor(Factor f, Locale locale) {
        return new FactorResource(f.kind().code(), f.evidence().stream()
                .map(e -> new EvidenceResource(e.record(), e.id(), e.name(), e.href())).toList(), views.factor(f, locale));
    }
}
