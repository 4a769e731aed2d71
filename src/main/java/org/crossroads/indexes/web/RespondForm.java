package org.crossroads.indexes.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.indexes.IndexAnswer;
import org.crossroads.indexes.IndexQuestion;
import org.crossroads.indexes.IndexResponse;
import org.crossroads.indexes.IndexVersion;
import org.crossroads.indexes.QuestionKind;
import org.crossroads.indexes.ResponseDraft;
import org.crossroads.shared.validation.FieldError;
import org.springframework.util.MultiValueMap;

/**
 * What the questionnaire posts, as typed: {@code q_<question code>} (one value for a radio group or a
 * number, several for checkboxes) and the {@code version} of the response it was opened from (empty for a
 * new one). The field names are the ones validation errors use.
 */
record RespondForm(String version, Map<String, List<String>> values) {

    static final String FIELD = "q_";

    RespondForm {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        values = copy;
    }

    static RespondForm empty() {
        return new RespondForm("", Map.of());
    }

    static RespondForm of(IndexResponse response) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (IndexAnswer a : response.answers()) {
            values.put(a.questionCode(), a.number() != null ? List.of(a.number().stripTrailingZeros().toPlainString())
                    : a.optionCodes());
        }
        return new RespondForm(String.valueOf(response.version()), values);
    }

    static RespondForm from(MultiValueMap<String, String> params) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        params.forEach((name, typed) -> {
            if (name.startsWith(FIELD) && name.length() > FIELD.length() && typed != null) {
                values.put(name.substring(FIELD.length()), typed.stream().filter(t -> t != null && !t.isBlank())
                        .map(String::strip).toList());
            }
        });
        String version = params.getFirst("version");
        return new RespondForm(version == null ? "" : version.strip(), values);
    }

    RespondForm withVersion(int newVersion) {
        return new RespondForm(String.valueOf(newVersion), values);
    }

    List<String> chosen(String questionCode) {
        return values.getOrDefault(questionCode, List.of());
    }

    String typed(String questionCode) {
        List<String> v = chosen(questionCode);
        return v.isEmpty() ? "" : v.get(0);
    }

    /** The draft for the service; a number that is not a number is reported here, by its field. */
    ResponseDraft toDraft(IndexVersion indexVersion, long placeId, String period, List<FieldError> errors) {
        List<IndexAnswer> answers = new ArrayList<>();
        for (IndexQuestion q : indexVersion.questions()) {
            List<String> typed = chosen(q.code());
            if (typed.isEmpty()) {
                continue;
            }
            if (q.kind() == QuestionKind.NUMBER_RANGE) {
                String text = typed.get(0).replace(',', '.');
                if (!text.matches("-?\\d{1,12}(\\.\\d{1,2})?")) {
                    errors.add(FieldError.of(FIELD + q.code(), "indexes.error.notANumber", typed.get(0)));
                    continue;
                }
                answers.add(IndexAnswer.number(q.code(), new BigDecimal(text)));
            } else {
                answers.add(new IndexAnswer(q.code(), typed, null));
            }
        }
        // answers to questions the version does not have are passed on: the service names them
        values.keySet().stream().filter(code -> indexVersion.question(code).isEmpty() && !chosen(code).isEmpty())
                .forEach(code -> answers.add(new IndexAnswer(code, chosen(code), null)));
        Integer expected = version.matches("\\d{1,9}") ? Integer.valueOf(version) : null;
        return new ResponseDraft(indexVersion.id(), placeId, period, expected, answers);
    }
}
