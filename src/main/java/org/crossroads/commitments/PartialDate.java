package org.crossroads.commitments;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A date known to the day, the month or only the year, as sources give them ("signed in 2018"). Stored as its first
 * day with its precision, so that sorting and "the status as of a review" read one column while pages show no day the
 * source did not give.
 */
public record PartialDate(LocalDate date, Precision precision) implements Comparable<PartialDate> {

    public enum Precision {
        DAY, MONTH, YEAR;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Precision of(String code) {
            return code == null ? DAY : valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public PartialDate {
        if (date == null || precision == null) {
            throw new IllegalArgumentException("date and precision are required");
        }
        date = switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    public static PartialDate day(LocalDate date) {
        return new PartialDate(date, Precision.DAY);
    }

    public static PartialDate year(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /** From a stored date and precision; null when the date is null. */
    public static PartialDate of(LocalDate date, String precision) {
        return date == null ? null : new PartialDate(date, Precision.of(precision));
    }

    /**
     * Reads "2018", "2018-12" or "2018-12-08", as forms and files write them.
     *
     * @throws IllegalArgumentException when the text is none of these
     */
    public static PartialDate parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.matches("\\d{4}")) {
                return year(Integer.parseInt(t));
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                return new PartialDate(LocalDate.parse(t + "-01"), Precision.MONTH);
            }
            return day(LocalDate.parse(t));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a date: " + text, e);
        }
    }

    /** "2018", "2018-12" or "2018-12-08": locale-free, for files, forms and attributes. */
    public String iso() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    /** As a reader of this language expects it, with digits 0–9 in every language. */
    public String format(Locale locale) {
        return switch (precision) {
            case DAY -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(date);
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    /** The last day this date may mean: a status "in 2019" held by the end of 2019. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : precision.compareTo(other.precision);
    }

    @Override
    public String toString() {
        return iso();
    }
}
