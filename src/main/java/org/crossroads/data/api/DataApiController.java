package org.crossroads.data.api;

import org.crossroads.shared.web.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.data.DataCatalogue;
import org.crossroads.data.Dimension;
import org.crossroads.data.Indicator;
import org.crossroads.data.ProtectedValue;
import org.crossroads.data.SelectedValues;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The indicator catalogue and data values in JSON; values only at the confidentiality the caller may see,
 * with small counts suppressed for the public as in the analytics ({@link SelectedValues}).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Local migration data", description = "Indicator catalogue, dimensions and data values")
class DataApiController {

    private final DataCatalogue catalogue;
    private final SelectedValues selected;
    private final CurrentEditor currentEditor;

    DataApiController(DataCatalogue catalogue, SelectedValues selected, CurrentEditor currentEditor) {
        this.catalogue = catalogue;
        this.selected = selected;
        this.currentEditor = currentEditor;
    }

    @GetMapping("/indicators")
    @Operation(summary = "The indicator catalogue", description = "Codes, names and definitions in every language, units, "
            + "value types, aggregation, dimensions, domain tags, preferred sources, proxy flags and formulas.")
    List<Indicator> indicators() {
        return catalogue.indicators();
    }

    @GetMapping("/indicators/{code}")
    @Operation(summary = "One indicator")
    Indicator indicator(@PathVariable String code) {
        return catalogue.indicator(code).orElseThrow(() -> new RecordNotFoundException("indicator", code));
    }

    @GetMapping("/dimensions")
    @Operation(summary = "The dimensions values are broken down by, with their categories")
    List<Dimension> dimensions() {
        return catalogue.dimensions();
    }

    @Schema(description = "A page of data values")
    record ValuePage(List<ProtectedValue> items, int limit, int offset,
            @Schema(description = "More values follow: ask again with a larger offset") boolean more,
            @Schema(description = "Counts from 1 to below this are suppressed (\"<5\") for callers who are not the city's "
                    + "own editors or its networks' coordinators", example = "5") int suppressedBelow) {}

    @GetMapping("/data-values")
    @Operation(summary = "Data values", description = "Filter by indicator codes, places (directory ids or \"Name, CC\") and "
            + "periods; each parameter may repeat. Public values for everyone, restricted ones for signed-in editors, "
            + "confidential ones only for the city's own editors and its networks' coordinators. For everyone else, "
            + "counts from 1 to below the threshold have a null value and \"suppressed\": \"<5\", and the values that "
            + "would give them away (a total minus the other values) have \"suppressed\": \"x\", as in the pivot.")
    @ApiResponse(responseCode = "400", description = "An unknown indicator or place; the reason names it")
    ValuePage values(@Parameter(description = "indicator codes") @RequestParam(required = false) List<String> indicator,
            @Parameter(description = "place ids or references (\"Sfax, TN\"); repeat the parameter for several",
                    array = @ArraySchema(schema = @Schema(type = "string")))
            @RequestParam(required = false) List<String> place, HttpServletRequest request,
            @Parameter(description = "periods: 2024, 2024-Q3, 2024-07") @RequestParam(required = false) List<String> period,
            @Parameter(description = "at most this many values (up to 10000)") @RequestParam(defaultValue = "1000") int limit,
            @Parameter(description = "values to skip, for the next page") @RequestParam(defaultValue = "0") int offset) {
        // read places unsplit: a reference such as "Sfax, TN" holds a comma
        String[] places = request.getParameterValues("place");
        SelectedValues.Selection found = selected.find(indicator, places == null ? List.of() : List.of(places), period,
                currentEditor.get(), Math.min(limit, 10_000), offset);
        return new ValuePage(found.values(), found.limit(), found.offset(), found.more(), found.threshold());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badSelection(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
