package org.crossroads.indexes;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossroads.shared.validation.FieldError;

/**
 * Response periods: a year ("2024") or a half year ("2024-H1"), as for capability self-assessments. They are
 * ordered by their end, a year after its own halves, so a city's latest period is the one that ends last.
 */
public final class IndexPeriods {

    static final int FIRST_YEAR = 2000;
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-H([12]))?");

    /** Oldest first. */
    public static final Comparator<String> ORDER = Comparator.comparing((String p) -> p.substring(0, 4))
            .thenComparingInt(IndexPeriods::half);

    private IndexPeriods() {
    }

    private static int half(String period) {
        return period.endsWith("-H1") ? 1 : period.endsWith("-H2") ? 2 : 3;
    }

    /** Why the period is not acceptable (field {@code period}), if it is not. */
    static Optional<FieldError> problem(String period, int currentYear) {
        if (period == null || period.isBlank()) {
            return Optional.of(FieldError.of("period", "indexes.error.periodRequired"));
        }
        Matcher m = PERIOD.matcher(period.strip());
        if (!m.matches()) {
            return Optional.of(FieldError.of("period", "indexes.error.period", period.strip()));
        }
        int year = Integer.parseInt(m.group(1));
        if (year > currentYear) {
            return Optional.of(FieldError.of("period", "indexes.error.futurePeriod", period.strip(),
                    String.valueOf(currentYear)));
        }
        if (year < FIRST_YEAR) {
            return Optional.of(FieldError.of("period", "indexes.error.earlyPeriod", period.strip(),
                    String.valueOf(FIRST_YEAR)));
        }
        return Optional.empty();
    }
}
