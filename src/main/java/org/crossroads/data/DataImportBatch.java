package org.crossroads.data;

import java.time.OffsetDateTime;

/**
 * An import as it runs in the background and as its report stays afterwards.
 *
 * @param status queued, running, committed (stored), checked (dry run or stopped by problems: nothing stored) or failed
 * @param validRows the rows that passed every check (what "Import this file now" stores when the valid rows are
 *     kept), null for a batch checked before it was counted
 * @param problemsJson the problems, as JSON ([{row, column, reason}]), at most the first thousand
 */
public record DataImportBatch(long id, String fileName, String status, int totalRows, int processedRows, int createdRows,
        int updatedRows, Integer validRows, int problemCount, String problemsJson, boolean dryRun, boolean storeValid, String createdBy,
        OffsetDateTime createdAt, OffsetDateTime finishedAt) {

    public boolean isFinished() {
        return finishedAt != null;
    }

    /** The rows a dry run that keeps the valid rows leaves out for their problems. */
    public Integer rowsLeftOut() {
        return validRows == null ? null : totalRows - validRows;
    }

    public int percent() {
        return totalRows == 0 ? (isFinished() ? 100 : 0) : Math.min(100, processedRows * 100 / totalRows);
    }
}
