package org.crossroads.shared.web;

import java.util.List;
import java.util.Locale;

/** The interface languages. Arabic is written right to left. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(
            Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ar"), Locale.forLanguageTag("es"));

    /** The same languages as ISO 639-1 codes, in the same order. */
    public static final List<String> CODES = SUPPORTED.stream().map(Locale::getLanguage).toList();

    private Languages() {
    }

    public static boolean isRightToLeft(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    public static Locale supportedOrEnglish(Locale requested) {
        if (requested == null) {
            return Locale.ENGLISH;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst().orElse(Locale.ENGLISH);
    }
}
