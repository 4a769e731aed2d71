package org.crossroads.network.needs;

import java.util.List;
import java.util.Map;

/**
 * A need as a form or an API client gives it, before validation. The city is the page's (by id).
 *
 * @param translations language → {@code title}, {@code description}; blank ones are dropped
 * @param visibility {@code public} or {@code private}
 */
public record NeedDraft(String language, String title, String description, Map<String, Map<String, String>> translations,
        List<String> themes, List<String> activityTypes, List<String> preferredLanguages, NeedConstraints constraints,
        String visibility) {

    public NeedDraft {
        translations = translations == null ? Map.of() : translations;
        themes = themes == null ? List.of() : List.copyOf(themes);
        activityTypes = activityTypes == null ? List.of() : List.copyOf(activityTypes);
        preferredLanguages = preferredLanguages == null ? List.of() : List.copyOf(preferredLanguages);
        constraints = constraints == null ? NeedConstraints.NONE : constraints;
    }
}
