package org.crossroads.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.shared.statistics.SmallCellSuppression;
import org.springframework.stereotype.Service;

/**
 * Stored values of a selection as one reader may see them: the API, the exports and the values page all
 * read through here, so that no path gives the public a value the analytics hide. Values above the
 * reader's confidentiality are left out; for readers not entitled to a city's confidential view, its
 * small counts and the values protecting them are hidden ({@link ProtectedValues}).
 */
@org.springframework.modulith.NamedInterface("api")
@Service
public class SelectedValues {

    private final ValueSelection selection;
    private final DataValues values;
    private final DataCatalogue catalogue;
    private final DataAccess access;
    private final SmallCellSuppression rule;
    private final HiddenFigures hidden;

    SelectedValues(ValueSelection selection, DataValues values, DataCatalogue catalogue, DataAccess access,
            DataSettings settings, HiddenFigures hidden) {
        this.hidden = hidden;
        this.selection = selection;
        this.values = values;
        this.catalogue = catalogue;
        this.access = access;
        this.rule = new SmallCellSuppression(settings.smallCountThreshold());
    }

    /**
     * @param values the values, in the order of the indicator code, place name, period and categories
     * @param more there are further values after these (an export stopped at its limit)
     */
    public record Selection(List<ProtectedValue> values, int limit, int offset, boolean more, int threshold) {}

    /**
     * @param indicators codes; places: directory ids or references ("Sfax, TN"); periods: texts; empty for all
     * @param limit at most {@link ValueSelection#MAX_ROWS}
     * @throws UnknownSelectionException naming an indicator or place that is not known
     */
    public Selection find(List<String> indicators, List<String> places, List<String> periods, Optional<Editor> reader,
            int limit, int offset) {
        Map<String, Indicator> byCode = new HashMap<>();
        catalogue.indicators().forEach(i -> byCode.put(i.code(), i));
        for (String code : indicators == null ? List.<String>of() : indicators) {
            if (!byCode.containsKey(code)) {
                throw new UnknownSelectionException("indicator", code);
            }
        }
        DataValues.Query query = selection.query(indicators, places, periods, reader, limit, offset);
        // one row more than asked tells whether the selection goes on
        List<DataValues.Row> rows = values.find(new DataValues.Query(query.indicators(), query.placeIds(), query.periods(),
                query.levels(), query.confidentialPlaces(), query.limit() + 1, query.offset()));
        boolean more = rows.size() > query.limit();
        rows = more ? rows.subList(0, query.limit()) : rows;
        DataAccess.ConfidentialView view = access.confidentialView(reader);
        // decided for whole tables when the values were imported: a page ending inside a group changes nothing
        List<ProtectedValue> shown = new ProtectedValues(hidden, byCode, view, rule.threshold()).protect(rows);
        return new Selection(shown, query.limit(), query.offset(), more, rule.threshold());
    }
}
