package org.crossroads.library.practices.web;

import org.crossroads.shared.web.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.library.DocumentPermissions;
import org.crossroads.library.practices.Practice;
import org.crossroads.library.practices.PracticeDataValues;
import org.crossroads.library.practices.PracticeEvidence;
import org.crossroads.library.practices.PracticePermissions;
import org.crossroads.library.practices.PracticeReads;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Practices for other platforms: published ones for everyone; a signed-in session also gets the proposals it may
 * see. Contacts appear only when they agreed to be listed; documents only when the reader may see them.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Practices", description = "Structured, transferable lessons of cities and where they were transferred")
class PracticeApiController {

    static final int MAX_SIZE = 200;

    private final PracticeReads reads;
    private final PracticePermissions permissions;
    private final PracticeEvidence evidence;
    private final DocumentPermissions documentPermissions;
    private final Places places;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;
    private final PracticeDataValues dataValues;

    PracticeApiController(PracticeDataValues dataValues, PracticeReads reads, PracticePermissions permissions, PracticeEvidence evidence,
            DocumentPermissions documentPermissions, Places places, Vocabularies vocabularies, CurrentEditor currentEditor) {
        this.reads = reads;
        this.permissions = permissions;
        this.evidence = evidence;
        this.documentPermissions = documentPermissions;
        this.places = places;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
        this.dataValues = dataValues;
    }

    @Schema(description = "A page of practices, by title")
    record Page(@Schema(description = "how many match, over all pages") int total, int page, int size, List<PracticePayload> items) {}

    @Schema(description = "A directory city by id, with its name and country")
    record City(long id, String name, @Schema(description = "ISO 3166-1 alpha-2", example = "MA") String countryCode) {

        static City of(Place p, long id) {
            return p == null ? new City(id, null, null) : new City(p.id(), p.name(), p.countryCode());
        }
    }

    @Schema(description = "City toCity adapted the practice; year and what changed when the source says")
    record TransferPayload(City toCity, Integer year, String whatChanged, String source) {}

    @Schema(description = "A data value cited as evidence: the total of an indicator at a city in a year, as the caller may see it")
    record DataValuePayload(@Schema(description = "indicator code (/api/data/indicators)") String indicator, City city, int year,
            @Schema(description = "the number; null when protected or not available", nullable = true) java.math.BigDecimal value,
            @Schema(description = "what stands for a protected number: \"<5\" for a small count, \"x\" for a value hidden "
                    + "to protect one; null when shown", nullable = true, example = "<5") String suppressed,
            @Schema(description = "false when no such value is available to the caller") boolean available) {}

    @Schema(description = "A practice: the lesson of one city, its context, evidence, sources and transfers")
    record PracticePayload(long id, @Schema(description = "stable key of built-in practices", example = "practice:tangier-one-stop-shop-for-migrants") String externalId,
            @Schema(description = "the language the practice is written in", example = "en") String language, String title,
            @Schema(description = "language → {title, section name → text}") Map<String, Map<String, String>> translations,
            List<String> variantNames,
            @Schema(description = "the city the practice comes from; null for a practice of a region, a province or a "
                    + "country, which countries then locate", nullable = true) City city,
            List<City> furtherCities,
            @Schema(description = "ISO 3166-1 alpha-2 codes") List<String> countries,
            @Schema(description = "codes of the vocabulary theme") List<String> themes,
            @Schema(description = "small, intermediary or metropolitan") String sizeClass,
            @Schema(description = "origin, transit or destination") String routeRole,
            @Schema(description = "problem, identified, legal_mandate, resources, approach, actors, costs, results, "
                    + "success_factors, watch_out, transfer_principles → text") Map<String, String> sections,
            @Schema(description = "offices that agreed to be listed") List<String> contacts, List<Practice.Source> sources,
            @Schema(description = "ids of linked initiatives (/api/initiatives/{id})") List<Long> initiatives,
            @Schema(description = "ids of linked events") List<Long> events,
            @Schema(description = "ids of linked documents the reader may see") List<Long> documents,
            @Schema(description = "ids of validated outcomes that name this practice as their inspiration") List<Long> outcomes,
            @Schema(description = "data values cited as evidence, protected as on the data pages") List<DataValuePayload> dataValues,
            List<TransferPayload> transfers, @Schema(allowableValues = {"published", "proposed"}) String publication,
            String provenance, int version) {}

