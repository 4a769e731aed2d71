package org.crossroads.shared.tabular;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import: reads the file (CSV, XLSX or GeoJSON), checks its columns, then runs every row in one
 * transaction with a savepoint per row, so a failing row is undone and the next rows are still checked. A dry run, or a
 * file with problems (unless the user asked to store the valid rows), rolls everything back: the
 * database is as it was.
 */
@Service
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final Map<String, TabularImport> imports = new LinkedHashMap<>();
    private final TransactionTemplate transactions;
    private final org.crossroads.shared.vocabulary.Vocabularies vocabularies;
    private final TabularReader reader = new TabularReader();

    ImportRunner(List<TabularImport> kinds, PlatformTransactionManager transactionManager,
            org.crossroads.shared.vocabulary.Vocabularies vocabularies) {
        kinds.forEach(k -> imports.put(k.kind(), k));
        this.transactions = new TransactionTemplate(transactionManager);
        this.vocabularies = vocabularies;
    }

    public List<String> kinds() {
        return List.copyOf(imports.keySet());
    }

    public Optional<TabularImport> kind(String kind) {
        return Optional.ofNullable(imports.get(kind));
    }

    public ImportReport run(String kind, String fileName, InputStream in, ImportOptions options, ImportContext context) {
        TabularImport format = kind(kind).orElseThrow(() -> new IllegalArgumentException("No import kind " + kind));
        TabularFile file;
        try {
            file = reader.read(fileName, in, Column.columnByHashtag(format.columns()));
        } catch (TabularFormatException e) {
            return ImportReport.refused(options.dryRun(), e);
        }
        Problems problems = new Problems();
        List<String> known = format.columns().stream().map(Column::name).toList();
        Columns.check(file, format.requiredColumns(), known::contains, problems);
        if (!problems.isEmpty()) {
            return new ImportReport(options.dryRun(), file.rows().size(), 0, 0, 0, problems.list(), problems.total(),
                    file.format());
        }
        // problems of single rows found while reading (a GeoJSON feature that is not a point): the rows are
        // still checked, so that one dry run lists every problem, and rolled back like any failing row
        file.problems().forEach(problems::add);
        // two rows for one record: the second would silently replace the first, so both are refused
        format.key().reportDuplicates(file.rows(), problems);
        Cells cells = new Cells(vocabularies, context.locale(), problems);
        int[] counts = new int[2];
        long started = System.nanoTime();
        Boolean committed = transactions.execute(status -> {
            for (SourceRow row : file.rows()) {
                runRow(format, row, cells, problems, context, status).ifPresent(outcome -> counts[outcome.ordinal()]++);
            }
            boolean keep = !options.dryRun() && (problems.isEmpty() || options.storeValidRows());
            if (!keep) {
                status.setRollbackOnly();
            }
            return keep;
        });
        if (Boolean.TRUE.equals(committed)) {
            format.afterCommit();
        }
        log.info("Import of {} {} ({} rows): {} created, {} updated, {} problems, {} in {} ms", kind, fileName,
                file.rows().size(), counts[0], counts[1], problems.total(),
                Boolean.TRUE.equals(committed) ? "committed" : "rolled back", (System.nanoTime() - started) / 1_000_000);
        int valid = file.rows().size() - problems.rowsWithProblems();
        return new ImportReport(options.dryRun(), file.rows().size(), valid,
                Boolean.TRUE.equals(committed) || options.dryRun() ? counts[0] : 0,
                Boolean.TRUE.equals(committed) || options.dryRun() ? counts[1] : 0, problems.list(), problems.total(),
                file.format());
    }

    private Optional<TabularImport.RowOutcome> runRow(TabularImport format, SourceRow row, Cells cells, Problems problems,
            ImportContext context, TransactionStatus status) {
        Object savepoint = status.createSavepoint();
        int before = problems.total();
        boolean unreadable = problems.hasProblemsIn(row.rowNumber());
        try {
            Optional<TabularImport.RowOutcome> outcome = format.importRow(row, cells, problems, context);
            if (problems.total() > before || outcome.isEmpty() || unreadable) {
                status.rollbackToSavepoint(savepoint);
                return Optional.empty();
            }
            status.releaseSavepoint(savepoint);
            return outcome;
        } catch (RuntimeException e) {
            status.rollbackToSavepoint(savepoint);
            log.warn("Row {} of a {} import failed", row.rowNumber(), format.kind(), e);
            problems.add(row.rowNumber(), "", Message.of("import.error.row", "This row could not be stored: {0}",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return Optional.empty();
        }
    }
}
