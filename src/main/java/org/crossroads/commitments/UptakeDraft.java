package org.crossroads.commitments;

import java.util.Map;

/** An uptake of a recommendation as a form gives it, before it is checked: who, when, how, with what evidence. */
public record UptakeDraft(String city, String organisation, String actorName, String taken, String language, String how,
        Map<String, Map<String, String>> translations, boolean restricted, EvidenceDraft evidence, Source source) {

    public UptakeDraft {
        translations = translations == null ? Map.of() : Map.copyOf(translations);
        evidence = evidence == null ? EvidenceDraft.NONE : evidence;
    }
}
