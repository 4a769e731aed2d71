package org.crossroads.library.search.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.directory.Places;
import org.crossroads.library.search.PlatformSearch;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The one search page: every kind the reader may see, grouped, with a count per kind and the kind's own list. */
@Controller
class SearchPages {

    static final int PER_KIND = 5;
    static final int ONE_KIND = 20;

    private final PlatformSearch search;
    private final SearchRequests requests;
    private final CurrentEditor currentEditor;
    private final Vocabularies vocabularies;
    private final Places places;

    SearchPages(PlatformSearch search, SearchRequests requests, CurrentEditor currentEditor, Vocabularies vocabularies,
            Places places) {
        this.search = search;
        this.requests = requests;
        this.currentEditor = currentEditor;
        this.vocabularies = vocabularies;
        this.places = places;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String theme, @RequestParam(required = false) String country,
            @RequestParam(required = false) String year, @RequestParam(required = false) String language,
            Locale locale, Model model) {
        boolean oneKind = kind != null && !kind.isBlank();
        PlatformSearch.Request request = requests.read(q, kind, theme, country, year, language, oneKind ? ONE_KIND : PER_KIND);
        PlatformSearch.Answer answer = request.q().isEmpty() && request.filters().isEmpty() ? null
                : search.search(request, currentEditor.get(), locale);
        model.addAttribute("request", request);
        model.addAttribute("answer", answer);
        model.addAttribute("understood", answer == null ? null : answer.understood());
        model.addAttribute("kinds", PlatformSearch.Kind.values());
        model.addAttribute("kindLinks", kindLinks(request));
        model.addAttribute("themes", vocabularies.terms(Vocabularies.THEME));
        model.addAttribute("countries", places.knownCountries());
        Map<String, String> languageOptions = new LinkedHashMap<>();
        Languages.SUPPORTED.forEach(l -> languageOptions.put(l.getLanguage(), l.getDisplayLanguage(locale)));
        model.addAttribute("languageOptions", languageOptions);
        model.addAttribute("q", request.q());
        model.addAttribute("kind", request.kind() == null ? "" : request.kind().code);
        model.addAttribute("theme", request.filters().getOrDefault(PlatformSearch.Filter.THEME, ""));
        model.addAttribute("country", request.filters().getOrDefault(PlatformSearch.Filter.COUNTRY, ""));
        model.addAttribute("year", request.filters().getOrDefault(PlatformSearch.Filter.YEAR, ""));
        model.addAttribute("language", request.filters().getOrDefault(PlatformSearch.Filter.LANGUAGE, ""));
        return "library/search";
    }

    /** The kind facet: this search narrowed to one kind (and "all kinds"), keeping the words and filters. */
    private static Map<String, String> kindLinks(PlatformSearch.Request request) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("", link(request, null));
        for (PlatformSearch.Kind k : PlatformSearch.Kind.values()) {
            links.put(k.code, link(request, k.code));
        }
        return links;
    }

    private static String link(PlatformSearch.Request request, String kind) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/search").queryParam("q", request.q());
        if (kind != null) {
            b.queryParam("kind", kind);
        }
        request.filters().forEach((f, v) -> b.queryParam(f.parameter, v));
        return b.encode().build().toUriString();
    }
}
