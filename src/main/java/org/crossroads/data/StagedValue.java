package org.crossroads.data;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A checked row of a data file, ready to be written. */
record StagedValue(long indicatorId, long placeId, String period, LocalDate periodStart, String combination,
        String categoriesJson, BigDecimal value, String source, String methodNote, String quality, String confidentiality) {

    String key() {
        return indicatorId + "|" + placeId + "|" + period + "|" + combination;
    }
}
