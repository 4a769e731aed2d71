package org.crossroads.inventory.api;

import org.crossroads.shared.web.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crossroads.inventory.Initiative;
import org.crossroads.inventory.Initiatives;
import org.crossroads.inventory.search.Facet;
import org.crossroads.inventory.search.InitiativeSearch;
import org.crossroads.inventory.search.SearchQuery;
import org.crossroads.inventory.search.SearchResult;
import org.crossroads.shared.vocabulary.Term;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.crossroads.shared.web.ListSort;
import org.crossroads.shared.web.Sorting;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read access to published initiatives and the vocabularies, in JSON. */
@RestController
@RequestMapping("/api")
@Tag(name = "Initiatives", description = "Who does what where: initiatives and their facets")
class InitiativeApiController {

    private final InitiativeSearch search;
    private final Initiatives initiatives;
    private final InitiativeResources resources;
    private final Vocabularies vocabularies;

    InitiativeApiController(InitiativeSearch search, Initiatives initiatives, InitiativeResources resources,
            Vocabularies vocabularies) {
        this.search = search;
        this.initiatives = initiatives;
        this.resources = resources;
        this.vocabularies = vocabularies;
    }

    /**
     * @param readAs the query as it was read when a word was corrected (a typo forgiven), else null
     * @param ambiguities phrases naming several organisations, each with their names ("MMC")
     */
    record InitiativePage(List<InitiativeResource> items, long total, int page, int size,
            Map<String, Map<String, Integer>> facets, String readAs, Map<String, List<String>> ambiguities) {}

    @GetMapping("/initiatives")
    @Operation(summary = "Search published initiatives",
            description = "Free text in q; each facet parameter may repeat (values of one facet are alternatives, facets combine). "
                    + "Facet counts are computed without each facet's own selection. The text is read in English, French, "
                    + "Arabic and Spanish (stems, accents, Arabic letter forms), names of places, organisations and "
                    + "vocabulary terms in any language, and words of five letters or more one edit from an indexed word.")
    InitiativePage search(@Parameter(description = "free text: words to find in the initiative") @RequestParam(required = false) String q,
            @Parameter(description = "activity_type codes") @RequestParam(required = false) Set<String> type,
            @Parameter(description = "theme codes") @RequestParam(required = false) Set<String> theme,
            @Parameter(description = "ISO 3166-1 alpha-2 codes") @RequestParam(required = false) Set<String> country,
            @Parameter(description = "route codes") @RequestParam(required = false) Set<String> route,
            @Parameter(description = "city_role codes") @RequestParam(required = false) Set<String> role,
            @Parameter(description = "size_class codes") @RequestParam(required = false) Set<String> size,
            @Parameter(description = "network organisation ids") @RequestParam(required = false) Set<String> network,
            @Parameter(description = "GCM objective numbers 1-23") @RequestParam(required = false) Set<String> gcm,
            @Parameter(description = "status codes") @RequestParam(required = false) Set<String> status,
            @Parameter(description = "the order: relevance (with q only, and then the default), name (A–Z by the name in "
                    + "the language of Accept-Language or lang where translated, the default without q), date (newest start, "
                    + "else end, first) or changed (most recently changed first); ties by id; any other value gives the default")
            @RequestParam(required = false) String sort,
            @Parameter(description = "page number from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "results per page") @RequestParam(name = "pageSize", defaultValue = "20") int pageSize,
            Locale locale) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        put(filters, Facet.ACTIVITY_TYPE, type);
        put(filters, Facet.THEME, theme);
        put(filters, Facet.COUNTRY, country);
        put(filters, Facet.ROUTE, route);
        put(filters, Facet.CITY_ROLE, role);
        put(filters, Facet.SIZE_CLASS, size);
        put(filters, Facet.NETWORK, network);
        put(filters, Facet.GCM_OBJECTIVE, gcm);
        put(filters, Facet.STATUS, status);
        SearchQuery query = new SearchQuery(q, filters, page, pageSize);
        ListSort order = Sorting.read(sort, !query.text().isEmpty(), ListSort.NAME, ListSort.NAME, ListSort.DATE, ListSort.CHANGED).chosen();
        SearchResult result = search.search(query.sorted(order, locale));
        Map<String, Map<String, Integer>> facets = new java.util.LinkedHashMap<>();
        result.facetCounts().forEach((facet, counts) -> facets.put(facet.parameter(), counts));
        var understood = result.understood();
        Map<String, List<String>> ambiguities = new java.util.LinkedHashMap<>();
        understood.ambiguities().forEach(a -> ambiguities.put(a.phrase(), a.labels()));
        return new InitiativePage(resources.of(result.initiatives()), result.total(), result.query().page(),
                result.query().pageSize(), facets, understood.corrected() ? understood.readAs() : null, ambiguities);
    }

    @GetMapping("/initiatives/{id}")
    @Operation(summary = "One published initiative")
    InitiativeResource initiative(@PathVariable long id) {
        Initiative initiative = initiatives.find(id).filter(Initiative::isPublished)
                .orElseThrow(() -> new RecordNotFoundException("initiative", id));
        return resources.of(List.of(initiative)).get(0);
    }

    @GetMapping("/vocabularies")
    @Operation(summary = "The names of the controlled vocabularies")
    java.util.Collection<String> vocabularies() {
        return vocabularies.names();
    }

    @GetMapping("/vocabularies/{name}")
    @Operation(summary = "The terms of one vocabulary with their labels in en, fr, ar and es")
    java.util.Collection<Term> vocabulary(@PathVariable String name) {
        if (!vocabularies.names().contains(name)) {
            throw new RecordNotFoundException("vocabulary", name);
        }
        return vocabularies.terms(name);
    }

    private static void put(Map<Facet, Set<String>> filters, Facet facet, Set<String> values) {
        if (values != null && !values.isEmpty()) {
            values.stream().filter(v -> !facet.accepts(v)).findFirst().ifPresent(v -> {
                throw new BadParameterException(facet.parameter(), "'" + v + "' is not a valid value of " + facet.parameter());
            });
            filters.put(facet, values);
        }
    }
}
