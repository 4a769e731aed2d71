package org.crossroads.shared.vocabulary;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which user input is compared with codes, labels and names: without case, accents,
 * Arabic diacritics, punctuation or repeated spaces. "Échanges entre pairs" and "echanges-entre pairs"
 * give the same key.
 *
 * <p>{@link #letters(String)} is the letter normalisation alone; the SQL function
 * {@code crossroads_normalise} (migration V6) does the same in the database, so text normalised on
 * either side compares equal (SearchNormalisationTest holds the table of cases).
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
        return SEPARATORS.matcher(letters(text)).replaceAll(" ").strip();
    }

    /**
     * Lower case without accents; Arabic without diacritics (harakat, superscript alef) or tatweel, with
     * alef forms (أ إ آ ٱ) as ا, alef maqsura as ي, ta marbuta as ه and hamza on waw/ya dropped (ؤ → و,
     * ئ → ي). Punctuation and spaces are kept.
     */
    public static String letters(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(withoutMarks.length());
        withoutMarks.codePoints().forEach(c -> {
            switch (c) {
                case 'ٱ' -> out.append('ا');
                case 'ى' -> out.append('ي');
                case 'ة' -> out.append('ه');
                case 'ـ' -> { }
                // letters unaccent writes as two (as PostgreSQL's unaccent rules do)
                case 'œ', 'Œ' -> out.append("oe");
                case 'æ', 'Æ' -> out.append("ae");
                case 'ß' -> out.append("ss");
                case 'ø', 'Ø' -> out.append('o');
                case 'đ', 'Đ' -> out.append('d');
                case 'ł', 'Ł' -> out.append('l');
                case 'ı' -> out.append('i');
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
