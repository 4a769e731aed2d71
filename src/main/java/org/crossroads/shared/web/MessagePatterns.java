package org.crossroads.shared.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills in message patterns with ICU's MessageFormat, so counts take the plural form of the reader's
 * language ({@code {0, plural, one{# row} other{# rows}}}; Arabic has zero, one, two, few, many and
 * other). Numbers are written with the digits 0–9 in every language, as the rest of the platform
 * writes figures (Arabic in the Maghreb writes them so), whatever digits the locale would default to.
 * A count handed over as text ("3") is read as a number where the pattern selects a plural form.
 */
public final class MessagePatterns {

    private static final Map<String, Parsed> CACHE = new ConcurrentHashMap<>();
    /** Ends in 02, so that it takes the general ("other") plural form in English, French, Spanish and Arabic. */
    private static final long SENTINEL = 1_000_000_102L;

    private MessagePatterns() {
    }

    /** The pattern with its arguments, in the language of {@code locale}. */
    public static String format(String pattern, Locale locale, Object... arguments) {
        Locale language = locale == null ? Locale.ENGLISH : locale;
        Parsed parsed = CACHE.computeIfAbsent(language.toLanguageTag() + '\u0000' + pattern,
                key -> Parsed.of(pattern, language));
        return parsed.format(arguments == null ? new Object[0] : arguments);
    }

    /** The locale as ICU sees it, with Latin digits. */
    public static ULocale latinDigits(Locale locale) {
        return ULocale.forLocale(new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build());
    }

    private record Parsed(MessageFormat format, boolean[] numeric) {

        static Parsed of(String pattern, Locale locale) {
            MessageFormat format = new MessageFormat(pattern, latinDigits(locale));
            MessagePattern parts = new MessagePattern(pattern);
            boolean[] numeric = new boolean[16];
            for (int i = 0; i < parts.countParts(); i++) {
                MessagePattern.Part part = parts.getPart(i);
                if (part.getType() == MessagePattern.Part.Type.ARG_START
                        && part.getArgType().hasPluralStyle() || isNumberArgument(parts, i)) {
                    MessagePattern.Part name = parts.getPart(i + 1);
                    int index = name.getValue();
                    if (name.getType() == MessagePattern.Part.Type.ARG_NUMBER && index < numeric.length) {
                        numeric[index] = true;
                    }
                }
            }
            return new Parsed(format, numeric);
        }

        private static boolean isNumberArgument(MessagePattern parts, int i) {
            MessagePattern.Part part = parts.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START || part.getArgType() != MessagePattern.ArgType.SIMPLE
                    || i + 2 >= parts.countParts()) {
                return false;
            }
            MessagePattern.Part type = parts.getPart(i + 2);
            return type.getType() == MessagePattern.Part.Type.ARG_TYPE && parts.getSubstring(type).equals("number");
        }

        String format(Object[] arguments) {
            Object[] values = arguments.clone();
            Map<String, String> shownAsText = new java.util.HashMap<>();
            for (int i = 0; i < values.length && i < numeric.length; i++) {
                if (numeric[i] && !(values[i] instanceof Number)) {
                    String text = String.valueOf(values[i]);
                    try {
                        values[i] = new BigDecimal(text.trim());
                    } catch (NumberFormatException e) {
                        // a count shown as text (a protected small count, "<5"): the general form, with the text
                        long sentinel = SENTINEL + 100L * i; // still ending in 02
                        values[i] = sentinel;
                        shownAsText.put(sentinelText(sentinel), text);
                    }
                }
            }
            String result;
            synchronized (format) { // ICU's MessageFormat is not thread-safe
                result = format.format(values);
            }
            for (Map.Entry<String, String> e : shownAsText.entrySet()) {
                result = result.replace(e.getKey(), e.getValue());
            }
            return result;
        }

        private String sentinelText(long sentinel) {
            return com.ibm.icu.text.NumberFormat.getInstance(format.getULocale()).format(sentinel);
        }
    }
}
