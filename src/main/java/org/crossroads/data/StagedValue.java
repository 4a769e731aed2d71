package org.crossroads.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A checked row of a data file, ready to be written. */
record StagedValue(long indicatorId, long placeId, String period, LocalDate periodStart, String combination,
        String categoriesJson, BigDecimal value, String source, String methodNote, String quality, String confidentiality) {

    /** The indicators, places and periods a batch of values touches. */
    record Scope(Set<Long> indicatorIds, Set<Long> placeIds, Set<String> periods) {

        static Scope of(List<StagedValue> values) {
            Scope scope = new Scope(new HashSet<>(), new HashSet<>(), new HashSet<>());
            values.forEach(v -> {
                scope.indicatorIds().add(v.indicatorId());
                scope.placeIds().add(v.placeId());
                scope.periods().add(v.period());
            });
            return scope;
        }
    }
}