    @GetMapping("/practices")
    @Operation(summary = "Practices by relevance to q, else by title, filtered by theme, country, city, route role, size class and words",
            responses = {@ApiResponse(responseCode = "200", description = "a page of practices"),
                @ApiResponse(responseCode = "400", description = "an unknown theme, route role, size class or country code, "
                        + "or a bad page or size", content = @Content)})
    Page practices(
            @Parameter(description = "a code of the vocabulary theme") @RequestParam(required = false) String theme,
            @Parameter(description = "ISO 3166-1 alpha-2 code") @RequestParam(required = false) String country,
            @Parameter(description = "id of a city where the practice runs") @RequestParam(required = false) Long city,
            @Parameter(description = "route role of the context: origin, transit or destination") @RequestParam(required = false) String route,
            @Parameter(description = "size class of the context: small, intermediary or metropolitan") @RequestParam(required = false) String sizeClass,
            @Parameter(description = "words found in the title, variant names, translations or text") @RequestParam(required = false) String q,
            @Parameter(description = "the order: relevance (with q only, and then the default), name (A–Z by the title in "
                    + "the language of Accept-Language or lang where translated, the default without q) or changed (most "
                    + "recently changed first); ties by id; any other value gives the default")
            @RequestParam(required = false) String sort,
            @Parameter(description = "page number from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "results per page, 1 to 200") @RequestParam(defaultValue = "50") int size,
            java.util.Locale locale) {
        if (page < 1) {
            throw new BadParameterException("page", "Pages start at 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameterException("size", "Size must be between 1 and " + MAX_SIZE);
        }
        Optional<Editor> reader = currentEditor.get();
        List<Practice> all = reads.search(PracticeFilters.of(theme, country, city, route, sizeClass, q, vocabularies)
                .query(sort, locale), reader);
        long from = (long) (page - 1) * size;
        List<Practice> shown = from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
        Map<Long, List<OutcomeStatement>> inspired = evidence.outcomes(shown);
        return new Page(all.size(), page, size, shown.stream().map(p -> payload(p, reader, inspired.get(p.id()))).toList());
    }

    @GetMapping("/practices/{id:\\d+}")
    @Operation(summary = "One practice", responses = {@ApiResponse(responseCode = "200", description = "the practice"),
        @ApiResponse(responseCode = "404", description = "no such practice, or a proposal the session may not see",
                content = @Content)})
    PracticePayload practice(@PathVariable long id) {
        Optional<Editor> reader = currentEditor.get();
        Practice p = reads.find(id, reader).orElseThrow(() -> new RecordNotFoundException("practice", id));
        return payload(p, reader, evidence.outcomes(p));
    }

    private List<DataValuePayload> dataValues(Practice p, Optional<Editor> reader) {
        List<PracticeDataValues.Shown> shown = dataValues.of(p, reader, java.util.Locale.ENGLISH);
        Map<Long, Place> cities = places.findAll(shown.stream().map(PracticeDataValues.Shown::placeId).toList());
        return shown.stream().map(v -> new DataValuePayload(v.indicator(), City.of(cities.get(v.placeId()), v.placeId()),
                v.year(), v.value(), v.suppressed(), v.available())).toList();
    }

    private PracticePayload payload(Practice p, Optional<Editor> reader, List<OutcomeStatement> inspired) {
        List<Long> ids = new ArrayList<>(p.placeIds());
        p.transfers().forEach(t -> ids.add(t.toPlaceId()));
        Map<Long, Place> cities = places.findAll(ids);
        boolean mayEdit = reader.map(e -> permissions.mayEdit(p, e)).orElse(false);
        return new PracticePayload(p.id(), p.externalId(), p.language(), p.title(), p.translations(), p.variantNames(),
                p.placeId() == null ? null : City.of(cities.get(p.placeId()), p.placeId()),
                p.furtherPlaceIds().stream().map(id -> City.of(cities.get(id), id)).toList(), p.countryCodes(), p.themes(),
                p.sizeClass(), p.routeRole(), p.sections(),
                p.contacts().stream().filter(c -> c.consent() || mayEdit).map(Practice.Contact::office).toList(),
                p.sources(), p.initiativeIds(), p.eventIds(),
                p.documentIds().stream().filter(d -> documentPermissions.maySee(d, reader)).toList(),
                inspired.stream().map(OutcomeStatement::id).toList(),
                dataValues(p, reader),
                p.transfers().stream().map(t -> new TransferPayload(City.of(cities.get(t.toPlaceId()), t.toPlaceId()),
                        t.year(), t.whatChanged(), t.source())).toList(),
                p.publication(), p.provenance(), p.version());
    }
}
