package org.crossroads.commitments.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossroads.commitments.Source;
import org.crossroads.shared.tabular.Message;
import org.crossroads.shared.tabular.Problems;
import org.crossroads.shared.tabular.SourceRow;
import org.crossroads.shared.validation.FieldError;
import org.springframework.context.MessageSource;

/**
 * What the pledge and signature imports read alike: the visibility, the source with its passage, and the forms'
 * errors reported in the file's columns (a translation's field {@code translation[fr.text]} is the column
 * {@code text_fr}).
 */
final class CommitmentRows {

    private CommitmentRows() {
    }

    /** True for restricted; "public" or an empty cell is public, anything else a problem. */
    static boolean restricted(SourceRow row, Problems problems) {
        String v = row.value("visibility").strip();
        if (v.isEmpty() || v.equals("public")) {
            return false;
        }
        if (v.equals("restricted")) {
            return true;
        }
        problems.add(row.rowNumber(), "visibility", Message.of("commitments.error.badVisibility",
                "“{0}” is not a visibility: write public or restricted.", v));
        return false;
    }

    /** The row's source with its passage, or empty; a passage without its source is a problem. */
    static Optional<Source> source(SourceRow row, Problems problems) {
        String citation = row.value("source").strip();
        String passage = row.value("passage").strip();
        if (citation.isEmpty()) {
            if (!passage.isEmpty()) {
                problems.add(row.rowNumber(), "passage", Message.of("commitments.error.passageWithoutSource",
                        "A quoted passage needs its source."));
            }
            return Optional.empty();
        }
        return Optional.of(new Source(citation, passage.isEmpty() ? null : passage));
    }

    /** The form's errors in the file's columns, leaving out the columns already reported for this row. */
    static void report(SourceRow row, Collection<FieldError> errors, Problems problems, MessageSource messages) {
        Set<String> reported = problems.list().stream().filter(p -> p.row() == row.rowNumber()).map(p -> p.column())
                .collect(Collectors.toSet());
        List<FieldError> inColumns = errors.stream().map(e -> new FieldError(column(e.field()), e.messageKey(),
                e.arguments())).filter(e -> !reported.contains(e.field())).toList();
        problems.add(row.rowNumber(), inColumns, messages);
    }

    static String column(String field) {
        return field.matches("translation\\[[a-z]{2}\\.\\w+]")
                ? field.replaceAll("translation\\[([a-z]{2})\\.(\\w+)]", "$2_$1") : field;
    }
}
