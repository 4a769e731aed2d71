package org.crossroads.learning.participants;

import org.crossroads.learning.Texts;
import java.util.LinkedHashMap;
import java.util.Map;

/** A checked participant draft with its city and organisation resolved to ids. */
record ResolvedParticipant(ParticipantDraft draft, Long placeId, Long organisationId) {

    Map<String, Object> columns() {
        ParticipantDraft d = draft;
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("name", d.fullName().strip());
        columns.put("email", Texts.blankToNull(d.email()));
        columns.put("org", organisationId);
        columns.put("place", placeId);
        columns.put("position", Texts.blankToNull(d.position()));
        columns.put("expertise", Texts.blankToNull(d.expertise()));
        columns.put("gender", Texts.blankToNull(d.gender()));
        columns.put("genderDescription", "self_described".equals(d.gender()) ? Texts.blankToNull(d.genderDescription()) : null);
        columns.put("language", d.language() == null || d.language().isBlank() ? "en" : d.language());
        return columns;
    }
}
