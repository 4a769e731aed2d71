package org.crossroads.network.needs.web;

import static org.crossroads.network.needs.web.FormText.translation;

import java.util.List;
import org.crossroads.network.needs.Evidence;
import org.crossroads.network.needs.Offer;
import org.crossroads.network.needs.OfferDraft;
import org.crossroads.network.needs.StatementText;
import org.crossroads.shared.validation.FieldError;

/**
 * What the offer form posts, as typed. Evidence is given by id (the number at the end of an initiative's,
 * an outcome's or an indicator's address), several separated by commas. The city is the page's.
 */
record OfferForm(String language, String title, String description, String enTitle, String enDescription, String frTitle,
        String frDescription, String arTitle, String arDescription, String esTitle, String esDescription,
        List<String> themes, List<String> activityTypes, String languages, String initiatives, String outcomes,
        String indicators, Boolean contactConsent, String visibility, Integer version) {

    OfferForm {
        themes = themes == null ? List.of() : themes;
        activityTypes = activityTypes == null ? List.of() : activityTypes;
    }

    static OfferForm empty(String language) {
        return new OfferForm(language, "", "", "", "", "", "", "", "", "", "", List.of(), List.of(), "", "", "", "", false,
                "public", 0);
    }

    static OfferForm of(Offer o) {
        StatementText t = o.text();
        return new OfferForm(t.language(), t.title(), t.description(), translation(t, "en", "title"),
                translation(t, "en", "description"), translation(t, "fr", "title"), translation(t, "fr", "description"),
                translation(t, "ar", "title"), translation(t, "ar", "description"), translation(t, "es", "title"),
                translation(t, "es", "description"), o.themes(), o.activityTypes(), String.join("; ", o.languages()),
                FormText.joined(o.evidence().initiativeIds()), FormText.joined(o.evidence().outcomeIds()),
                FormText.joined(o.evidence().indicatorIds()), o.contactConsent(), o.visibility().code(), o.version());
    }

    OfferForm withVersion(int seen) {
        return new OfferForm(language, title, description, enTitle, enDescription, frTitle, frDescription, arTitle,
                arDescription, esTitle, esDescription, themes, activityTypes, languages, initiatives, outcomes, indicators,
                contactConsent, visibility, seen);
    }

    OfferDraft toDraft(List<FieldError> errors) {
        Evidence evidence = new Evidence(FormText.ids("initiatives", initiatives, errors),
                FormText.ids("outcomes", outcomes, errors), FormText.ids("indicators", indicators, errors));
        return new OfferDraft(language, title, description, FormText.translations(enTitle, enDescription, frTitle,
                frDescription, arTitle, arDescription, esTitle, esDescription), themes, activityTypes,
                FormText.split(languages), evidence, Boolean.TRUE.equals(contactConsent), visibility);
    }

    int expectedVersion() {
        return version == null ? 0 : version;
    }
}
