package org.crossroads.library.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.library.search.PlatformSearch;
import org.crossroads.library.search.SearchHit;
import org.crossroads.shared.search.UnderstoodQuery;
import org.crossroads.shared.web.BadParameterException;
import org.crossroads.shared.web.Languages;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one search for other platforms: the same answer as the page, as JSON grouped by kind, for the reader of the
 * session (anonymous readers see public records only; counts never include what the reader may not see).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Search", description = "One search over initiatives, organisations, cities, events, outcomes, practices, documents, pledges and recommendations")
class SearchApiController {

    static final int PER_KIND = 10;

    private final PlatformSearch search;
    private final SearchRequests requests;
    private final CurrentEditor currentEditor;

    SearchApiController(PlatformSearch search, SearchRequests requests, CurrentEditor currentEditor) {
        this.search = search;
        this.requests = requests;
        this.currentEditor = currentEditor;
    }

    @Schema(description = "a record found")
    record Item(@Schema(allowableValues = {"initiatives", "organisations", "cities", "events", "outcomes", "practices", "documents",
        "pledges", "recommendations"}) String kind,
            long id, @Schema(description = "the title in the language asked for, when the record has it") String title,
            @Schema(description = "the record's page on this site") String link,
            @Schema(description = "a passage (from a document's file text when it matched) as plain text, matched words between **", nullable = true) String passage) {}

    record Group(String kind, @Schema(description = "how many records of this kind the reader may see match") long total,
            @Schema(description = "the kind's own list with the same words") String all, List<Item> items) {}

    record Correction(String written, String read) {}

    record Ambiguity(String phrase, List<String> names) {}

    @Schema(description = "a value of a facet")
    record FacetValue(@Schema(description = "the code to pass back as the facet's parameter: a theme code, an ISO 3166-1 "
            + "alpha-2 code, a place id, an organisation id, a year, an ISO 639-1 code or a document type") String value,
            @Schema(description = "its name in the language asked for") String label,
            @Schema(description = "how many records the reader may see it gives with the words and the other facets' "
                    + "selections (its own facet's selection ignored)") long count,
            boolean selected) {}

    @Schema(description = "a facet: its most frequent values (and those selected)")
    record Facet(@Schema(allowableValues = {"theme", "country", "city", "network", "year", "language", "type"}) String facet,
            List<FacetValue> values, @Schema(description = "how many further values there are (ask with more=<facet>)") int more,
            @Schema(description = "the kinds that have no such facet and are left out when one of its values is selected")
            List<String> leavesOut) {}

    record Answer(String q, @Schema(nullable = true) String kind, String lang, long total, List<Group> groups,
            @Schema(description = "the facets of the kinds asked for, with counts") List<Facet> facets,
            List<Correction> corrections, List<Ambiguity> ambiguities) {}

    @GetMapping("/search")
    @Operation(summary = "Search every kind of record in English, French, Arabic or Spanish, grouped by kind with counts and facets",
            description = "Words are read in four languages: stems, accents and Arabic letter forms ignored, vocabulary labels, "
                    + "place names in any script and organisation acronyms understood; a word of five letters or more that "
                    + "matches nothing is read as the known word one edit away (listed in corrections). Facets: theme, "
                    + "country, city, network, year, language and type; a facet parameter may be repeated (any of the "
                    + "values), facets combine (all of them), and a kind without the facet is left out. Each value's count "
                    + "ignores its own facet's selection. Members-only documents are neither returned nor counted for "
                    + "readers outside their network; Chatham House documents are found without their source and never "
                    + "counted under their networks for readers who may not see it.",
            responses = {@ApiResponse(responseCode = "200", description = "the records found, grouped by kind, and the facets"),
                @ApiResponse(responseCode = "400", description = "an unknown kind, facet value or language, "
                        + "or words longer than 200 characters", content = @Content)})
    Answer search(
            @Parameter(description = "the words, in any of the four languages") @RequestParam(required = false) String q,
            @Parameter(description = "one kind only: initiatives, organisations, cities, events, outcomes, practices, documents, pledges or recommendations")
            @RequestParam(required = false) String kind,
            @Parameter(description = "language of titles and labels: en, fr, ar or es") @RequestParam(required = false) String lang,
            @Parameter(description = "codes of the vocabulary theme") @RequestParam(required = false) List<String> theme,
            @Parameter(description = "ISO 3166-1 alpha-2 codes") @RequestParam(required = false) List<String> country,
            @Parameter(description = "place ids (cities)") @RequestParam(required = false) List<String> city,
            @Parameter(description = "organisation ids (networks, event organisers)") @RequestParam(required = false) List<String> network,
            @Parameter(description = "years (events, outcomes, documents)") @RequestParam(required = false) List<String> year,
            @Parameter(description = "document languages, ISO 639-1") @RequestParam(required = false) List<String> language,
            @Parameter(description = "document types") @RequestParam(required = false) List<String> type,
            @Parameter(description = "a facet whose every value is listed") @RequestParam(required = false) String more) {
        Locale locale = Locale.ENGLISH;
        if (lang != null && !lang.isBlank()) {
            locale = Languages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(lang.strip())).findFirst()
                    .orElseThrow(() -> new BadParameterException("lang", "One of en, fr, ar, es"));
        }
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("q", q);
        params.add("kind", kind);
        params.add("more", more);
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put("theme", theme);
        facets.put("country", country);
        facets.put("city", city);
        facets.put("network", network);
        facets.put("year", year);
        facets.put("language", language);
        facets.put("type", type);
        facets.forEach((name, values) -> {
            if (values != null) {
                params.put(name, values);
            }
        });
        PlatformSearch.Request request = requests.read(params, PER_KIND);
        PlatformSearch.Answer answer = search.search(request, currentEditor.get(), locale);
        List<Group> groups = answer.shown().stream().map(g -> new Group(g.kind().code, g.total(), g.allLink(),
                g.hits().stream().map(SearchApiController::item).toList())).toList();
        List<Facet> counted = answer.facets().stream().map(f -> new Facet(f.filter().parameter,
                f.values().stream().map(v -> new FacetValue(v.value(), v.label(), v.count(), v.selected())).toList(),
                f.more(), f.leavesOut().stream().map(k -> k.code).toList())).toList();
        UnderstoodQuery understood = answer.understood();
        return new Answer(request.q(), request.kind() == null ? null : request.kind().code, locale.getLanguage(),
                answer.shown().stream().mapToLong(PlatformSearch.Group::total).sum(), groups, counted,
                understood.corrections().stream().map(c -> new Correction(c.written(), c.read())).toList(),
                understood.ambiguities().stream().map(a -> new Ambiguity(a.phrase(), a.labels())).toList());
    }

    private static Item item(SearchHit h) {
        return new Item(h.kind(), h.id(), h.title(), h.link(), h.passage().isEmpty() ? null : h.markedText());
    }
}
