package org.crossroads.learning;

import java.util.List;
import java.util.Map;
import org.crossroads.shared.vocabulary.ShownText;
import org.crossroads.shared.validation.FieldError;

/** Checks shared by the learning module's validations: required text, maximum lengths, translations. */
public final class Texts {

    private Texts() {
    }

    public static void check(List<FieldError> errors, String field, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "learning.error.required"));
            }
        } else if (value.strip().length() > maxLength) {
            errors.add(FieldError.of(field, "learning.error.tooLong", maxLength));
        }
    }

    /**
     * The language a record is written in is one the interface speaks; its translations are into the others, of known
     * fields (field → maximum length), each error named as the import column ({@code theme_fr}).
     */
    public static void checkTranslations(List<FieldError> errors, String language, Map<String, Map<String, String>> translations,
            Map<String, Integer> fields) {
        if (!ShownText.LANGUAGES.contains(language)) {
            errors.add(FieldError.of("language", "learning.error.language", language));
        }
        translations.forEach((into, texts) -> {
            if (!ShownText.LANGUAGES.contains(into)) {
                errors.add(FieldError.of("translations", "learning.error.language", into));
            } else if (into.equals(language)) {
                errors.add(FieldError.of("translations", "learning.error.translationOfOriginal", into));
            }
            texts.forEach((field, text) -> {
                if (!fields.containsKey(field)) {
                    errors.add(FieldError.of("translations", "learning.error.unknownValue", field));
                } else {
                    check(errors, field + "_" + into, text, false, fields.get(field));
                }
            });
        });
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
