package org.crossroads.data.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.data.DataCatalogue;
import org.crossroads.data.Dimension;
import org.crossroads.data.FigureText;
import org.crossroads.data.Indicator;
import org.crossroads.data.ProtectedValue;

/**
 * A value as the values page shows it: names in the reader's language, the number written their way (or
 * "&lt;5", "x").
 *
 * @param hidden the number is suppressed
 */
record ValueLine(String indicator, String code, String place, String period, String categories, String value,
        boolean hidden, String source, String quality, String confidentiality) {

    static List<ValueLine> of(List<ProtectedValue> values, DataCatalogue catalogue, Locale locale) {
        Map<String, Indicator> indicators = DataValuesController.byCode(catalogue);
        // the catalogue is read once per page, not once per value
        Map<String, Dimension> dimensions = new HashMap<>();
        catalogue.dimensions().forEach(d -> dimensions.put(d.code(), d));
        List<ValueLine> lines = new ArrayList<>(values.size());
        for (ProtectedValue v : values) {
            Indicator indicator = indicators.get(v.indicator());
            String value = v.suppressed() != null ? v.suppressed()
                    : FigureText.number(v.value(), indicator == null ? 6 : indicator.decimals(), locale);
            lines.add(new ValueLine(indicator == null ? v.indicator() : indicator.name().in(locale), v.indicator(),
                    v.placeName() + ", " + v.countryCode(), v.period(), categories(v, dimensions, locale), value,
                    v.suppressed() != null, v.source(), v.quality(), v.confidentiality()));
        }
        return lines;
    }

    private static String categories(ProtectedValue v, Map<String, Dimension> dimensions, Locale locale) {
        List<String> parts = new ArrayList<>();
        v.categories().forEach((dimension, category) -> parts.add(java.util.Optional.ofNullable(dimensions.get(dimension))
                .map(d -> d.name().in(locale) + ": " + d.category(category).map(c -> c.name().in(locale)).orElse(category))
                .orElse(dimension + "=" + category)));
        return String.join("; ", parts);
    }
}
