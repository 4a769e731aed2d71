package org.crossroads.learning.capabilities;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossroads.shared.validation.FieldError;

/**
 * Assessment periods: a year ("2024") or a half year ("2024-H1"). They are ordered by their end, a year
 * after its own halves, so "the latest period" is the one that ends last.
 */
final class Periods {

    static final int FIRST_YEAR = 2000;
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-H([12]))?");

    /** The same order in SQL, for a column holding periods. */
    static String orderBy(String column) {
        return orderBy(column, "");
    }

    /** The opposite order in SQL: the latest first. */
    static String orderByLatestFirst(String column) {
        return orderBy(column, " desc");
    }

    private static String orderBy(String column, String direction) {
        return "left(" + column + ", 4)" + direction + ", case right(" + column
                + ", 2) when 'H1' then 1 when 'H2' then 2 else 3 end" + direction;
    }

    static final Comparator<String> ORDER = Comparator.comparing((String p) -> p.substring(0, 4))
            .thenComparingInt(Periods::half);

    private Periods() {
    }

    private static int half(String period) {
        return period.endsWith("-H1") ? 1 : period.endsWith("-H2") ? 2 : 3;
    }

    /** Why the period is not acceptable, if it is not: not a year or half year, or after the current year. */
    static Optional<FieldError> problem(String period, int currentYear) {
        if (period == null || period.isBlank()) {
            return Optional.of(FieldError.of("period", "capabilities.error.periodRequired"));
        }
        Matcher m = PERIOD.matcher(period.strip());
        if (!m.matches()) {
            return Optional.of(FieldError.of("period", "capabilities.error.period", period.strip()));
        }
        int year = Integer.parseInt(m.group(1));
        if (year > currentYear) {
            return Optional.of(FieldError.of("period", "capabilities.error.futurePeriod", period.strip(),
                    String.valueOf(currentYear)));
        }
        if (year < FIRST_YEAR) {
            return Optional.of(FieldError.of("period", "capabilities.error.earlyPeriod", period.strip(),
                    String.valueOf(FIRST_YEAR)));
        }
        return Optional.empty();
    }
}
