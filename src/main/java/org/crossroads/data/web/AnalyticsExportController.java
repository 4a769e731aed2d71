package org.crossroads.data.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.data.DataAnalytics;
import org.crossroads.data.Figure;
import org.crossroads.data.FigureText;
import org.crossroads.data.Pivot;
import org.crossroads.data.PivotQuery;
import org.crossroads.directory.Places;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.tabular.CsvExport;
import org.crossroads.shared.tabular.XlsxExport;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Any pivot selection as CSV (with an HXL hashtag row) or XLSX, in the long format of data imports: one
 * figure per row. The same figures as the page: small counts as "&lt;5", cells protecting them as "x",
 * nothing the reader may not see. Cells a spreadsheet would run as formulas are neutralised.
 */
@Controller
class AnalyticsExportController {

    static final List<Column> COLUMNS = List.of(Column.of("indicator", "#indicator+code"), Column.of("place", "#loc+name"),
            Column.of("period", "#date+period"), Column.of("categories", "#meta+categories"),
            Column.of("value", "#indicator+value+num"));

    private final DataAnalytics analytics;
    private final Places places;
    private final CurrentEditor currentEditor;

    AnalyticsExportController(DataAnalytics analytics, Places places, CurrentEditor currentEditor) {
        this.analytics = analytics;
        this.places = places;
        this.currentEditor = currentEditor;
    }

    @GetMapping("/data/pivot.{format:csv|xlsx}")
    void export(@PathVariable String format, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Pivot pivot;
        try {
            pivot = analytics.pivot(AnalyticsController.pivotQuery(places, AnalyticsRequest.of(request), PivotQuery.MAX_PLACES),
                    currentEditor.get());
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        boolean csv = "csv".equals(format);
        List<List<Object>> rows = rows(pivot, csv);
        response.setContentType(csv ? "text/csv; charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"crossroads-data-pivot." + format + "\"");
        if (csv) {
            CsvExport.forMachines(COLUMNS).write(rows, response.getOutputStream());
        } else {
            XlsxExport.of(COLUMNS).withHxlRow(true).withSheetName("pivot").write(rows, response.getOutputStream());
        }
    }

    /** One row per figure; numbers as numbers in XLSX, plain digits in CSV. */
    static List<List<Object>> rows(Pivot pivot, boolean csv) {
        List<List<Object>> rows = new ArrayList<>();
        for (Pivot.Row r : pivot.rows()) {
            for (int c = 0; c < pivot.columns().size(); c++) {
                Figure f = r.cells().get(c);
                if (f == null) {
                    continue;
                }
                Pivot.Column column = pivot.columns().get(c);
                String categories = column.isTotal() ? "" : pivot.dimension().code() + "=" + column.category();
                Object value;
                if (f.suppressed()) {
                    value = FigureText.of(f, r.indicator().decimals(), pivot.threshold(), java.util.Locale.ROOT);
                } else {
                    String plain = FigureText.plain(f.value(), r.indicator().decimals());
                    value = csv ? plain : new BigDecimal(plain);
                }
                rows.add(List.of(r.indicator().code(), AnalyticsViews.place(r.place()), column.period(), categories, value));
            }
        }
        return rows;
    }
}
