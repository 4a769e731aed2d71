package org.crossroads.learning.outcomes.api;

import org.crossroads.shared.web.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.learning.outcomes.OutcomeQuery;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.crossroads.shared.web.ListSort;
import org.crossroads.shared.web.Sorting;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Harvested outcomes in JSON: validated ones for everyone, with who said them hidden under the Chatham House rule. */
@RestController
@RequestMapping("/api")
@Tag(name = "Peer learning", description = "Events, participation statistics, surveys, capability assessments and outcomes")
class OutcomeApiController {

    private final OutcomeHarvest harvest;
    private final OutcomeResources resources;
    private final CurrentEditor currentEditor;

    OutcomeApiController(OutcomeHarvest harvest, OutcomeResources resources, CurrentEditor currentEditor) {
        this.harvest = harvest;
        this.resources = resources;
        this.currentEditor = currentEditor;
    }

    record OutcomePage(List<OutcomeResource> items, long total, int page, int size) {}

    /**
     * The query parameters of the search; any other is refused, so that a misspelt filter is not silently
     * ignored (and everything returned). {@code lang} chooses the language of labels, as on every page.
     */
    static final Set<String> PARAMETERS = Set.of("status", "place", "event", "capability", "level", "type", "changeType",
            "q", "sort", "page", "size", "lang");

    @GetMapping("/outcomes")
    @Operation(summary = "Search outcome statements",
            description = """
                    Who changed what (behaviour, relationship, practice, policy, resources), when and where, its \
                    significance and how peer learning contributed. Anonymous callers get validated statements only; \
                    a signed-in editor also the drafts and the statements they may act on. Under the Chatham House \
                    rule source, recordedBy and substantiatedBy are replaced by a neutral wording unless the caller \
                    coordinates the outcome's network. By relevance with q, else newest observations first, unless sort \
                    says otherwise.""")
    @ApiResponse(responseCode = "400", description = "An unknown query parameter, named in the detail; or type and "
            + "changeType given with different values")
    ResponseEntity<?> search(
            @Parameter(description = "draft, substantiated, validated, rejected or withdrawn (signed-in callers; the public "
                    + "sees validated statements only)") @RequestParam(required = false) String status,
            @Parameter(description = "a city id: outcomes that happened there") @RequestParam(required = false) Long place,
            @Parameter(description = "an event id: outcomes it contributed to") @RequestParam(required = false) Long event,
            @Parameter(description = "a capability code of the Five Core Capabilities framework, e.g. deliver")
            @RequestParam(required = false) String capability,
            @Parameter(description = "individual, institutional or collective") @RequestParam(required = false) String level,
            @Parameter(description = "the change type, as on the /outcomes page: behaviour, relationship, practice, policy "
                    + "or resources") @RequestParam(required = false) String type,
            @Parameter(description = "deprecated alias of type, still accepted for scripts written before it", deprecated = true)
            @RequestParam(required = false) String changeType,
            @Parameter(description = "words, in English, French, Arabic or Spanish, that must all match the statement (any form of the word, accents ignored, never its source), its city by any of its names, or its network by name or acronym") @RequestParam(required = false) String q,
            @Parameter(description = "the order: relevance (with q only, and then the default), date (the newest "
                    + "observation first, the undated last; the default without q), name (A–Z by change agent) or changed "
                    + "(most recently changed first); ties by id; any other value gives the default")
            @RequestParam(required = false) String sort,
            @Parameter(description = "page number from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "results per page") @RequestParam(defaultValue = "50") int size, Locale locale,
            HttpServletRequest request) {
        Optional<String> unknown = request.getParameterMap().keySet().stream().filter(name -> !PARAMETERS.contains(name))
                .sorted().findFirst();
        if (unknown.isPresent()) {
            return problem("Unknown query parameter \"" + unknown.get() + "\". This endpoint takes: "
                    + String.join(", ", new TreeSet<>(PARAMETERS)) + ".");
        }
        if (type != null && changeType != null && !type.strip().equals(changeType.strip())) {
            return problem("type and changeType name the same filter (changeType is its old name): give one.");
        }
        String change = type != null ? type : changeType;
        Optional<Editor> viewer = currentEditor.get();
        ListSort order = Sorting.read(sort, q != null && !q.isBlank(), ListSort.DATE, ListSort.NAME, ListSort.DATE,
                ListSort.CHANGED).chosen();
        var result = harvest.search(new OutcomeQuery(status, place, event, capability, level, change, null, q, page, size,
                order), viewer);
        return ResponseEntity.ok(new OutcomePage(resources.of(result.items(), locale), result.total(), result.page(),
                result.size()));
    }

    private static ResponseEntity<ProblemDetail> problem(String detail) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }

    @GetMapping("/outcomes/{id}")
    @Operation(summary = "One outcome statement", description = "404 when there is none the caller may see.")
    OutcomeResource outcome(@PathVariable long id, Locale locale) {
        OutcomeStatement outcome = harvest.find(id, currentEditor.get()).orElseThrow(() -> new RecordNotFoundException("outcome statement", id));
        return resources.of(List.of(outcome), locale).get(0);
    }
}
