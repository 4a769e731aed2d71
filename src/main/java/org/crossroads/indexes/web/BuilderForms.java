package org.crossroads.indexes.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.indexes.DimensionDraft;
import org.crossroads.indexes.IndexAnswerOption;
import org.crossroads.indexes.IndexDimension;
import org.crossroads.indexes.IndexDraft;
import org.crossroads.indexes.IndexQuestion;
import org.crossroads.indexes.IndexText;
import org.crossroads.indexes.OptionDraft;
import org.crossroads.indexes.QuestionDraft;
import org.crossroads.indexes.QuestionKind;
import org.crossroads.indexes.SelfAssessmentIndex;
import org.crossroads.shared.validation.FieldError;
import org.springframework.util.MultiValueMap;

/**
 * The builder's forms: what they post (texts as {@code name_en}, {@code name_fr}…, numbers as typed) turned
 * into drafts, and stored records turned into form values. A number that is not one is reported by its field.
 */
final class BuilderForms {

    static final List<String> INDEX_FIELDS = fields("code", "name", "description", "notice");
    static final List<String> DIMENSION_FIELDS = fields("code", "name", "description", "weight", "position");
    static final List<String> QUESTION_FIELDS = fields("dimension", "code", "prompt", "kind", "weight", "required", "position");
    static final List<String> OPTION_FIELDS = fields("code", "label", "score", "lower", "upper", "position");

    private BuilderForms() {
    }

    static Map<String, String> values(MultiValueMap<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, list) -> {
            String value = list == null || list.isEmpty() || list.get(0) == null ? "" : list.get(0).strip();
            values.put(name, value);
        });
        return values;
    }

    static IndexDraft index(Map<String, String> v) {
        return new IndexDraft(v.getOrDefault("code", ""), text(v, "name"), text(v, "description"), text(v, "notice"));
    }

    static DimensionDraft dimension(Map<String, String> v, List<FieldError> errors) {
        return new DimensionDraft(v.getOrDefault("code", ""), text(v, "name"), text(v, "description"),
                decimal(v, "weight", errors), integer(v, "position", errors));
    }

    static QuestionDraft question(Map<String, String> v, List<FieldError> errors) {
        String kind = v.getOrDefault("kind", "");
        return new QuestionDraft(v.getOrDefault("dimension", ""), v.getOrDefault("code", ""), text(v, "prompt"),
                QuestionKind.of(kind).orElse(null), decimal(v, "weight", errors), !v.getOrDefault("required", "").isEmpty(),
                integer(v, "position", errors));
    }

    static OptionDraft option(Map<String, String> v, List<FieldError> errors) {
        return new OptionDraft(v.getOrDefault("code", ""), text(v, "label"), integer(v, "score", errors),
                decimal(v, "lower", errors), decimal(v, "upper", errors), integer(v, "position", errors));
    }

    /** The draft's revision the form was opened with; -1 (a conflict) when missing. */
    static int revision(Map<String, String> v) {
        String r = v.getOrDefault("revision", "");
        return r.matches("\\d{1,9}") ? Integer.parseInt(r) : -1;
    }

    static Map<String, String> of(SelfAssessmentIndex index) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("code", index.code());
        put(v, "name", index.name());
        put(v, "description", index.description());
        put(v, "notice", index.notice());
        return v;
    }

    static Map<String, String> of(IndexDimension d, int position) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("code", d.code());
        put(v, "name", d.name());
        put(v, "description", d.description());
        v.put("weight", plain(d.weight()));
        v.put("position", String.valueOf(position));
        return v;
    }

    static Map<String, String> of(IndexQuestion q, String dimensionCode, int position) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("dimension", dimensionCode);
        v.put("code", q.code());
        put(v, "prompt", q.prompt());
        v.put("kind", q.kind().code());
        v.put("weight", plain(q.weight()));
        v.put("required", q.required() ? "on" : "");
        v.put("position", String.valueOf(position));
        return v;
    }

    static Map<String, String> of(IndexAnswerOption o, int position) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("code", o.code());
        put(v, "label", o.label());
        v.put("score", String.valueOf(o.score()));
        v.put("lower", plain(o.lowerBound()));
        v.put("upper", plain(o.upperBound()));
        v.put("position", String.valueOf(position));
        return v;
    }

    private static IndexText text(Map<String, String> v, String prefix) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : IndexText.LANGUAGES) {
            texts.put(language, v.get(prefix + "_" + language));
        }
        return new IndexText(texts);
    }

    private static void put(Map<String, String> v, String prefix, IndexText text) {
        text.byLanguage().forEach((language, value) -> v.put(prefix + "_" + language, value));
    }

    private static BigDecimal decimal(Map<String, String> v, String field, List<FieldError> errors) {
        String typed = v.getOrDefault(field, "");
        if (typed.isEmpty()) {
            return null;
        }
        String text = typed.replace(',', '.');
        if (!text.matches("-?\\d{1,12}(\\.\\d{1,6})?")) {
            errors.add(FieldError.of(field, "indexes.error.notANumber", typed));
            return null;
        }
        return new BigDecimal(text);
    }

    private static Integer integer(Map<String, String> v, String field, List<FieldError> errors) {
        String typed = v.getOrDefault(field, "");
        if (typed.isEmpty()) {
            return null;
        }
        if (!typed.matches("-?\\d{1,6}")) {
            errors.add(FieldError.of(field, "indexes.error.notAWholeNumber", typed));
            return null;
        }
        return Integer.valueOf(typed);
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static List<String> fields(String... names) {
        List<String> fields = new ArrayList<>();
        for (String name : names) {
            fields.add(name);
            IndexText.LANGUAGES.forEach(l -> fields.add(name + "_" + l));
        }
        return List.copyOf(fields);
    }
}
