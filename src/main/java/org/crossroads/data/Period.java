package org.crossroads.data;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A period of a data value: a year ("2024"), a quarter ("2024-Q3") or a month ("2024-07"). */
public record Period(String text, LocalDate start) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");
    public static final int FIRST_YEAR = 1950;

    /** Parses a period, also accepting "2024Q3", "2024 Q3", "2024-7" and "Q3 2024". */
    public static Optional<Period> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        text = text.replaceFirst("^Q([1-4]) (\\d{4})$", "$2-Q$1").replaceFirst("^(\\d{4}) ?Q([1-4])$", "$1-Q$2")
                .replaceFirst("^(\\d{4})-(\\d)$", "$1-0$2");
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return Optional.of(new Period(text, LocalDate.of(year, (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1)));
        }
        if (m.group(3) != null) {
            return Optional.of(new Period(text, LocalDate.of(year, Integer.parseInt(m.group(3)), 1)));
        }
        return Optional.of(new Period(text, LocalDate.of(year, 1, 1)));
    }

    /** Values describe the past and the present: from {@value #FIRST_YEAR} to the current year. */
    public boolean inRange(LocalDate today) {
        return start.getYear() >= FIRST_YEAR && !start.isAfter(today);
    }

    public int year() {
        return start.getYear();
    }
}
