package org.crossroads.network.needs;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The checks needs and offers share, field by field (fields named as the form's and the API's): the text and
 * its translations, themes and activity types from the shared vocabularies, languages, visibility.
 */
@Component
class StatementChecks {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final Vocabularies vocabularies;

    StatementChecks(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /** The text as stored (stripped, blank translations dropped), or null with the errors added. */
    StatementText text(List<FieldError> errors, String language, String title, String description,
            Map<String, Map<String, String>> translations) {
        String lang = blank(language) ? null : language.strip();
        if (lang == null) {
            errors.add(FieldError.of("language", "needs.error.required"));
        } else if (!StatementText.LANGUAGES.contains(lang)) {
            errors.add(FieldError.of("language", "needs.error.language", lang, String.join(", ", StatementText.LANGUAGES)));
        }
        int before = errors.size();
        length(errors, "title", title, true, TITLE_MAX);
        length(errors, "description", description, true, DESCRIPTION_MAX);
        Map<String, Map<String, String>> kept = new LinkedHashMap<>();
        translations.forEach((code, fields) -> {
            String field = "translation_" + code;
            String t = fields == null ? null : fields.get("title");
            String d = fields == null ? null : fields.get("description");
            if (blank(t) && blank(d)) {
                return;
            }
            if (!StatementText.LANGUAGES.contains(code)) {
                errors.add(FieldError.of(field, "needs.error.language", code, String.join(", ", StatementText.LANGUAGES)));
            } else if (code.equals(lang)) {
                errors.add(FieldError.of(field, "needs.error.translationOfOriginal", code));
            } else if (blank(t) || blank(d)) {
                errors.add(FieldError.of(field, "needs.error.translationIncomplete", code));
            } else {
                length(errors, field, t, true, TITLE_MAX);
                length(errors, field, d, true, DESCRIPTION_MAX);
                kept.put(code, Map.of("title", t.strip(), "description", d.strip()));
            }
        });
        if (lang == null || errors.size() > before || !StatementText.LANGUAGES.contains(lang)) {
            return null;
        }
        return new StatementText(lang, title.strip(), description.strip(), kept);
    }

    /** Codes of a vocabulary, each known; at least one when required. */
    List<String> codes(List<FieldError> errors, String field, String vocabulary, List<String> given, boolean required) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : given) {
            if (blank(code)) {
                continue;
            }
            if (vocabularies.contains(vocabulary, code.strip())) {
                codes.add(code.strip());
            } else {
                errors.add(FieldError.of(field, "needs.error.unknownCode", code.strip(),
                        vocabularies.accepted(vocabulary, LocaleContextHolder.getLocale())));
            }
        }
        if (required && codes.isEmpty() && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(FieldError.of(field, "needs.error.atLeastOne"));
        }
        return List.copyOf(codes);
    }

    /** ISO 639-1 codes, lower case, each once. */
    List<String> languages(List<FieldError> errors, String field, List<String> given) {
        Set<String> codes = new LinkedHashSet<>();
        for (String language : given) {
            if (blank(language)) {
                continue;
            }
            String code = language.strip().toLowerCase(Locale.ROOT);
            if (code.length() == 2 && ISO_LANGUAGES.contains(code)) {
                codes.add(code);
            } else {
                errors.add(FieldError.of(field, "needs.error.isoLanguage", language.strip()));
            }
        }
        return List.copyOf(codes);
    }

    Visibility visibility(List<FieldError> errors, String given) {
        if (blank(given)) {
            return Visibility.PUBLIC;
        }
        for (Visibility v : Visibility.values()) {
            if (v.code().equals(given.strip())) {
                return v;
            }
        }
        errors.add(FieldError.of("visibility", "needs.error.visibility", given.strip()));
        return Visibility.PUBLIC;
    }

    private static void length(List<FieldError> errors, String field, String value, boolean required, int max) {
        if (blank(value)) {
            if (required) {
                errors.add(FieldError.of(field, "needs.error.required"));
            }
            return;
        }
        String stripped = value.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length > max) {
            errors.add(FieldError.of(field, "needs.error.tooLong", length, max));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

}
