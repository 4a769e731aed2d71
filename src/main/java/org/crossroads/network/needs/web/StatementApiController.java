package org.crossroads.network.needs.web;

import org.crossroads.shared.web.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.network.needs.Need;
import org.crossroads.network.needs.NeedsAndOffers;
import org.crossroads.network.needs.Offer;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Needs and offers for other platforms. Anonymous clients get public ones only; a signed-in session also gets
 * the private ones of the cities in its scope. A private id is 404 for everyone else.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Needs and offers", description = "What cities need to learn, and the expertise they can share with peers")
class StatementApiController {

    static final int MAX_SIZE = 200;

    private final NeedsAndOffers reads;
    private final Places places;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;

    static final String SORT = "the order: date (when stated, newest first; the default), name (A–Z by the title in the "
            + "language of Accept-Language or lang where translated) or changed (most recently changed first); ties by id; "
            + "any other value gives the default";

    StatementApiController(NeedsAndOffers reads, Places places, Vocabularies vocabularies, CurrentEditor currentEditor) {
        this.reads = reads;
        this.places = places;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
    }

    @GetMapping("/needs")
    @Operation(summary = "Needs, newest first unless sort says otherwise, filtered by theme, route, country and status",
            description = "Private needs are included only for a session in the city's scope (its focal points, the "
                    + "coordinators of its networks, administrators).",
            responses = {@ApiResponse(responseCode = "200", description = "a page of needs"),
                @ApiResponse(responseCode = "400", description = "an unknown theme, route, status or country code, "
                        + "or a bad page or size", content = @Content)})
    StatementPayloads.Page<StatementPayloads.NeedPayload> needs(
            @Parameter(description = "a code of the vocabulary theme") @RequestParam(required = false) String theme,
            @Parameter(description = "a code of the vocabulary route, e.g. central_med") @RequestParam(required = false) String route,
            @Parameter(description = "ISO 3166-1 alpha-2 code of the city's country") @RequestParam(required = false) String country,
            @Parameter(description = "open, met or withdrawn") @RequestParam(required = false) String status,
            @Parameter(description = SORT) @RequestParam(required = false) String sort,
            @Parameter(description = "page number from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "results per page, 1 to 200") @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        ListFilters filters = ListFilters.of(theme, route, country, status, Need.STATUSES, vocabularies);
        return page(reads.needs(filters.query(sort, locale), reader()), page, size, Need::placeId, StatementPayloads.NeedPayload::of);
    }

    @GetMapping("/needs/{id:\\d+}")
    @Operation(summary = "One need", responses = {@ApiResponse(responseCode = "200", description = "the need"),
        @ApiResponse(responseCode = "404", description = "no such need, or a private one outside the session's scope",
                content = @Content)})
    StatementPayloads.NeedPayload need(@PathVariable long id) {
        Need need = reads.need(id, reader()).orElseThrow(() -> new RecordNotFoundException("need", id));
        return StatementPayloads.NeedPayload.of(need, places.find(need.placeId()).orElse(null));
    }

    @GetMapping("/offers")
    @Operation(summary = "Offers, newest first unless sort says otherwise, filtered by theme, route, country and status",
            description = "Private offers are included only for a session in the city's scope.",
            responses = {@ApiResponse(responseCode = "200", description = "a page of offers"),
                @ApiResponse(responseCode = "400", description = "an unknown theme, route, status or country code, "
                        + "or a bad page or size", content = @Content)})
    StatementPayloads.Page<StatementPayloads.OfferPayload> offers(
            @Parameter(description = "a code of the vocabulary theme") @RequestParam(required = false) String theme,
            @Parameter(description = "a code of the vocabulary route") @RequestParam(required = false) String route,
            @Parameter(description = "ISO 3166-1 alpha-2 code of the city's country") @RequestParam(required = false) String country,
            @Parameter(description = "available or withdrawn") @RequestParam(required = false) String status,
            @Parameter(description = SORT) @RequestParam(required = false) String sort,
            @Parameter(description = "page number from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "results per page, 1 to 200") @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        ListFilters filters = ListFilters.of(theme, route, country, status, Offer.STATUSES, vocabularies);
        return page(reads.offers(filters.query(sort, locale), reader()), page, size, Offer::placeId, StatementPayloads.OfferPayload::of);
    }

    @GetMapping("/offers/{id:\\d+}")
    @Operation(summary = "One offer", responses = {@ApiResponse(responseCode = "200", description = "the offer"),
        @ApiResponse(responseCode = "404", description = "no such offer, or a private one outside the session's scope",
                content = @Content)})
    StatementPayloads.OfferPayload offer(@PathVariable long id) {
        Offer offer = reads.offer(id, reader()).orElseThrow(() -> new RecordNotFoundException("offer", id));
        return StatementPayloads.OfferPayload.of(offer, places.find(offer.placeId()).orElse(null));
    }

    private <T, P> StatementPayloads.Page<P> page(List<T> all, int page, int size, ToLongFunction<T> placeOf,
            BiFunction<T, Place, P> payload) {
        if (page < 1) {
            throw new BadParameterException("page", "Pages start at 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameterException("size", "Size must be between 1 and " + MAX_SIZE);
        }
        long from = (long) (page - 1) * size;
        List<T> shown = from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
        Map<Long, Place> cities = shown.isEmpty() ? Map.of()
                : places.findAll(shown.stream().map(placeOf::applyAsLong).distinct().toList());
        return new StatementPayloads.Page<>(all.size(), page, size,
                shown.stream().map(s -> payload.apply(s, cities.get(placeOf.applyAsLong(s)))).toList());
    }

    private Optional<Editor> reader() {
        return currentEditor.get();
    }
}
