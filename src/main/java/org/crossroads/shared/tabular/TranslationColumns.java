package org.crossroads.shared.tabular;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.crossroads.shared.web.Languages;

/**
 * The translation columns of a file (issue 12 §2): {@code name_fr}, {@code summary_ar}, {@code theme_es}… one per
 * translated field and interface language, read into the language → field → text form records keep.
 */
public final class TranslationColumns {

    private TranslationColumns() {
    }

    /**
     * The translations a row holds.
     *
     * @param cell the text of a column, given the field it translates and the column's name (empty when blank)
     */
    public static Map<String, Map<String, String>> read(List<String> fields, BiFunction<String, String, Optional<String>> cell) {
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        for (String language : Languages.CODES) {
            for (String field : fields) {
                cell.apply(field, field + "_" + language).map(String::strip).filter(t -> !t.isEmpty())
                        .ifPresent(t -> translations.computeIfAbsent(language, l -> new LinkedHashMap<>()).put(field, t));
            }
        }
        return translations;
    }
}
