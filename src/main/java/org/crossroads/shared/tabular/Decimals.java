package org.crossroads.shared.tabular;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses numbers as people type them in the four interface languages: {@code 12,5} and {@code 12.5},
 * {@code 1 234,5} (with a space, no-break space or narrow no-break space), {@code 1,234.5},
 * {@code 1.234,5}, Arabic-Indic digits and the Arabic decimal and thousands signs (٫ ٬).
 *
 * <p>When both {@code .} and {@code ,} occur, the last one is the decimal separator. A single {@code .}
 * is always a decimal point (machine exports write it so). A single {@code ,} is a decimal comma, except
 * in a dot-decimal locale such as English where {@code 1,234} (exactly three digits after it) is the
 * thousands separator. Repeated separators are thousands separators and must group three digits.
 */
final class Decimals {

    private static final Set<String> COMMA_LANGUAGES = Set.of("fr", "es", "ar");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2009\\u2007]+");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");
    private static final Pattern GROUPED_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern GROUPED_COMMAS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern SINGLE_COMMA = Pattern.compile("\\d*,\\d+");
    private static final Pattern ENGLISH_THOUSANDS = Pattern.compile("\\d{1,3},\\d{3}");

    private Decimals() {
    }

    static boolean decimalComma(Locale locale) {
        return COMMA_LANGUAGES.contains(locale.getLanguage())
                || DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',';
    }

    static Optional<BigDecimal> parse(String input, Locale locale) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        if (asciiDigits(input)) {
            // the common case in large files, without the regular expressions below
            return Optional.of(new BigDecimal(input));
        }
        String text = Digits.ascii(input.strip()).replace('\u2212', '-').replace('\u066C', ' ').replace('\u066B', '.');
        text = SPACES.matcher(text).replaceAll("");
        String sign = "";
        if (text.startsWith("-") || text.startsWith("+")) {
            sign = text.startsWith("-") ? "-" : "";
            text = text.substring(1);
        }
        String plain = plain(text, locale);
        return plain == null ? Optional.empty() : Optional.of(new BigDecimal(sign + plain));
    }

    private static boolean asciiDigits(String text) {
        if (text.length() > 18) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number without thousands separators and with a dot for decimals, or null when malformed. */
    private static String plain(String text, Locale locale) {
        if (PLAIN.matcher(text).matches()) {
            return text;
        }
        if (GROUPED_COMMAS.matcher(text).matches() && (text.contains(".") || !decimalCommaOnly(text, locale))) {
            return text.replace(",", "");
        }
        if (GROUPED_DOTS.matcher(text).matches()) {
            return text.replace(".", "").replace(',', '.');
        }
        if (SINGLE_COMMA.matcher(text).matches()) {
            return text.replace(',', '.');
        }
        return null;
    }

    /** A single comma with three digits after it is a decimal comma in French, thousands in English. */
    private static boolean decimalCommaOnly(String text, Locale locale) {
        return ENGLISH_THOUSANDS.matcher(text).matches() && decimalComma(locale);
    }
}
