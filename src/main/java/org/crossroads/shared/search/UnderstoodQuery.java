package org.crossroads.shared.search;

import java.util.List;

/**
 * A query as search understands it: concepts that must all match, the words it corrected and the
 * phrases that name several records (both shown to the reader).
 */
public record UnderstoodQuery(String text, List<QueryConcept> concepts, List<Correction> corrections,
        List<Ambiguity> ambiguities) {

    /** A word of five letters or more that matched nothing, read as the indexed word one edit away. */
    public record Correction(String written, String read) {
    }

    /** A phrase that names several records ("MMC": Mayors Migration Council, Mixed Migration Centre). */
    public record Ambiguity(String phrase, List<String> labels) {
    }

    public UnderstoodQuery {
        text = text == null ? "" : text.strip();
        concepts = List.copyOf(concepts);
        corrections = List.copyOf(corrections);
        ambiguities = List.copyOf(ambiguities);
    }

    public static UnderstoodQuery none() {
        return new UnderstoodQuery("", List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return concepts.isEmpty();
    }

    public boolean corrected() {
        return !corrections.isEmpty();
    }

    /** The query as it was read, corrections applied ("Showing results for …"). */
    public String readAs() {
        return String.join(" ", concepts.stream().map(c -> corrections.stream()
                .filter(k -> k.written().equals(c.written())).map(Correction::read).findFirst()
                .orElse(c.written())).toList());
    }

    /** Every phrase of every concept, for ranking and highlighting. */
    public String allAlternatives() {
        return String.join("|", concepts.stream().map(QueryConcept::alternatives).toList());
    }
}
