package org.crossroads.learning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.learning.OutcomeHarvest;
import org.crossroads.learning.OutcomeNotFoundException;
import org.crossroads.learning.OutcomeQuery;
import org.crossroads.learning.OutcomeStatement;
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

    @GetMapping("/outcomes")
    @Operation(summary = "Search outcome statements",
            description = """
                    Who changed what (behaviour, relationship, practice, policy, resources), when and where, its \
                    significance and how peer learning contributed. Anonymous callers get validated statements only; \
                    a signed-in editor also the drafts and the statements they may act on. Under the Chatham House \
                    rule source, recordedBy and substantiatedBy are replaced by a neutral wording unless the caller \
                    coordinates the outcome's network. Newest observations first.""")
    OutcomePage search(
            @Parameter(description = "draft, substantiated, validated or rejected") @RequestParam(required = false) String status,
            @Parameter(description = "a city id: outcomes that happened there") @RequestParam(required = false) Long place,
            @Parameter(description = "an event id: outcomes it contributed to") @RequestParam(required = false) Long event,
            @Parameter(description = "a capability code of the Five Core Capabilities framework, e.g. deliver")
            @RequestParam(required = false) String capability,
            @Parameter(description = "individual, institutional or collective") @RequestParam(required = false) String level,
            @Parameter(description = "behaviour, relationship, practice, policy or resources")
            @RequestParam(required = false) String changeType,
            @Parameter(description = "words that must all appear in the statement") @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Locale locale) {
        Optional<Editor> viewer = currentEditor.get();
        var result = harvest.search(new OutcomeQuery(status, place, event, capability, level, changeType, null, q, page, size),
                viewer);
        return new OutcomePage(resources.of(result.items(), locale), result.total(), result.page(), result.size());
    }

    @GetMapping("/outcomes/{id}")
    @Operation(summary = "One outcome statement", description = "404 when there is none the caller may see.")
    OutcomeResource outcome(@PathVariable long id, Locale locale) {
        OutcomeStatement outcome = harvest.find(id, currentEditor.get()).orElseThrow(() -> new OutcomeNotFoundException(id));
        return resources.of(List.of(outcome), locale).get(0);
    }
}
