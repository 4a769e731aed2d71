package org.crossroads.library.practices;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.data.DataCatalogue;
import org.crossroads.data.Indicator;
import org.crossroads.data.ProtectedValue;
import org.crossroads.data.SelectedValues;
import org.springframework.stereotype.Service;

/**
 * The data values a practice cites, as the reader may see them: read through the data module's
 * {@link SelectedValues}, the path of the data pages, API and exports, so a protected or suppressed value shows as
 * "&lt;5" or "x" and never as its number, and a value above the reader's confidentiality is not available.
 */
@Service
public class PracticeDataValues {

    private final SelectedValues values;
    private final DataCatalogue catalogue;

    PracticeDataValues(SelectedValues values, DataCatalogue catalogue) {
        this.values = values;
        this.catalogue = catalogue;
    }

    /**
     * A cited value for one reader.
     *
     * @param indicatorName in the reader's language
     * @param value the number; null when protected or not available
     * @param suppressed what stands for a protected number ("&lt;5", "x"); null when shown or not available
     * @param available whether the data module holds the total and lets the reader see it (perhaps protected)
     */
    public record Shown(String indicator, String indicatorName, String unit, long placeId, int year, BigDecimal value,
            String suppressed, boolean available) {}

    public List<Shown> of(Practice p, Optional<Editor> reader, Locale locale) {
        return p.dataValues().stream().map(v -> shown(v, reader, locale)).toList();
    }

    private Shown shown(Practice.DataValue v, Optional<Editor> reader, Locale locale) {
        Optional<Indicator> indicator = catalogue.indicator(v.indicator());
        String name = indicator.map(i -> i.name().in(locale)).orElse(v.indicator());
        String unit = indicator.map(Indicator::unit).orElse(null);
        if (indicator.isEmpty()) {
            return new Shown(v.indicator(), name, null, v.placeId(), v.year(), null, null, false);
        }
        // the total (no breakdown) of the year, as the reader may see it
        Optional<ProtectedValue> total = values.find(List.of(v.indicator()), List.of(String.valueOf(v.placeId())),
                List.of(String.valueOf(v.year())), reader, 500, 0).values().stream()
                .filter(x -> x.combination() == null || x.combination().isEmpty()).findFirst();
        return total.map(t -> new Shown(v.indicator(), name, unit, v.placeId(), v.year(), t.value(), t.suppressed(), true))
                .orElseGet(() -> new Shown(v.indicator(), name, unit, v.placeId(), v.year(), null, null, false));
    }
}
