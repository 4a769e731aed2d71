package org.crossroads.shared.tabular;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.crossroads.shared.vocabulary.Vocabularies;

/**
 * Reads typed values out of imported rows in the user's locale. Each method returns the value, or
 * nothing (an empty Optional or list) when the cell is empty or wrong; a wrong cell also adds a
 * {@link Problem} naming the row, the column and the reason, so one pass over a file collects every
 * error for the dry-run report. Only {@link #text} and {@link #required} report an empty cell.
 */
public final class Cells {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    private static final Pattern NUMBER_SEPARATORS = Pattern.compile("[;,\u060C\u061B\\s]+");

    private final Vocabularies vocabularies;
    private final Locale locale;
    private final Problems problems;

    public Cells(Vocabularies vocabularies, Locale locale, Problems problems) {
        this.vocabularies = vocabularies;
        this.locale = locale;
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }

    /**
     * True when the cell has a value; otherwise reports {@code import.error.required}, or that the cell holds a
     * formula without a stored result when that is why it is empty.
     */
    public boolean required(SourceRow row, String column) {
        if (row.has(column)) {
            return true;
        }
        problems.add(row.rowNumber(), column,
                row.formulaWithoutResult(column) ? Reason.FORMULA_WITHOUT_RESULT.with() : Reason.REQUIRED.with());
        return false;
    }

    /** The stripped text; reports an empty required cell and text longer than {@code maxLength} characters. */
    public Optional<String> text(SourceRow row, String column, boolean required, int maxLength) {
        String value = row.value(column).strip();
        if (value.isEmpty()) {
            if (required) {
                required(row, column);
            }
            return Optional.empty();
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            return fail(row, column, Reason.TOO_LONG.with(length, maxLength));
        }
        return Optional.of(value);
    }

    /** The non-empty items of a list cell; with {@code ";"} the Arabic semicolon {@code ؛} also separates. */
    public List<String> list(SourceRow row, String column, String separator) {
        String value = row.value(column);
        if (separator.equals(";")) {
            value = value.replace('\u061B', ';');
        }
        List<String> items = new ArrayList<>();
        for (String item : value.split(Pattern.quote(separator))) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** The code of a vocabulary value given by code or label in any interface language. */
    public Optional<String> vocabulary(SourceRow row, String column, String vocabulary) {
        String value = row.value(column).strip();
        return value.isEmpty() ? Optional.empty() : vocabularyValue(row, column, vocabulary, value);
    }

    /** The codes of a {@code ;}-separated list of vocabulary values, without repeats, in the cell's order. */
    public List<String> vocabularyList(SourceRow row, String column, String vocabulary) {
        return each(row, column, item -> vocabularyValue(row, column, vocabulary, item));
    }

    /**
     * The numbers of a numbered vocabulary separated by {@code ;} or {@code ,} ("15; 16" for GCM
     * objectives); a value that is not one of them is refused with every accepted value.
     */
    public List<Integer> numberedVocabularyList(SourceRow row, String column, String vocabulary) {
        List<Integer> numbers = new ArrayList<>();
        for (String item : NUMBER_SEPARATORS.split(row.value(column).strip())) {
            if (!item.isBlank()) {
                vocabularyValue(row, column, vocabulary, Digits.ascii(item.strip())).map(Integer::valueOf)
                        .filter(n -> !numbers.contains(n)).ifPresent(numbers::add);
            }
        }
        return numbers;
    }

    private Optional<String> vocabularyValue(SourceRow row, String column, String vocabulary, String value) {
        Optional<String> code = vocabularies.match(vocabulary, value);
        if (code.isEmpty()) {
            problems.add(row.rowNumber(), column, Reason.VOCABULARY.with(value, column, vocabularies.accepted(vocabulary, locale)));
        }
        return code;
    }

    /** A date in any accepted form; a bare year or month stands for the given end of the period. */
    public Optional<LocalDate> date(SourceRow row, String column, DateBound bound) {
        String value = row.value(column).strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = Dates.parse(value, bound);
        if (date.isEmpty()) {
            return fail(row, column, Reason.DATE.with(value));
        }
        int year = date.get().getYear();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return fail(row, column, Reason.YEAR_RANGE.with(value, MIN_YEAR, MAX_YEAR));
        }
        return date;
    }

    /** Start and end dates; an end before the start is reported on the end column. */
    public DatePeriod period(SourceRow row, String startColumn, String endColumn) {
        DatePeriod period = new DatePeriod(date(row, startColumn, DateBound.START).orElse(null),
                date(row, endColumn, DateBound.END).orElse(null));
        if (!period.isOrdered()) {
            problems.add(row.rowNumber(), endColumn, Reason.PERIOD.with(period.start(), period.end()));
        }
        return period;
    }

