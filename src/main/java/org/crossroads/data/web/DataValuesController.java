package org.crossroads.data.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.data.DataCatalogue;
import org.crossroads.data.DataValueColumns;
import org.crossroads.data.Indicator;
import org.crossroads.data.ProtectedValue;
import org.crossroads.data.SelectedValues;
import org.crossroads.data.UnknownSelectionException;
import org.crossroads.data.ValueSelection;
import org.crossroads.directory.Places;
import org.crossroads.shared.tabular.CsvExport;
import org.crossroads.shared.tabular.XlsxExport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Stored values of any selection (indicators, places, periods; each may repeat): a page with the first
 * rows, and the whole selection (up to {@link ValueSelection#MAX_ROWS}) as CSV with an HXL row, XLSX or
 * JSON, in the data import's long format. Everything goes through {@link SelectedValues}, so the public
 * sees small counts as "&lt;5" and no value above its level.
 */
@Controller
@Tag(name = "Local migration data")
class DataValuesController {

    static final int PAGE_ROWS = 200;
    /** Tells a script that the file stopped at the limit (the JSON says so in its last field). */
    static final String TRUNCATED_HEADER = "X-Crossroads-Truncated";

    private final SelectedValues selected;
    private final DataCatalogue catalogue;
    private final Places places;
    private final CurrentEditor currentEditor;

    DataValuesController(SelectedValues selected, DataCatalogue catalogue, Places places, CurrentEditor currentEditor) {
        this.selected = selected;
        this.catalogue = catalogue;
        this.places = places;
        this.currentEditor = currentEditor;
    }

    @GetMapping("/data/values")
    String page(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        AnalyticsRequest r = AnalyticsRequest.of(request);
        model.addAttribute("form", r);
        model.addAttribute("allIndicators", catalogue.indicators());
        model.addAttribute("selectedIndicators", r.indicators());
        model.addAttribute("exportQuery", r.query(1));
        model.addAttribute("maxRows", ValueSelection.MAX_ROWS);
        model.addAttribute("pageRows", PAGE_ROWS);
        if (r.indicators().isEmpty() && r.places().isEmpty() && r.periods().isEmpty()) {
            return "data/values";
        }
        try {
            SelectedValues.Selection found = selected.find(r.indicators(), r.places(), r.periods(), currentEditor.get(), PAGE_ROWS, 0);
            model.addAttribute("values", ValueLine.of(found.values(), catalogue, locale));
            model.addAttribute("more", found.more());
            model.addAttribute("threshold", found.threshold());
            model.addAttribute("hidden", found.values().stream().anyMatch(v -> v.suppressed() != null));
        } catch (UnknownSelectionException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalidKind", e.kind());
            model.addAttribute("invalidValue", e.value());
        }
        return "data/values";
    }

    @GetMapping("/data/values.{format:csv|xlsx}")
    void file(@PathVariable String format, HttpServletRequest request, HttpServletResponse response) throws IOException {
        AnalyticsRequest r = AnalyticsRequest.of(request);
        SelectedValues.Selection found;
        try {
            found = selected.find(fileIndicators(r.indicators()), r.places(), r.periods(), currentEditor.get(),
                    ValueSelection.MAX_ROWS, 0);
        } catch (UnknownSelectionException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getOutputStream().write(e.getMessage().getBytes(StandardCharsets.UTF_8));
            return;
        }
        boolean csv = "csv".equals(format);
        if (found.more()) {
            response.setHeader(TRUNCATED_HEADER, "first " + found.limit() + " rows");
        }
        response.setContentType(csv ? "text/csv; charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"crossroads-data-values." + format + "\"");
        List<List<Object>> rows = ValueRows.of(found.values(), places, csv);
        if (csv) {
            CsvExport.forMachines(DataValueColumns.ALL).write(rows, response.getOutputStream());
        } else {
            XlsxExport.of(DataValueColumns.ALL).withHxlRow(true).withSheetName("values").write(rows, response.getOutputStream());
        }
    }

    @Schema(description = "Data values of a selection, as the caller may see them")
    record ValueFile(List<ProtectedValue> values,
            @Schema(description = "Counts from 1 to below this are suppressed for callers who are not the city's own "
                    + "editors or its networks' coordinators", example = "5") int suppressedBelow,
            @Schema(description = "The most values one file holds", example = "100000") int maxRows,
            @Schema(description = "The selection has more values than maxRows: narrow it down") boolean truncated) {}

    @GetMapping(value = "/data/values.json", produces = "application/json")
    @ResponseBody
    @Operation(summary = "Data values of a selection, as one file", description = "The values the values page and its CSV "
            + "and XLSX downloads hold, in JSON: filter by indicator codes, places (directory ids or \"Name, CC\") and "
            + "periods, each parameter may repeat; at most maxRows values. The same protection as /api/data-values: "
            + "\"suppressed\": \"<5\" for small counts, \"x\" for values hiding them, for everyone but the city's own "
            + "editors and its networks' coordinators.")
    @Parameter(name = "indicator", description = "indicator codes")
    @Parameter(name = "place", description = "place ids or references (\"Sfax, TN\"); repeat the parameter for several")
    @Parameter(name = "period", description = "periods: 2024, 2024-Q3, 2024-07")
    @ApiResponse(responseCode = "400", description = "An unknown indicator or place; the reason names it")
    ResponseEntity<?> json(HttpServletRequest request) {
        AnalyticsRequest r = AnalyticsRequest.of(request);
        try {
            SelectedValues.Selection found = selected.find(r.indicators(), r.places(), r.periods(), currentEditor.get(),
                    ValueSelection.MAX_ROWS, 0);
            return ResponseEntity.ok(new ValueFile(found.values(), found.threshold(), found.limit(), found.more()));
        } catch (UnknownSelectionException e) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
        }
    }

    /**
     * Files in the import format leave computed indicators out unless chosen by name: the import refuses
     * them (they are recomputed from their inputs), and an export of everything must re-import unchanged.
     */
    private List<String> fileIndicators(List<String> chosen) {
        if (!chosen.isEmpty()) {
            return chosen;
        }
        // the demonstration's indicators only when chosen: generated figures never slip into a file of real ones
        List<String> stored = catalogue.indicators().stream().filter(i -> !i.isComputed() && !i.isDemonstration())
                .map(Indicator::code).toList();
        return stored.isEmpty() ? chosen : stored;
    }

    static Map<String, Indicator> byCode(DataCatalogue catalogue) {
        return catalogue.indicators().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
    }
}
