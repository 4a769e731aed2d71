package org.crossroads.library.search.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.library.search.PlatformSearch;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one search page: every kind the reader may see, grouped, with a count per kind and the kind's own list, and the
 * facets as check boxes with their counts (a plain form: it works without JavaScript).
 */
@Controller
class SearchPages {

    static final int PER_KIND = 5;
    static final int ONE_KIND = 20;

    private final PlatformSearch search;
    private final SearchRequests requests;
    private final CurrentEditor currentEditor;
    private final MessageSource messages;

    SearchPages(PlatformSearch search, SearchRequests requests, CurrentEditor currentEditor, MessageSource messages) {
        this.search = search;
        this.requests = requests;
        this.currentEditor = currentEditor;
        this.messages = messages;
    }

    @GetMapping("/search")
    String search(@RequestParam MultiValueMap<String, String> params, Locale locale, Model model) {
        String kind = params.getFirst("kind");
        boolean oneKind = kind != null && !kind.isBlank();
        PlatformSearch.Request request = requests.read(params, oneKind ? ONE_KIND : PER_KIND);
        PlatformSearch.Answer answer = request.q().isEmpty() && request.filters().isEmpty() ? null
                : search.search(request, currentEditor.get(), locale);
        model.addAttribute("request", request);
        model.addAttribute("answer", answer);
        model.addAttribute("understood", answer == null ? null : answer.understood());
        model.addAttribute("kinds", PlatformSearch.Kind.values());
        model.addAttribute("kindLinks", kindLinks(request));
        model.addAttribute("moreLinks", moreLinks(request));
        model.addAttribute("leavesOut", leavesOut(locale));
        model.addAttribute("q", request.q());
        model.addAttribute("kind", request.kind() == null ? "" : request.kind().code);
        return "library/search";
    }

    /** The kind facet: this search narrowed to one kind (and "all kinds"), keeping the words and filters. */
    private static Map<String, String> kindLinks(PlatformSearch.Request request) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("", link(request, null, null));
        for (PlatformSearch.Kind k : PlatformSearch.Kind.values()) {
            links.put(k.code, link(request, k.code, null));
        }
        return links;
    }

    /** Per facet, the same search listing every value of that facet (the "more" link). */
    private static Map<String, String> moreLinks(PlatformSearch.Request request) {
        Map<String, String> links = new LinkedHashMap<>();
        String kind = request.kind() == null ? null : request.kind().code;
        for (PlatformSearch.Filter f : PlatformSearch.Filter.values()) {
            links.put(f.parameter, link(request, kind, f.parameter) + "#facet-" + f.parameter);
        }
        return links;
    }

    /** Per facet, the kinds it leaves out when a value is selected, named in the reader's language. */
    private Map<String, String> leavesOut(Locale locale) {
        Map<String, String> named = new LinkedHashMap<>();
        for (PlatformSearch.Filter f : PlatformSearch.Filter.values()) {
            named.put(f.parameter, f.leavesOut().stream()
                    .map(k -> messages.getMessage("librarysearch.kind." + k.code, null, k.code, locale))
                    .collect(Collectors.joining(messages.getMessage("librarysearch.listSeparator", null, ", ", locale))));
        }
        return named;
    }

    private static String link(PlatformSearch.Request request, String kind, String more) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/search").queryParam("q", request.q());
        if (kind != null) {
            b.queryParam("kind", kind);
        }
        request.filters().forEach((f, values) -> values.stream().sorted().forEach(v -> b.queryParam(f.parameter, v)));
        if (more != null) {
            b.queryParam("more", more);
        }
        return b.encode().build().toUriString();
    }
}
