package org.crossroads.shared.vocabulary;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which user input is compared with codes, labels and names: without case, accents,
 * Arabic diacritics, punctuation or repeated spaces. "Échanges entre pairs" and "echanges-entre pairs"
 * give the same key.
 */
public final class MatchKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{P}\\p{S}\\s_]+");

    private MatchKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
        String unified = withoutMarks
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ى', 'ي').replace('ة', 'ه')
                .replace("ـ", "");
        return SEPARATORS.matcher(unified.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
