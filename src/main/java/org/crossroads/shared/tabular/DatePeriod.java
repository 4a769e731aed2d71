package org.crossroads.shared.tabular;

import java.time.LocalDate;

/** A start and an end date, either of which may be open (null): an initiative still running has no end. */
public record DatePeriod(LocalDate start, LocalDate end) {

    public boolean isOrdered() {
        return start == null || end == null || !end.isBefore(start);
    }
}
