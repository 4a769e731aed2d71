package org.crossroads.library.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.library.search.PlatformSearch;
import org.crossroads.library.search.SearchHit;
import org.crossroads.shared.search.UnderstoodQuery;
import org.crossroads.shared.web.BadParameterException;
import org.crossroads.shared.web.Languages;
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
@Tag(name = "Search", description = "One search over initiatives, organisations, cities, events, outcomes, practices and documents")
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
    record Item(@Schema(allowableValues = {"initiatives", "organisations", "cities", "events", "outcomes", "practices", "documents"}) String kind,
            long id, @Schema(description = "the title in the language asked for, when the record has it") String title,
            @Schema(description = "the record's page on this site") String link,
            @Schema(description = "a passage (from a document's file text when it matched) as plain text, matched words between **", nullable = true) String passage) {}

    record Group(String kind, @Schema(description = "how many records of this kind the reader may see match") long total,
            @Schema(description = "the kind's own list with the same words") String all, List<Item> items) {}

    record Correction(String written, String read) {}

    record Ambiguity(String phrase, List<String> names) {}

    record Answer(String q, @Schema(nullable = true) String kind, String lang, long total, List<Group> groups,
            List<Correction> corrections, List<Ambiguity> ambiguities) {}

    @GetMapping("/search")
    @Operation(summary = "Search every kind of record in English, French, Arabic or Spanish, grouped by kind with counts",
            description = "Words are read in four languages: stems, accents and Arabic letter forms ignored, vocabulary labels, "
                    + "place names in any script and organisation acronyms understood; a word of five letters or more that "
                    + "matches nothing is read as the known word one edit away (listed in corrections). Members-only "
                    + "documents are neither returned nor counted for readers outside their network; Chatham House "
                    + "documents are found without their source.",
            responses = {@ApiResponse(responseCode = "200", description = "the records found, grouped by kind"),
                @ApiResponse(responseCode = "400", description = "an unknown kind, theme or language, a bad country code or year, "
                        + "or words longer than 200 characters", content = @Content)})
    Answer search(
            @Parameter(description = "the words, in any of the four languages") @RequestParam(required = false) String q,
            @Parameter(description = "one kind only: initiatives, organisations, cities, events, outcomes, practices or documents")
            @RequestParam(required = false) String kind,
            @Parameter(description = "language of titles: en, fr, ar or es") @RequestParam(required = false) String lang,
            @Parameter(description = "a code of the vocabulary theme") @RequestParam(required = false) String theme,
            @Parameter(description = "ISO 3166-1 alpha-2 code") @RequestParam(required = false) String country,
            @Parameter(description = "a year (events, documents)") @RequestParam(required = false) String year,
            @Parameter(description = "a document language, ISO 639-1") @RequestParam(required = false) String language) {
        Locale locale = Locale.ENGLISH;
        if (lang != null && !lang.isBlank()) {
            locale = Languages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(lang.strip())).findFirst()
                    .orElseThrow(() -> new BadParameterException("lang", "One of en, fr, ar, es"));
        }
        PlatformSearch.Request request = requests.read(q, kind, theme, country, year, language, PER_KIND);
        PlatformSearch.Answer answer = search.search(request, currentEditor.get(), locale);
        List<Group> groups = answer.shown().stream().map(g -> new Group(g.kind().code, g.total(), g.allLink(),
                g.hits().stream().map(SearchApiController::item).toList())).toList();
        UnderstoodQuery understood = answer.understood();
        return new Answer(request.q(), request.kind() == null ? null : request.kind().code, locale.getLanguage(),
                answer.shown().stream().mapToLong(PlatformSearch.Group::total).sum(), groups,
                understood.corrections().stream().map(c -> new Correction(c.written(), c.read())).toList(),
                understood.ambiguities().stream().map(a -> new Ambiguity(a.phrase(), a.labels())).toList());
    }

    private static Item item(SearchHit h) {
        return new Item(h.kind(), h.id(), h.title(), h.link(), h.passage().isEmpty() ? null : h.markedText());
    }
}