    /** A year between {@value #MIN_YEAR} and {@value #MAX_YEAR}. */
    public Optional<Integer> year(SourceRow row, String column) {
        return integer(row, column, MIN_YEAR, MAX_YEAR).map(Long::intValue);
    }

    /** A number written the user's way (see {@link Decimals} for what is accepted). */
    public Optional<BigDecimal> decimal(SourceRow row, String column) {
        String value = row.value(column).strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = Decimals.parse(value, locale);
        if (number.isEmpty()) {
            problems.add(row.rowNumber(), column, Reason.DECIMAL.with(value));
        }
        return number;
    }

    /** A number within {@code [min, max]}, such as a latitude. */
    public Optional<BigDecimal> decimal(SourceRow row, String column, BigDecimal min, BigDecimal max) {
        Optional<BigDecimal> number = decimal(row, column);
        if (number.isPresent() && (number.get().compareTo(min) < 0 || number.get().compareTo(max) > 0)) {
            return fail(row, column, Reason.RANGE.with(row.value(column).strip(), min.toPlainString(), max.toPlainString()));
        }
        return number;
    }

    /** A whole number ({@code 1 234} and {@code 12.0} are whole). */
    public Optional<Long> integer(SourceRow row, String column) {
        return integer(row, column, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** A whole number within {@code [min, max]}. */
    public Optional<Long> integer(SourceRow row, String column, long min, long max) {
        String value = row.value(column).strip();
        return value.isEmpty() ? Optional.empty() : integerValue(row, column, value, min, max);
    }

    private Optional<Long> integerValue(SourceRow row, String column, String value, long min, long max) {
        Optional<BigDecimal> number = Decimals.parse(value, locale);
        if (number.isEmpty() || number.get().stripTrailingZeros().scale() > 0
                || number.get().abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
            return fail(row, column, Reason.INTEGER.with(value));
        }
        long whole = number.get().longValue();
        if (whole < min || whole > max) {
            return fail(row, column, Reason.RANGE.with(value, min, max));
        }
        return Optional.of(whole);
    }

    /** Whole numbers within a range separated by {@code ;} or {@code ,}, e.g. GCM objectives 1–23. */
    public List<Integer> numberList(SourceRow row, String column, int min, int max) {
        List<Integer> numbers = new ArrayList<>();
        for (String item : NUMBER_SEPARATORS.split(row.value(column).strip())) {
            if (!item.isBlank()) {
                integerValue(row, column, item, min, max).map(Long::intValue).filter(n -> !numbers.contains(n)).ifPresent(numbers::add);
            }
        }
        return numbers;
    }

    /** Yes or no in any interface language, 1/0, or {@code x} for yes. */
    public Optional<Boolean> bool(SourceRow row, String column) {
        String value = row.value(column).strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<Boolean> flag = Booleans.parse(value);
        if (flag.isEmpty()) {
            problems.add(row.rowNumber(), column, Reason.BOOL.with(value));
        }
        return flag;
    }

    /** An absolute http or https address; other schemes ({@code javascript:}, {@code file:}) are refused. */
    public Optional<String> url(SourceRow row, String column) {
        String value = row.value(column).strip();
        return value.isEmpty() ? Optional.empty() : urlValue(row, column, value);
    }

    /** A {@code ;}-separated list of http(s) addresses. */
    public List<String> urlList(SourceRow row, String column) {
        return each(row, column, item -> urlValue(row, column, item));
    }

    private Optional<String> urlValue(SourceRow row, String column, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank()) {
                return Optional.of(value);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return fail(row, column, Reason.URL.with(value));
    }

    /** An ISO 3166-1 alpha-2 code, from a code or a country name in any interface language. */
    public Optional<String> countryCode(SourceRow row, String column) {
        String value = row.value(column).strip();
        return value.isEmpty() ? Optional.empty() : countryValue(row, column, value);
    }

    /** A {@code ;}-separated list of countries as ISO 3166-1 alpha-2 codes. */
    public List<String> countryCodes(SourceRow row, String column) {
        return each(row, column, item -> countryValue(row, column, item));
    }

    private Optional<String> countryValue(SourceRow row, String column, String value) {
        Optional<String> code = Countries.match(value);
        return code.isPresent() ? code : fail(row, column, Reason.COUNTRY.with(value));
    }

    private <T> List<T> each(SourceRow row, String column, Function<String, Optional<T>> parse) {
        Set<T> values = new LinkedHashSet<>();
        for (String item : list(row, column, ";")) {
            parse.apply(item).ifPresent(values::add);
        }
        return List.copyOf(values);
    }

    private <T> Optional<T> fail(SourceRow row, String column, Message reason) {
        problems.add(row.rowNumber(), column, reason);
        return Optional.empty();
    }
}
