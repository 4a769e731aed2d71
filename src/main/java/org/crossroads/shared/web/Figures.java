package org.crossroads.shared.web;

import com.ibm.icu.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Numbers for templates ({@code ${@figures.integer(place.population, #locale)}}) written as the rest of
 * the platform writes them: digits 0–9 in every language (Thymeleaf's {@code #numbers} would write
 * Arabic-Indic digits on Arabic pages, beside Latin ones from messages and figures), the language's
 * grouping and decimal signs; {@link #coordinate} for values that scripts read back.
 */
@Component("figures")
public class Figures {

    public String integer(Number value, Locale locale) {
        return value == null ? "" : NumberFormat.getIntegerInstance(MessagePatterns.latinDigits(locale)).format(value);
    }

    public String decimal(Number value, int decimals, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(MessagePatterns.latinDigits(locale));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** A coordinate with a point and five decimals, in every language ("34.74000"). */
    public String coordinate(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }
}
