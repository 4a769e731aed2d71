package org.crossroads.shared.tabular;

import java.text.DateFormatSymbols;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossroads.shared.vocabulary.MatchKey;

/**
 * Parses dates as people write them: ISO ({@code 2021}, {@code 2021-06}, {@code 2021-06-15}, with an
 * optional time that is ignored), day first ({@code 15/06/2021}, {@code 15.06.2021}, {@code 15-06-2021},
 * {@code 06/2021}), or with a month name in English, French, Spanish or Arabic ({@code 15 juin 2021},
 * {@code 15 de junio de 2021}, {@code June 15, 2021}, {@code ١٥ يونيو ٢٠٢١}, including the Maghreb
 * month names such as جوان). Month-first numeric dates ({@code 06/15/2021}) are never accepted: between
 * {@code 05/06/2021} as 5 June and as 6 May the platform always reads day first, in every language,
 * and says so in the import guide. Two-digit years are refused as ambiguous.
 */
public final class Dates {

    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)?)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(?:(\\d{1,2})[/.\\-])?(\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Map<String, Integer> MONTHS = months();

    private Dates() {
    }

    public static Optional<LocalDate> parse(String input, DateBound bound) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String text = Digits.ascii(input.strip());
        try {
            Matcher iso = YEAR_FIRST.matcher(text);
            if (iso.matches()) {
                return Optional.of(date(number(iso.group(1)), number(iso.group(2)), number(iso.group(3)), bound));
            }
            Matcher dayFirst = DAY_FIRST.matcher(text);
            if (dayFirst.matches()) {
                return Optional.of(date(number(dayFirst.group(3)), number(dayFirst.group(2)), number(dayFirst.group(1)), bound));
            }
            return withMonthName(text, bound);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code [day] month year} or {@code month [day] year}, with Spanish "de" and French "1er" allowed. */
    private static Optional<LocalDate> withMonthName(String text, DateBound bound) {
        List<String> tokens = new ArrayList<>();
        for (String token : text.replace(',', ' ').split("\\s+")) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (!lower.equals("de") && !lower.equals("del") && !lower.isEmpty()) {
                tokens.add(lower.endsWith("er") && NUMBER.matcher(lower.substring(0, lower.length() - 2)).matches()
                        ? lower.substring(0, lower.length() - 2) : lower);
            }
        }
        Integer month = null;
        Integer day = null;
        Integer year = null;
        for (String token : tokens) {
            if (NUMBER.matcher(token).matches()) {
                if (token.length() == 4 && year == null) {
                    year = Integer.valueOf(token);
                } else if (token.length() <= 2 && day == null && year == null) {
                    day = Integer.valueOf(token);
                } else {
                    return Optional.empty();
                }
            } else if (month == null && MONTHS.containsKey(MatchKey.of(token))) {
                month = MONTHS.get(MatchKey.of(token));
            } else {
                return Optional.empty();
            }
        }
        if (month == null || year == null) {
            return Optional.empty();
        }
        return Optional.of(date(year, month, day, bound));
    }

    private static LocalDate date(Integer year, Integer month, Integer day, DateBound bound) {
        if (month == null) {
            return bound == DateBound.START ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
        }
        if (day == null) {
            YearMonth yearMonth = YearMonth.of(year, month);
            return bound == DateBound.START ? yearMonth.atDay(1) : yearMonth.atEndOfMonth();
        }
        return LocalDate.of(year, month, day);
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new HashMap<>();
        for (String language : List.of("en", "fr", "es", "ar")) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.forLanguageTag(language));
            add(months, symbols.getMonths());
            add(months, symbols.getShortMonths());
        }
        add(months, "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
        add(months, "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر");
        months.put(MatchKey.of("setiembre"), 9);
        months.put(MatchKey.of("sept"), 9);
        return Map.copyOf(months);
    }

    private static void add(Map<String, Integer> months, String... names) {
        for (int i = 0; i < names.length && i < 12; i++) {
            if (!names[i].isBlank()) {
                months.putIfAbsent(MatchKey.of(names[i]), i + 1);
            }
        }
    }
}
