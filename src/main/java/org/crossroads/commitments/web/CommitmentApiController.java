package org.crossroads.commitments.web;

import org.crossroads.shared.web.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.Framework;
import org.crossroads.commitments.Frameworks;
import org.crossroads.commitments.Pledge;
import org.crossroads.commitments.PledgeQuery;
import org.crossroads.commitments.Pledges;
import org.crossroads.commitments.Recommendation;
import org.crossroads.commitments.Recommendations;
import org.crossroads.commitments.web.CommitmentPayloads.Article;
import org.crossroads.commitments.web.CommitmentPayloads.Cycle;
import org.crossroads.commitments.web.CommitmentPayloads.Figure;
import org.crossroads.commitments.web.CommitmentPayloads.FrameworkPayload;
import org.crossroads.commitments.web.CommitmentPayloads.FrameworkSummary;
import org.crossroads.commitments.web.CommitmentPayloads.PledgePage;
import org.crossroads.commitments.web.CommitmentPayloads.PledgePayload;
import org.crossroads.commitments.web.CommitmentPayloads.RecommendationPage;
import org.crossroads.commitments.web.CommitmentPayloads.RecommendationPayload;
import org.crossroads.commitments.web.CommitmentPayloads.StatedCount;
import org.crossroads.commitments.web.CommitmentPayloads.StatusCounts;
import org.crossroads.commitments.web.CommitmentPayloads.Text;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.crossroads.shared.web.ListSort;
import org.crossroads.shared.web.Sorting;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Frameworks, pledges and recommendations for other platforms, as the caller may see them: a restricted pledge,
 * signature or uptake is listed only for its parties' focal points, their networks' coordinators and administrators
 * (a session signed in as one of them), answered 404 for anyone else, and counted for everyone through the
 * small-count rule, a protected figure being null with the reason beside it.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Commitments", description = "Frameworks cities sign, their pledges and where each stands, and the "
        + "recommendations of reports with who took them up")
class CommitmentApiController {

    static final int MAX_SIZE = 200;

    private final Frameworks frameworks;
    private final Pledges pledges;
    private final Recommendations recommendations;
    private final CommitmentApiParts parts;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;

    CommitmentApiController(Frameworks frameworks, Pledges pledges, Recommendations recommendations,
            CommitmentApiParts parts, Vocabularies vocabularies, CurrentEditor currentEditor) {
        this.frameworks = frameworks;
        this.pledges = pledges;
        this.recommendations = recommendations;
        this.parts = parts;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
    }

    @GetMapping("/frameworks")
    @Operation(summary = "Every framework, with the signatories the caller sees named, the counts sources give without "
            + "names and the reviews it reports to", responses = @ApiResponse(responseCode = "200",
                    description = "the frameworks"))
    List<FrameworkSummary> frameworks(Locale locale) {
        Optional<Editor> reader = currentEditor.get();
        return frameworks.all().stream().map(f -> summary(f, reader, locale)).toList();
    }

    @GetMapping("/frameworks/{id:\\d+}")
    @Operation(summary = "One framework: its articles, reviews, the signatures the caller may see, how many signatories "
            + "are not named, and its pledges by status (protected figures are null, with the reason)",
            responses = {@ApiResponse(responseCode = "200", description = "the framework"),
                @ApiResponse(responseCode = "404", description = "no such framework", content = @Content)})
    FrameworkPayload framework(@PathVariable long id, Locale locale) {
        Optional<Editor> reader = currentEditor.get();
        Framework f = frameworks.find(id).orElseThrow(() -> new RecordNotFoundException("framework", id));
        return new FrameworkPayload(summary(f, reader, locale),
                Text.of(f.summary(), f.language(), f.translations(), "summary", locale), f.articlesLabel(),
                f.articles().stream().map(a -> new Article(a.number(),
                        Text.of(a.text(), a.language(), a.translations(), "text", locale))).toList(),
                parts.signatures(frameworks.signatures(id, reader), locale),
                Figure.of(frameworks.unnamedSignatories(id, reader)),
                StatusCounts.of(pledges.figures(PledgeQuery.ofFramework(id), null, reader)), f.sources());
    }

