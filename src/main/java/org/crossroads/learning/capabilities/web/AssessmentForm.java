package org.crossroads.learning.capabilities.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.learning.capabilities.AssessmentDraft;
import org.crossroads.learning.capabilities.CapabilityAssessment;
import org.crossroads.learning.capabilities.CapabilityFramework;
import org.crossroads.shared.validation.FieldError;
import org.springframework.util.MultiValueMap;

/**
 * What the assessment form posts, as typed: {@code score_<indicator code>} (a radio group, empty for "not
 * assessed"), {@code evidence_<indicator code>} and the {@code version} the focal point started from
 * (empty for a new assessment). The field names are the ones validation errors use.
 */
record AssessmentForm(String version, Map<String, String> scores, Map<String, String> evidence) {

    static final String SCORE = "score_";
    static final String EVIDENCE = "evidence_";

    AssessmentForm {
        scores = Map.copyOf(scores);
        evidence = Map.copyOf(evidence);
    }

    static AssessmentForm empty() {
        return new AssessmentForm("", Map.of(), Map.of());
    }

    static AssessmentForm of(CapabilityAssessment assessment) {
        Map<String, String> scores = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        for (CapabilityAssessment.Score s : assessment.scores()) {
            scores.put(s.indicatorCode(), String.valueOf(s.score()));
            if (s.evidence() != null) {
                evidence.put(s.indicatorCode(), s.evidence());
            }
        }
        return new AssessmentForm(String.valueOf(assessment.version()), scores, evidence);
    }

    static AssessmentForm from(MultiValueMap<String, String> params) {
        Map<String, String> scores = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            String value = values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
            if (name.startsWith(SCORE) && name.length() > SCORE.length()) {
                scores.put(name.substring(SCORE.length()), value.strip());
            } else if (name.startsWith(EVIDENCE) && name.length() > EVIDENCE.length()) {
                evidence.put(name.substring(EVIDENCE.length()), value);
            }
        });
        String version = params.getFirst("version");
        return new AssessmentForm(version == null ? "" : version.strip(), scores, evidence);
    }

    AssessmentForm withVersion(int newVersion) {
        return new AssessmentForm(String.valueOf(newVersion), scores, evidence);
    }

    String score(String code) {
        return scores.getOrDefault(code, "");
    }

    String evidenceOf(String code) {
        return evidence.getOrDefault(code, "");
    }

    /** The draft for the service; a score that is not a whole number is reported here, by its field. */
    AssessmentDraft toDraft(long placeId, CapabilityFramework framework, String period, List<FieldError> errors) {
        Set<String> codes = new LinkedHashSet<>();
        framework.indicators().forEach(i -> codes.add(i.code()));
        codes.addAll(scores.keySet());
        codes.addAll(evidence.keySet());
        List<AssessmentDraft.Entry> entries = new ArrayList<>();
        for (String code : codes) {
            String typed = score(code);
            Integer score = null;
            if (!typed.isEmpty()) {
                if (typed.matches("-?\\d{1,6}")) {
                    score = Integer.valueOf(typed);
                } else {
                    errors.add(FieldError.of(SCORE + code, "capabilities.error.score", typed,
                            String.valueOf(framework.scaleMax())));
                    continue;
                }
            }
            entries.add(new AssessmentDraft.Entry(code, score, evidence.get(code)));
        }
        Integer expected = version.matches("\\d{1,9}") ? Integer.valueOf(version) : null;
        return new AssessmentDraft(placeId, framework.id(), period, expected, entries);
    }
}
