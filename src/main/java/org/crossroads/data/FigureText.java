package org.crossroads.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How a figure reads on pages, in exports and in the map's labels: the number in the reader's language
 * (digits 0-9 everywhere, as the Maghreb writes them) with the indicator's decimals; "&lt;5" for a small
 * count; "x" for a figure hidden to protect one.
 */
public final class FigureText {

    public static final String COMPLEMENTARY = "x";

    private FigureText() {
    }

    /** @return the text, or "" when there is no figure the reader may see */
    public static String of(Figure figure, int decimals, int threshold, Locale locale) {
        if (figure == null) {
            return "";
        }
        if (figure.suppressed()) {
            return figure.small() ? "<" + threshold : COMPLEMENTARY;
        }
        return number(figure.value(), decimals, locale);
    }

    public static String number(BigDecimal value, int decimals, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(new Locale.Builder().setLocale(locale)
                .setUnicodeLocaleKeyword("nu", "latn").build());
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** The number as exports write it: plain digits, a point, the indicator's decimals at most. */
    public static String plain(BigDecimal value, int decimals) {
        return value.setScale(Math.min(Math.max(value.scale(), 0), decimals), RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
