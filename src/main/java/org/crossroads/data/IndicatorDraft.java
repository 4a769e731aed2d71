package org.crossroads.data;

import java.util.List;
import java.util.Map;

/** An indicator as the catalogue file, the form or the API gives it, before validation. */
public record IndicatorDraft(String code, Map<String, String> name, Map<String, String> definition, String unit,
        String valueType, String aggregation, List<String> dimensions, List<String> domains, List<Integer> gcmObjectives,
        List<String> sdgTargets, List<String> sourceTypes, boolean proxy, String formula, int decimals, String source) {

    public IndicatorDraft {
        name = name == null ? Map.of() : Map.copyOf(name);
        definition = definition == null ? Map.of() : Map.copyOf(definition);
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        domains = domains == null ? List.of() : List.copyOf(domains);
        gcmObjectives = gcmObjectives == null ? List.of() : List.copyOf(gcmObjectives);
        sdgTargets = sdgTargets == null ? List.of() : List.copyOf(sdgTargets);
        sourceTypes = sourceTypes == null ? List.of() : List.copyOf(sourceTypes);
    }
}
