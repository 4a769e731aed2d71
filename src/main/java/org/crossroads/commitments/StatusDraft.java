package org.crossroads.commitments;

import java.util.Map;

/**
 * A change of a pledge's status as a form, a reporting link or a file gives it, before it is checked.
 *
 * @param on "2024", "2024-05" or "2024-05-17"
 * @param translations language → {@code note} → text
 */
public record StatusDraft(String status, String on, String language, String note,
        Map<String, Map<String, String>> translations, EvidenceDraft evidence, Source source) {

    public StatusDraft {
        translations = translations == null ? Map.of() : Map.copyOf(translations);
        evidence = evidence == null ? EvidenceDraft.NONE : evidence;
    }
}