    @GetMapping("/pledges")
    @Operation(summary = "Pledges the caller may see, filtered as the pledge list is, with the figures by status",
            responses = {@ApiResponse(responseCode = "200", description = "a page of pledges"),
                @ApiResponse(responseCode = "400", description = "an unknown status, GCM objective or theme, or a bad "
                        + "page or size", content = @Content)})
    PledgePage pledges(
            @Parameter(description = "id of a framework (/api/frameworks)") @RequestParam(required = false) Long framework,
            @Parameter(description = "id of a city party to the pledge") @RequestParam(required = false) Long city,
            @Parameter(description = "announced, planned, in_progress, fulfilled, changed, stalled or withdrawn")
            @RequestParam(required = false) String status,
            @Parameter(description = "a GCM objective's number") @RequestParam(required = false) String gcm,
            @Parameter(description = "a code of the vocabulary theme") @RequestParam(required = false) String theme,
            @Parameter(description = "the order: date (of the current status, newest first; the default), name (A–Z by "
                    + "the text in the language of Accept-Language or lang where translated) or changed (most recently "
                    + "changed first); ties by id; any other value gives the default")
            @RequestParam(required = false) String sort,
            @Parameter(description = "page number from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "results per page, 1 to 200") @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        checkPage(page, size);
        PledgeQuery query = PledgeFilters.read(framework, city, status, gcm, theme, vocabularies).query();
        Optional<Editor> reader = currentEditor.get();
        Sorting sorting = Sorting.read(sort, false, ListSort.DATE, ListSort.DATE, ListSort.NAME, ListSort.CHANGED);
        List<Pledge> found = pledges.search(query, reader, sorting.chosen(), locale.getLanguage(), size, offset(page, size));
        return new PledgePage(pledges.count(query, reader), page, size, parts.pledges(found, false, reader, locale),
                StatusCounts.of(pledges.figures(query, null, reader)));
    }

    @GetMapping("/pledges/{id:\\d+}")
    @Operation(summary = "One pledge with its status over time and the evidence of each change",
            responses = {@ApiResponse(responseCode = "200", description = "the pledge"),
                @ApiResponse(responseCode = "404", description = "no such pledge, or a restricted one the session may not "
                        + "see", content = @Content)})
    PledgePayload pledge(@PathVariable long id, Locale locale) {
        Optional<Editor> reader = currentEditor.get();
        Pledge p = pledges.find(id, reader).orElseThrow(() -> new RecordNotFoundException("pledge", id));
        return parts.pledges(List.of(p), true, reader, locale).get(0);
    }

    @GetMapping("/recommendations")
    @Operation(summary = "Recommendations of reports and events, filtered as the register is, most recently changed first",
            responses = {@ApiResponse(responseCode = "200", description = "a page of recommendations"),
                @ApiResponse(responseCode = "400", description = "an unknown addressee or theme, taken other than yes or "
                        + "no, or a bad page or size", content = @Content)})
    RecommendationPage recommendations(
            @Parameter(description = "cities, networks, national_governments, donors, international_organisations, "
                    + "civil_society or researchers") @RequestParam(required = false) String addressee,
            @Parameter(description = "a code of the vocabulary theme") @RequestParam(required = false) String theme,
            @Parameter(description = "id of the report (/api/documents/{id})") @RequestParam(required = false) Long document,
            @Parameter(description = "yes: those someone took up (by the uptakes the caller may see); no: those nobody has")
            @RequestParam(required = false) String taken,
            @Parameter(description = "the order: changed (most recently changed first; the default) or name (A–Z by the "
                    + "text in the language of Accept-Language or lang where translated); ties by id")
            @RequestParam(required = false) String sort,
            @Parameter(description = "page number from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "results per page, 1 to 200") @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        checkPage(page, size);
        RecommendationFilters filters = RecommendationFilters.read(addressee, theme, document, taken, vocabularies);
        Optional<Editor> reader = currentEditor.get();
        Sorting sorting = Sorting.read(sort, false, ListSort.CHANGED, ListSort.NAME, ListSort.CHANGED);
        List<Recommendation> found = recommendations.search(filters.query(), reader, sorting.chosen(), locale.getLanguage(),
                size, offset(page, size));
        return new RecommendationPage(recommendations.count(filters.query(), reader), page, size,
                found.stream().map(r -> parts.recommendation(r, false, reader, locale)).toList());
    }

    @GetMapping("/recommendations/{id:\\d+}")
    @Operation(summary = "One recommendation with the uptakes the caller may see, and how many it is not shown",
            responses = {@ApiResponse(responseCode = "200", description = "the recommendation"),
                @ApiResponse(responseCode = "404", description = "no such recommendation", content = @Content)})
    RecommendationPayload recommendation(@PathVariable long id, Locale locale) {
        Optional<Editor> reader = currentEditor.get();
        Recommendation r = recommendations.find(id, reader)
                .orElseThrow(() -> new RecordNotFoundException("recommendation", id));
        return parts.recommendation(r, true, reader, locale);
    }

    private FrameworkSummary summary(Framework f, Optional<Editor> reader, Locale locale) {
        return new FrameworkSummary(f.id(), f.externalId(), f.kind(),
                Text.of(f.title(), f.language(), f.translations(), "title", locale), f.adopted() == null ? null
                        : f.adopted().iso(), parts.convener(f), parts.visibleDocument(f.documentId(), reader),
                frameworks.signatures(f.id(), reader).size(), f.stated().stream().map(StatedCount::of).toList(),
                frameworks.cyclesOf(f).stream().map(c -> Cycle.of(c, locale)).toList());
    }

    private static void checkPage(int page, int size) {
        if (page < 1) {
            throw new BadParameterException("page", "Pages start at 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameterException("size", "Size must be between 1 and " + MAX_SIZE);
        }
    }

    private static int offset(int page, int size) {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }
}
