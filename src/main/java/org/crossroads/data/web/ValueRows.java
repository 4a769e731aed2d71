package org.crossroads.data.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.data.ProtectedValue;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;

/**
 * Values as rows of the data import's long format ({@code DataValueColumns}), so that an editor's export
 * re-imports unchanged: the number as stored (plain digits and a point; a number in XLSX), or the text
 * standing for a hidden one ("&lt;5", "x"); categories as {@code dimension=category} pairs separated by ";".
 */
final class ValueRows {

    private ValueRows() {
    }

    static List<List<Object>> of(List<ProtectedValue> values, Places places, boolean csv) {
        Map<Long, String> placeText = placeReferences(values, places);
        List<List<Object>> rows = new ArrayList<>(values.size());
        for (ProtectedValue v : values) {
            Object value;
            if (v.suppressed() != null) {
                value = v.suppressed();
            } else {
                // exact, not rounded to the indicator's decimals: a re-import must find the same number
                BigDecimal plain = new BigDecimal(v.value().stripTrailingZeros().toPlainString());
                value = csv ? plain.toPlainString() : plain;
            }
            rows.add(Arrays.asList(v.indicator(), placeText.get(v.placeId()), v.period(), categories(v.combination()), value,
                    v.source(), v.methodNote(), v.quality(), v.confidentiality()));
        }
        return rows;
    }

    static String categories(String combination) {
        return combination == null ? "" : combination.replace("|", "; ");
    }

    /**
     * "Name, CC" where that finds the place again on import, else its stable reference ({@code geonames:ID}):
     * two places of a country may share a name, and the import takes the most populous one.
     */
    private static Map<Long, String> placeReferences(List<ProtectedValue> values, Places places) {
        Set<Long> ids = new LinkedHashSet<>();
        values.forEach(v -> ids.add(v.placeId()));
        Map<Long, String> references = new HashMap<>();
        for (Place place : places.findAll(ids).values()) {
            String named = place.name() + ", " + place.countryCode();
            boolean unambiguous = places.resolve(named).map(p -> p.id() == place.id()).orElse(false);
            references.put(place.id(), unambiguous || place.reference() == null ? named : place.reference());
        }
        return references;
    }
}
