package org.crossroads.network.needs.web;

import static org.crossroads.network.needs.web.FormText.translation;

import java.util.List;
import org.crossroads.network.needs.Need;
import org.crossroads.network.needs.NeedConstraints;
import org.crossroads.network.needs.NeedDraft;
import org.crossroads.network.needs.StatementText;
import org.crossroads.shared.validation.FieldError;

/**
 * What the need form posts, as typed, so a rejected form comes back as the editor left it. Preferred languages
 * are ISO 639-1 codes separated by ";" or ","; the distance is a whole number of km. The city is the page's.
 */
record NeedForm(String language, String title, String description, String enTitle, String enDescription, String frTitle,
        String frDescription, String arTitle, String arDescription, String esTitle, String esDescription,
        List<String> themes, List<String> activityTypes, String preferredLanguages, Boolean sameRoute, Boolean southSouth,
        Boolean similarSize, String withinKm, String maxLanguageDistance, String visibility, Integer version) {

    NeedForm {
        themes = themes == null ? List.of() : themes;
        activityTypes = activityTypes == null ? List.of() : activityTypes;
    }

    static NeedForm empty(String language) {
        return new NeedForm(language, "", "", "", "", "", "", "", "", "", "", List.of(), List.of(), "", false, false, false,
                "", "", "public", 0);
    }

    static NeedForm of(Need n) {
        StatementText t = n.text();
        NeedConstraints c = n.constraints();
        return new NeedForm(t.language(), t.title(), t.description(), translation(t, "en", "title"),
                translation(t, "en", "description"), translation(t, "fr", "title"), translation(t, "fr", "description"),
                translation(t, "ar", "title"), translation(t, "ar", "description"), translation(t, "es", "title"),
                translation(t, "es", "description"), n.themes(), n.activityTypes(), String.join("; ", n.preferredLanguages()),
                c.sameRoute(), c.southSouth(), c.similarSize(), c.withinKm() == null ? "" : c.withinKm().toString(),
                c.maxLanguageDistance() == null ? "" : c.maxLanguageDistance().toString(), n.visibility().code(), n.version());
    }

    NeedForm withVersion(int seen) {
        return new NeedForm(language, title, description, enTitle, enDescription, frTitle, frDescription, arTitle,
                arDescription, esTitle, esDescription, themes, activityTypes, preferredLanguages, sameRoute, southSouth,
                similarSize, withinKm, maxLanguageDistance, visibility, seen);
    }

    NeedDraft toDraft(List<FieldError> errors) {
        NeedConstraints constraints = new NeedConstraints(Boolean.TRUE.equals(sameRoute), Boolean.TRUE.equals(southSouth),
                Boolean.TRUE.equals(similarSize), FormText.number("within_km", withinKm, errors),
                FormText.number("max_language_distance", maxLanguageDistance, errors));
        return new NeedDraft(language, title, description, FormText.translations(enTitle, enDescription, frTitle,
                frDescription, arTitle, arDescription, esTitle, esDescription), themes, activityTypes,
                FormText.split(preferredLanguages), constraints, visibility);
    }

    int expectedVersion() {
        return version == null ? 0 : version;
    }
}
