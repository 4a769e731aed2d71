package org.crossroads.data;

import java.util.List;
import org.crossroads.shared.tabular.Problem;

/**
 * What an import of data values did or would do.
 *
 * @param stored false for a dry run, or when problems stopped the whole file
 * @param problems every problem by row, column and reason (at most {@link org.crossroads.shared.tabular.Problems#DEFAULT_LIMIT})
 */
public record DataImportReport(boolean dryRun, boolean stored, int rows, int validRows, int created, int updated,
        int unchanged, List<Problem> problems, int totalProblems, long millis) {

    public boolean hasProblems() {
        return totalProblems > 0;
    }
}
