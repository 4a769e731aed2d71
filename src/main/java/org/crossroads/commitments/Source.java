package org.crossroads.commitments;

/** Where a record comes from: the citation (report and section) and, when quoted, the passage. */
public record Source(String citation, String passage) {

    public Source {
        if (citation == null || citation.isBlank()) {
            throw new IllegalArgumentException("a source needs a citation");
        }
    }
}
