package org.crossroads.data.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.data.DataCatalogue;
import org.crossroads.data.DataValues;
import org.crossroads.data.Dimension;
import org.crossroads.data.Indicator;
import org.crossroads.data.ValueSelection;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The indicator catalogue and data values in JSON; values only at the confidentiality the caller may see. */
@RestController
@RequestMapping("/api")
@Tag(name = "Local migration data", description = "Indicator catalogue, dimensions and data values")
class DataApiController {

    private final DataCatalogue catalogue;
    private final DataValues values;
    private final ValueSelection selection;
    private final CurrentEditor currentEditor;

    DataApiController(DataCatalogue catalogue, DataValues values, ValueSelection selection, CurrentEditor currentEditor) {
        this.catalogue = catalogue;
        this.values = values;
        this.selection = selection;
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
        return catalogue.indicator(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No indicator " + code));
    }

    @GetMapping("/dimensions")
    @Operation(summary = "The dimensions values are broken down by, with their categories")
    List<Dimension> dimensions() {
        return catalogue.dimensions();
    }

    record ValuePage(List<DataValues.Row> items, int limit, int offset) {}

    @GetMapping("/data-values")
    @Operation(summary = "Data values", description = "Filter by indicator codes, places (directory ids or \"Name, CC\") and "
            + "periods; each parameter may repeat. Public values for everyone, restricted ones for signed-in editors, "
            + "confidential ones only for the city's own editors and its networks' coordinators.")
    ValuePage values(@Parameter(description = "indicator codes") @RequestParam(required = false) List<String> indicator,
            @Parameter(description = "place ids or references (\"Sfax, TN\"); repeat the parameter for several")
            @RequestParam(required = false) List<String> place, jakarta.servlet.http.HttpServletRequest request,
            @Parameter(description = "periods: 2024, 2024-Q3, 2024-07") @RequestParam(required = false) List<String> period,
            @RequestParam(defaultValue = "1000") int limit, @RequestParam(defaultValue = "0") int offset) {
        try {
            // read places unsplit: a reference such as "Sfax, TN" holds a comma
            String[] places = request.getParameterValues("place");
            var query = selection.query(indicator, places == null ? List.of() : List.of(places), period, currentEditor.get(), Math.min(limit, 10_000), offset);
            return new ValuePage(values.find(query), query.limit(), query.offset());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
