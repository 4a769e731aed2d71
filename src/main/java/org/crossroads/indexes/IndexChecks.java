package org.crossroads.indexes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.crossroads.shared.validation.FieldError;

/**
 * The builder's checks, field by field (the field names are the builder forms'): codes, texts, weights,
 * scores and bands, and what a version needs before it is published.
 */
final class IndexChecks {

    static final Pattern INDEX_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");
    static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1000);
    static final BigDecimal MAX_NUMBER = new BigDecimal("999999999999.99");
    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_PROMPT = 1000;
    static final int MAX_LABEL = 300;

    private IndexChecks() {
    }

    static List<FieldError> index(IndexDraft draft, boolean checkCode) {
        List<FieldError> errors = new ArrayList<>();
        if (checkCode) {
            code(errors, "code", draft.code(), INDEX_CODE);
        }
        text(errors, "name", draft.name(), true, MAX_NAME);
        text(errors, "description", draft.description(), false, MAX_DESCRIPTION);
        text(errors, "notice", draft.notice(), false, MAX_DESCRIPTION);
        return errors;
    }

    static List<FieldError> dimension(IndexVersion version, Long dimensionId, DimensionDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (code(errors, "code", draft.code(), CODE) && version.dimensions().stream()
                .anyMatch(d -> d.code().equals(draft.code().strip()) && !Long.valueOf(d.id()).equals(dimensionId))) {
            errors.add(FieldError.of("code", "indexes.error.codeTaken", draft.code().strip()));
        }
        text(errors, "name", draft.name(), true, MAX_NAME);
        text(errors, "description", draft.description(), false, MAX_DESCRIPTION);
        weight(errors, draft.weight());
        position(errors, draft.position());
        return errors;
    }

    static List<FieldError> question(IndexVersion version, Long questionId, QuestionDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        String dimension = draft.dimensionCode() == null ? "" : draft.dimensionCode().strip();
        if (version.dimension(dimension).isEmpty()) {
            errors.add(FieldError.of("dimension", "indexes.error.unknownDimension", dimension));
        }
        if (code(errors, "code", draft.code(), CODE) && version.questions().stream()
                .anyMatch(q -> q.code().equals(draft.code().strip()) && !Long.valueOf(q.id()).equals(questionId))) {
            errors.add(FieldError.of("code", "indexes.error.codeTaken", draft.code().strip()));
        }
        text(errors, "prompt", draft.prompt(), true, MAX_PROMPT);
        if (draft.kind() == null) {
            errors.add(FieldError.of("kind", "indexes.error.kind"));
        }
        weight(errors, draft.weight());
        position(errors, draft.position());
        return errors;
    }

    static List<FieldError> option(IndexQuestion question, Long optionId, OptionDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (question.kind() == QuestionKind.YES_NO && (optionId == null || question.options().stream()
                .noneMatch(o -> o.id() == optionId && o.code().equals(draft.code() == null ? "" : draft.code().strip())))) {
            errors.add(FieldError.of("code", "indexes.error.yesNoFixed"));
            return errors;
        }
        if (code(errors, "code", draft.code(), CODE) && question.options().stream()
                .anyMatch(o -> o.code().equals(draft.code().strip()) && !Long.valueOf(o.id()).equals(optionId))) {
            errors.add(FieldError.of("code", "indexes.error.codeTaken", draft.code().strip()));
        }
        text(errors, "label", draft.label(), question.kind().isChoice(), MAX_LABEL);
        if (draft.score() == null) {
            errors.add(FieldError.of("score", "indexes.error.required"));
        } else if (draft.score() < 0 || draft.score() > 100) {
            errors.add(FieldError.of("score", "indexes.error.score", String.valueOf(draft.score())));
        }
        position(errors, draft.position());
        if (question.kind() == QuestionKind.NUMBER_RANGE) {
            bounds(errors, question, optionId, draft);
        }
        return errors;
    }

    /** What keeps a draft version from being published; empty when it can be. */
    static List<FieldError> publishable(IndexVersion version) {
        List<FieldError> errors = new ArrayList<>();
        if (version.dimensions().isEmpty()) {
            errors.add(FieldError.of("publish", "indexes.error.noDimension"));
        }
        for (IndexDimension d : version.dimensions()) {
            if (d.weight().signum() <= 0) {
                errors.add(FieldError.of("publish", "indexes.error.dimensionWeight", d.code()));
            }
            if (d.questions().isEmpty()) {
                errors.add(FieldError.of("publish", "indexes.error.emptyDimension", d.code()));
            }
            for (IndexQuestion q : d.questions()) {
                if (q.weight().signum() <= 0) {
                    errors.add(FieldError.of("publish", "indexes.error.questionWeight", q.code()));
                }
                int needed = q.kind() == QuestionKind.SINGLE_CHOICE || q.kind() == QuestionKind.YES_NO ? 2 : 1;
                if (q.kind() == QuestionKind.YES_NO && (q.options().size() != 2 || q.option("yes").isEmpty()
                        || q.option("no").isEmpty())) {
                    errors.add(FieldError.of("publish", "indexes.error.yesNoFixed"));
                } else if (q.options().size() < needed) {
                    errors.add(FieldError.of("publish", q.kind() == QuestionKind.NUMBER_RANGE ? "indexes.error.noBand"
                            : "indexes.error.tooFewOptions", q.code(), String.valueOf(needed)));
                } else if (q.options().stream().noneMatch(o -> o.score() > 0)) {
                    errors.add(FieldError.of("publish", "indexes.error.noScore", q.code()));
                }
            }
        }
        return errors;
    }

    /** The label of a yes/no question's options, in the four languages. */
    static final Map<String, IndexText> YES_NO = Map.of(
            "yes", new IndexText(Map.of("en", "Yes", "fr", "Oui", "ar", "نعم", "es", "Sí")),
            "no", new IndexText(Map.of("en", "No", "fr", "Non", "ar", "لا", "es", "No")));

    private static void bounds(List<FieldError> errors, IndexQuestion question, Long optionId, OptionDraft draft) {
        BigDecimal lower = draft.lowerBound();
        BigDecimal upper = draft.upperBound();
        if (lower == null) {
            errors.add(FieldError.of("lower", "indexes.error.lowerBound"));
            return;
        }
        if (lower.abs().compareTo(MAX_NUMBER) > 0 || upper != null && upper.abs().compareTo(MAX_NUMBER) > 0) {
            errors.add(FieldError.of("upper", "indexes.error.bigNumber"));
            return;
        }
        if (upper != null && upper.compareTo(lower) < 0) {
            errors.add(FieldError.of("upper", "indexes.error.bounds", upper.toPlainString(), lower.toPlainString()));
            return;
        }
        for (IndexAnswerOption other : question.options()) {
            if (Long.valueOf(other.id()).equals(optionId) || other.lowerBound() == null) {
                continue;
            }
            boolean apart = upper != null && upper.compareTo(other.lowerBound()) < 0
                    || other.upperBound() != null && other.upperBound().compareTo(lower) < 0;
            if (!apart) {
                errors.add(FieldError.of("lower", "indexes.error.overlap", other.code()));
            }
        }
    }

    private static boolean code(List<FieldError> errors, String field, String code, Pattern pattern) {
        if (code == null || code.isBlank()) {
            errors.add(FieldError.of(field, "indexes.error.required"));
            return false;
        }
        if (!pattern.matcher(code.strip()).matches()) {
            errors.add(FieldError.of(field, pattern == INDEX_CODE ? "indexes.error.indexCode" : "indexes.error.code",
                    code.strip()));
            return false;
        }
        return true;
    }

    private static void text(List<FieldError> errors, String field, IndexText text, boolean englishRequired, int max) {
        IndexText t = text == null ? IndexText.empty() : text;
        if (englishRequired && t.byLanguage().get("en") == null) {
            errors.add(FieldError.of(field + "_en", "indexes.error.required"));
        }
        t.byLanguage().forEach((language, value) -> {
            if (!IndexText.LANGUAGES.contains(language)) {
                errors.add(FieldError.of(field, "indexes.error.language", language));
            } else if (value.codePointCount(0, value.length()) > max) {
                errors.add(FieldError.of(field + "_" + language, "indexes.error.tooLong", String.valueOf(max)));
            }
        });
    }

    private static void weight(List<FieldError> errors, BigDecimal weight) {
        if (weight == null) {
            errors.add(FieldError.of("weight", "indexes.error.required"));
        } else if (weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0
                || weight.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of("weight", "indexes.error.weight", weight.toPlainString()));
        }
    }

    private static void position(List<FieldError> errors, Integer position) {
        if (position != null && (position < 1 || position > 1000)) {
            errors.add(FieldError.of("position", "indexes.error.position", String.valueOf(position)));
        }
    }
}
