package org.crossroads.shared.vocabulary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.shared.web.Languages;

/**
 * A record's text as one reader sees it (issue 12 §2): in the reader's language when someone translated it, else as it
 * was written. Pages write {@link #language} into a {@code lang} attribute and mark a translation, or an original shown
 * for want of one, so that a reader knows which it is. Renders as its text.
 *
 * @param text     what is shown
 * @param language the language of {@code text} (ISO 639-1)
 * @param original the language the record was written in
 */
public record ShownText(String text, String language, String original) {

    /** The languages the interface speaks, in the order forms and lists show them. */
    public static final List<String> LANGUAGES = Languages.CODES;

    /**
     * The field as the reader sees it: its translation into the reader's language when there is one, else the original
     * (null when the original is null and nothing is translated).
     */
    public static ShownText of(String originalText, String originalLanguage, Map<String, Map<String, String>> translations,
            String field, Locale reader) {
        String original = originalLanguage == null || originalLanguage.isBlank() ? "en" : originalLanguage;
        String language = reader.getLanguage();
        if (!language.equals(original)) {
            String translated = translations.getOrDefault(language, Map.of()).get(field);
            if (translated != null && !translated.isBlank()) {
                return new ShownText(translated, language, original);
            }
        }
        return originalText == null ? null : new ShownText(originalText, original, original);
    }

    /**
     * The same choice in SQL, for lists ordered by what their readers see: the field's translation into the language
     * bound to {@code :lang} when the record was written in another and the translation is not blank, else the column.
     *
     * @param record the table's alias, whose {@code language} and {@code translations} columns are read
     * @param field  the field's name in the translations ({@code title}, {@code theme}…)
     * @param column the column holding the field as written
     */
    public static String sql(String record, String field, String column) {
        return "(case when " + record + ".language = :lang then " + column + " else coalesce(nullif(btrim(" + record
                + ".translations -> :lang ->> '" + field + "'), ''), " + column + ") end)";
    }

    /** A translation, not the text as written. */
    public boolean translated() {
        return !language.equals(original);
    }

    /** Shown in another language than the reader's, because no one has translated it yet. */
    public boolean untranslatedFor(Locale reader) {
        return !translated() && !language.equals(reader.getLanguage());
    }

    /** The name of the original language, in the reader's language. */
    public String originalName(Locale reader) {
        return Locale.forLanguageTag(original).getDisplayLanguage(reader);
    }

    /** For right-to-left text on a left-to-right page and the reverse. */
    public String direction() {
        return "ar".equals(language) ? "rtl" : "ltr";
    }

    @Override
    public String toString() {
        return text;
    }
}
