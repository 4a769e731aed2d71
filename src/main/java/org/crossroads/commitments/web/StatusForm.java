package org.crossroads.commitments.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crossroads.commitments.EvidenceDraft;
import org.crossroads.commitments.StatusDraft;
import org.crossroads.shared.web.PostedTranslations;

/** The form of a status change as posted: the evidence one reference per line, translations of the note. */
record StatusForm(String status, String on, String language, String note, Map<String, String> translation,
        String initiatives, String outcomes, String documents, String dataValues, String links, Integer version) {

    StatusForm {
        translation = translation == null ? new LinkedHashMap<>() : translation;
    }

    static StatusForm empty(String language, String status, int version) {
        return new StatusForm(status, java.time.LocalDate.now().toString(), language, "", Map.of(), "", "", "", "", "",
                version);
    }

    StatusDraft toDraft() {
        return new StatusDraft(status, on, language, note, PostedTranslations.byLanguage(translation), evidence(), null);
    }

    EvidenceDraft evidence() {
        return new EvidenceDraft(Lines.ofCommas(initiatives), Lines.ofCommas(outcomes), Lines.ofCommas(documents),
                Lines.of(dataValues), Lines.of(links));
    }

    int expectedVersion() {
        return version == null ? -1 : version;
    }

    public String translated(String language, String field) {
        return PostedTranslations.text(translation, language, field);
    }
}
