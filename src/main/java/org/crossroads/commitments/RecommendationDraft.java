package org.crossroads.commitments;

import java.util.List;
import java.util.Map;

/**
 * A recommendation as its form gives it, before it is checked: of a library document ("doc:…" or a number) or of a
 * learning event (a number or an external id), or both.
 */
public record RecommendationDraft(String document, String event, String section, String number, String language,
        String text, Map<String, Map<String, String>> translations, List<String> addressees, List<String> themes,
        Source source) {

    public RecommendationDraft {
        translations = translations == null ? Map.of() : Map.copyOf(translations);
        addressees = EvidenceDraft.clean(addressees);
        themes = EvidenceDraft.clean(themes);
    }
}
