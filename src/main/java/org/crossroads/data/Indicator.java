package org.crossroads.data;

import java.util.List;
import org.crossroads.shared.vocabulary.LocalText;

/**
 * An indicator of the catalogue.
 *
 * @param valueType count, number, percent, ratio or currency
 * @param aggregation how values combine across categories and places: sum, average or none
 * @param domains codes of vocabulary {@code integration_domain} (Vienna's eight areas)
 * @param sourceTypes preferred source types (vocabulary {@code data_source_type})
 * @param formula for computed indicators, arithmetic over other indicators' codes; null otherwise
 * @param dimensions codes of the dimensions its values may be broken down by, in order
 */
@org.springframework.modulith.NamedInterface("api")
public record Indicator(long id, String code, LocalText name, LocalText definition, String unit, String valueType,
        String aggregation, List<String> domains, List<Integer> gcmObjectives, List<String> sdgTargets,
        List<String> sourceTypes, boolean proxy, String formula, int decimals, List<String> dimensions, String source,
        int version) {

    /** Codes of the demonstration dataset's own indicators begin with this (issue 12 §3; DataDemonstration). */
    public static final String DEMONSTRATION_PREFIX = "demo.";

    /** An indicator of the demonstration dataset: its values are generated, never real figures. */
    public boolean isDemonstration() {
        return code.startsWith(DEMONSTRATION_PREFIX);
    }

    public boolean isComputed() {
        return formula != null && !formula.isBlank();
    }
}
