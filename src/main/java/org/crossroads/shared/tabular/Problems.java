package org.crossroads.shared.tabular;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crossroads.shared.validation.FieldError;
import org.springframework.context.MessageSource;

/**
 * Collects the problems of one import. It keeps at most {@code limit} problems (a 200,000-row file with
 * a wrong column would otherwise hold millions) but counts them all; rows with a problem are counted too,
 * so the report can say how many rows are valid. Not thread-safe: one import, one collector.
 */
public final class Problems {

    public static final int DEFAULT_LIMIT = 10_000;

    private final int limit;
    private final List<Problem> kept = new ArrayList<>();
    private final Set<Integer> rowsWithProblems = new HashSet<>();
    private int total;

    public Problems() {
        this(DEFAULT_LIMIT);
    }

    public Problems(int limit) {
        this.limit = limit;
    }

    public void add(int row, String column, Message reason) {
        add(new Problem(row, column, reason));
    }

    /**
     * Reports a row's validation errors (of its draft, or rejected when stored), each in the column named
     * like its field. The reason keeps the English pattern from {@code messages}, not formatted text: the
     * report formats it, in the reader's language.
     */
    public void add(int row, Collection<FieldError> errors, MessageSource messages) {
        for (FieldError error : errors) {
            String english = messages.getMessage(error.messageKey(), null, error.messageKey(), Locale.ENGLISH);
            add(row, error.field(), Message.of(error.messageKey(), english, error.arguments().toArray()));
        }
    }

    public void add(Problem problem) {
        total++;
        if (problem.row() > 1) {
            rowsWithProblems.add(problem.row());
        }
        if (kept.size() < limit) {
            kept.add(problem);
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** How many problems were reported, including those past the limit. */
    public int total() {
        return total;
    }

    public boolean hasProblemsIn(int row) {
        return rowsWithProblems.contains(row);
    }

    /** The number of distinct data rows with at least one problem; row 1 (the header) is not a data row. */
    public int rowsWithProblems() {
        return rowsWithProblems.size();
    }

    /** The kept problems in file order. */
    public List<Problem> list() {
        return kept.stream().sorted(Problem.IN_FILE_ORDER).toList();
    }
}
