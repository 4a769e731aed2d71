package org.crossroads.network.needs;

import java.util.List;
import java.util.Map;

/**
 * An offer as a form gives it, before validation. The city is the page's (by id).
 *
 * @param evidence ids of initiatives, outcomes and indicators, checked against the city when saved
 */
public record OfferDraft(String language, String title, String description, Map<String, Map<String, String>> translations,
        List<String> themes, List<String> activityTypes, List<String> languages, Evidence evidence, boolean contactConsent,
        String visibility) {

    public OfferDraft {
        translations = translations == null ? Map.of() : translations;
        themes = themes == null ? List.of() : List.copyOf(themes);
        activityTypes = activityTypes == null ? List.of() : List.copyOf(activityTypes);
        languages = languages == null ? List.of() : List.copyOf(languages);
        evidence = evidence == null ? Evidence.NONE : evidence;
    }
}
