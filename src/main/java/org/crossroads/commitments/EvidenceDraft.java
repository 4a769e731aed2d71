package org.crossroads.commitments;

import java.util.List;

/**
 * Evidence as a form or a file gives it, before it is checked: references of initiatives and documents (number or
 * external id), of validated outcomes (number), data values as "indicator; city; year" lines, and web addresses.
 */
public record EvidenceDraft(List<String> initiatives, List<String> outcomes, List<String> documents,
        List<String> dataValues, List<String> links) {

    public static final EvidenceDraft NONE = new EvidenceDraft(List.of(), List.of(), List.of(), List.of(), List.of());

    public EvidenceDraft {
        initiatives = clean(initiatives);
        outcomes = clean(outcomes);
        documents = clean(documents);
        dataValues = clean(dataValues);
        links = clean(links);
    }

    /** The non-blank entries, stripped. */
    static List<String> clean(List<String> entries) {
        return entries == null ? List.of() : entries.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }
}
