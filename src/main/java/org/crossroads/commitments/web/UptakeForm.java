package org.crossroads.commitments.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crossroads.commitments.EvidenceDraft;
import org.crossroads.commitments.UptakeDraft;
import org.crossroads.shared.web.PostedTranslations;

/** The form of an uptake as posted: who (a city, an organisation or another actor), when, how, with what evidence. */
record UptakeForm(String city, String organisation, String actorName, String taken, String language, String how,
        Map<String, String> translation, Boolean restricted, String initiatives, String outcomes, String documents,
        String dataValues, String links) {

    UptakeForm {
        translation = translation == null ? new LinkedHashMap<>() : translation;
    }

    static UptakeForm empty(String language, String city) {
        return new UptakeForm(city, "", "", java.time.LocalDate.now().toString(), language, "", Map.of(), false, "", "",
                "", "", "");
    }

    UptakeDraft toDraft() {
        return new UptakeDraft(city, organisation, actorName, taken, language, how, PostedTranslations.byLanguage(translation),
                Boolean.TRUE.equals(restricted), new EvidenceDraft(Lines.ofCommas(initiatives), Lines.ofCommas(outcomes),
                        Lines.ofCommas(documents), Lines.of(dataValues), Lines.of(links)), null);
    }

    public String translated(String language, String field) {
        return PostedTranslations.text(translation, language, field);
    }
}
