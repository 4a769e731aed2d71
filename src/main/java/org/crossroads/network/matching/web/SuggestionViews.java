package org.crossroads.network.matching.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.network.matching.Factor;
import org.crossroads.network.matching.Matches;
import org.crossroads.network.matching.PeerMatching;
import org.crossroads.network.matching.Suggestion;
import org.crossroads.network.web.NetworkTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Suggestions as pages show them, in the reader's language, with the link that requests an exchange (the URL
 * the exchanges pages answer). Also the bean {@code peerSuggestions} the need page calls for its section.
 */
@Component("peerSuggestions")
public class SuggestionViews {

    private final PeerMatching matching;
    private final NetworkTexts texts;
    private final MessageSource messages;
    private final CurrentEditor currentEditor;

    SuggestionViews(PeerMatching matching, NetworkTexts texts, MessageSource messages, CurrentEditor currentEditor) {
        this.matching = matching;
        this.texts = texts;
        this.messages = messages;
        this.currentEditor = currentEditor;
    }

    /** The suggestions section of a need's page (the need is one the reader may see: its page is shown). */
    public Section forNeed(long needId, Locale locale) {
        return section(matching.forNeed(needId, currentEditor.get()), locale, s -> needRequest(needId, s));
    }

    Section section(Matches m, Locale locale, Function<Suggestion, String> request) {
        return new Section(m.ready(), m.suggestions().stream().map(s -> view(s, locale, request.apply(s))).toList(),
                m.excluded().stream().map(s -> view(s, locale, null)).toList());
    }

    static String needRequest(long needId, Suggestion s) {
        return UriComponentsBuilder.fromPath("/exchanges/new").queryParam("need", needId).queryParam("peer", s.placeId())
                .build().toUriString();
    }

    static String cityRequest(long placeId, String theme, Suggestion s) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/exchanges/new").queryParam("city", placeId)
                .queryParam("peer", s.placeId());
        if (theme != null) {
            b.queryParam("theme", theme);
        }
        return b.build().encode().toUriString();
    }

    /** From an offer: the city that needs it asks the offering city. */
    static String offerRequest(long offerId, Suggestion s) {
        return UriComponentsBuilder.fromPath("/exchanges/new").queryParam("offer", offerId).queryParam("city", s.placeId())
                .build().toUriString();
    }

    String factor(Factor f, Locale locale) {
        return texts.reason(f.reason(), locale);
    }

    private SuggestionView view(Suggestion s, Locale locale, String requestHref) {
        List<FactorView> factors = s.factors().stream().map(f -> new FactorView(f.kind().code(), factor(f, locale),
                f.evidence().isEmpty() ? null : f.evidence().get(0).href())).toList();
        return new SuggestionView(s.order(), s.placeId(), s.name(), texts.country(s.countryCode(), locale), s.contact().code(),
                messages.getMessage("matching.contact." + s.contact().code(), null, locale), requestHref, factors);
    }

    /** What a page shows: the suggestions in order, and the peers the constraints left out. */
    public record Section(boolean ready, List<SuggestionView> suggestions, List<SuggestionView> excluded) {}

    public record SuggestionView(int order, long placeId, String name, String country, String contact, String contactText,
            String requestHref, List<FactorView> factors) {}

    /** One factor in words, linked to the record that shows it when there is one. */
    public record FactorView(String kind, String text, String href) {}
}
