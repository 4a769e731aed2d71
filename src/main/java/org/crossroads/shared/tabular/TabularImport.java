package org.crossroads.shared.tabular;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One kind of record that can be imported from CSV or XLSX (organisations, initiatives…). Each module
 * implements it for its own records; {@link ImportRunner} reads the file, runs every row in one
 * transaction and keeps or rolls back the whole batch.
 */
public interface TabularImport {

    /** The name in URLs and forms, e.g. {@code initiatives}. */
    String kind();

    /** The columns of the format, in template order, with their HXL hashtags and examples. */
    List<Column> columns();

    Set<String> requiredColumns();

    /**
     * The columns that identify a record, as the upsert keys by them: two rows of one file with the same
     * key are both refused, each naming the other ({@link ImportKey#none()} for a kind whose rows only add).
     * Deliberately not defaulted, so that every new kind says how its rows are told apart.
     */
    ImportKey key();

    /**
     * Checks one row and stores it. Every problem is added to {@code problems} with the row's number;
     * a row with problems returns empty and must have stored nothing it cannot take back (the runner
     * rolls the row back to a savepoint).
     */
    Optional<RowOutcome> importRow(SourceRow row, Cells cells, Problems problems, ImportContext context);

    /** Called once after a batch was committed (not after a dry run), e.g. to refresh an index. */
    default void afterCommit() {
    }

    /** What a stored row did. */
    enum RowOutcome { CREATED, UPDATED }
}
