package org.crossroads.data;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crossroads.directory.Places;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.tabular.Problems;
import org.crossroads.shared.tabular.TabularFormatException;
import org.crossroads.shared.tabular.TabularLimits;
import org.crossroads.shared.tabular.TabularReader;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports data values from CSV or XLSX in the long format of {@link DataValueColumns} (HXL hashtag rows
 * recognised). Every row is checked first, as the file is streamed ({@link DataFileCheck}), with every
 * problem named by row, column and reason (unknown indicator, place or category, bad number, period outside
 * the range, duplicate in the file); then the whole file is written in one transaction by bulk copy
 * ({@link DataValueWriter}), or nothing is when any row failed (unless the valid rows are to be stored).
 * Re-importing corrected values updates them in place, keeping the
 * previous version; computed indicators and the analytics marginals are refreshed in the same transaction.
 */
@Service
public class DataImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DataImport.class);

    /** Data files are larger than the directory's: up to two million rows. */
    static final TabularLimits LIMITS = new TabularLimits(250L * 1024 * 1024, 600L * 1024 * 1024, 2_000_000, 30, 10_000);

    private final DataCatalogue catalogue;
    private final Places places;
    private final Vocabularies vocabularies;
    private final DataValueWriter writer;
    private final ComputedValues computed;
    private final Marginals marginals;
    private final SmallCountProtection protection;
    private final TransactionTemplate transactions;
    private final TabularReader reader = new TabularReader(LIMITS);

    DataImport(DataCatalogue catalogue, Places places, Vocabularies vocabularies, DataValueWriter writer,
            ComputedValues computed, Marginals marginals, SmallCountProtection protection, TransactionTemplate transactions) {
        this.protection = protection;
        this.catalogue = catalogue;
        this.places = places;
        this.vocabularies = vocabularies;
        this.writer = writer;
        this.computed = computed;
        this.marginals = marginals;
        this.transactions = transactions;
    }

    /**
     * How to run an import.
     *
     * @param editable the places whose values the actor may import ({@link DataAccess#editablePlaces}); rows for
     *     any other place are refused. Null only for the application's own loads and scripts: every place.
     */
    public record Options(boolean dryRun, boolean storeValidRows, String actor, Locale locale, EditablePlaces editable) {

        EditablePlaces places() {
            return editable == null ? EditablePlaces.EVERY_PLACE : editable;
        }
    }

    /** Told how far an import got, for its progress bar. */
    public interface Progress {
        void total(int rows);

        void done(int rows);

        Progress NONE = new Progress() {
            @Override
            public void total(int rows) {
            }

            @Override
            public void done(int rows) {
            }
        };
    }

    public DataImportReport run(String fileName, InputStream in, Options options, Progress progress, Long batchId) {
        return run(check -> reader.stream(fileName, in, Column.columnByHashtag(DataValueColumns.ALL), check),
                options, progress, batchId);
    }

    /** Imports a file on disk (an upload): it is read as it is checked, never held in the heap whole. */
    public DataImportReport run(String fileName, java.nio.file.Path file, Options options, Progress progress, Long batchId) {
        return run(check -> reader.stream(fileName, file, Column.columnByHashtag(DataValueColumns.ALL), check),
                options, progress, batchId);
    }

    private DataImportReport run(java.util.function.Consumer<DataFileCheck> read, Options options, Progress progress,
            Long batchId) {
        long started = System.nanoTime();
        Problems problems = new Problems();
        DataFileCheck check = new DataFileCheck(catalogue, places, vocabularies, options, progress, problems);
        try {
            read.accept(check);
        } catch (TabularFormatException e) {
            // a file that cannot be read to its end stores nothing, whatever its earlier rows
            problems.add(0, "", e.reason());
            return report(options, false, check.rows(), 0, new DataValueWriter.Written(0, 0), 0, problems, started);
        }
        if (!check.usable()) {
            return report(options, false, 0, 0, new DataValueWriter.Written(0, 0), 0, problems, started);
        }
        check.finish();
        long checked = System.nanoTime();
        List<StagedValue> staged = check.staged();
        int valid = staged.size();
        int rows = check.rows();
        boolean store = !options.dryRun() && !staged.isEmpty() && (problems.isEmpty() || options.storeValidRows());
        if (!store) {
            return report(options, false, rows, valid, new DataValueWriter.Written(0, 0), 0, problems, started);
        }
        DataValueWriter.Written written = transactions.execute(status -> {
            long before = System.nanoTime();
            StagedValue.Scope scope = StagedValue.Scope.of(staged);
            DataValueWriter.Written w = writer.write(staged, scope, options.actor(), batchId);
            long wrote = System.nanoTime();
            Set<Long> indicators = new HashSet<>(scope.indicatorIds());
            indicators.addAll(computed.recompute(scope.indicatorIds(), scope.placeIds(), options.actor()));
            long recomputed = System.nanoTime();
            marginals.refresh(indicators, scope.placeIds(), scope.periods());
            long refreshed = System.nanoTime();
            // small counts: over every period of the indicators at these places, for every output at once
            protection.protect(indicators, scope.placeIds());
            log.info("Data import of {} rows: read and checked {} ms, written {} ms, computed {} ms, marginals {} ms,"
                    + " protection {} ms", staged.size(), (checked - started) / 1_000_000, (wrote - before) / 1_000_000,
                    (recomputed - wrote) / 1_000_000, (refreshed - recomputed) / 1_000_000,
                    (System.nanoTime() - refreshed) / 1_000_000);
            return w;
        });
        return report(options, true, rows, valid, written, valid - written.created() - written.updated(),
                problems, started);
    }

    private static DataImportReport report(Options options, boolean stored, int rows, int valid, DataValueWriter.Written w,
            int unchanged, Problems problems, long started) {
        return new DataImportReport(options.dryRun(), stored, rows, valid, w.created(), w.updated(), unchanged, problems.list(),
                problems.total(), (System.nanoTime() - started) / 1_000_000);
    }
}
