package org.crossroads.learning.capabilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crossroads.shared.validation.FieldError;
import org.junit.jupiter.api.Test;

/** Assessment periods: which are accepted, and their order (by their end, a year after its halves). */
class PeriodsTest {

    @Test
    void aPeriodIsAYearOrAHalfYearUpToTheCurrentYear() {
        assertThat(Periods.problem("2024", 2025)).isEmpty();
        assertThat(Periods.problem(" 2024-H2 ", 2025)).isEmpty();
        assertThat(Periods.problem("2025-H1", 2025)).isEmpty();
        assertThat(Periods.problem("2026", 2025)).contains(FieldError.of("period", "capabilities.error.futurePeriod", "2026", "2025"));
        assertThat(Periods.problem("2024-H3", 2025)).map(FieldError::messageKey).contains("capabilities.error.period");
        assertThat(Periods.problem("2024-Q1", 2025)).map(FieldError::messageKey).contains("capabilities.error.period");
        assertThat(Periods.problem("1999", 2025)).map(FieldError::messageKey).contains("capabilities.error.earlyPeriod");
        assertThat(Periods.problem("", 2025)).map(FieldError::messageKey).contains("capabilities.error.periodRequired");
        assertThat(Periods.problem(null, 2025)).map(FieldError::field).contains("period");
    }

    @Test
    void periodsAreOrderedByTheirEnd() {
        List<String> periods = new ArrayList<>(List.of("2024", "2023-H2", "2024-H2", "2023", "2024-H1"));
        periods.sort(Periods.ORDER);
        assertThat(periods).containsExactly("2023-H2", "2023", "2024-H1", "2024-H2", "2024");
        assertThat(Periods.orderBy("p")).isEqualTo("left(p, 4), case right(p, 2) when 'H1' then 1 when 'H2' then 2 else 3 end");
    }
}
