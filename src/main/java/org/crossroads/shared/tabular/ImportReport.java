package org.crossroads.shared.tabular;

import java.util.List;

/**
 * The outcome of a dry run or a real import: how many rows were read and valid, how many records were
 * created or updated (zero in a dry run), and every problem in file order. {@code problemCount} can
 * exceed {@code problems().size()} when the collector stopped keeping them. {@code format} is the file's
 * format, or null when the file was refused before it was known.
 */
public record ImportReport(boolean dryRun, int rowsRead, int rowsValid, int created, int updated,
        List<Problem> problems, int problemCount, TabularFile.Format format) {

    public ImportReport {
        problems = problems.stream().sorted(Problem.IN_FILE_ORDER).toList();
        problemCount = Math.max(problemCount, problems.size());
    }

    public ImportReport(boolean dryRun, int rowsRead, int rowsValid, int created, int updated, List<Problem> problems,
            int problemCount) {
        this(dryRun, rowsRead, rowsValid, created, updated, problems, problemCount, null);
    }

    /** True when the rows were the features of a GeoJSON file: reports then speak of features, not rows. */
    public boolean countsFeatures() {
        return format == TabularFile.Format.GEOJSON;
    }

    /**
     * Where the reader finds a problem: its spreadsheet row, or in a GeoJSON file the feature's number
     * (counting from 1; 0 for the file as a whole).
     */
    public int position(Problem problem) {
        return countsFeatures() ? problem.row() - 1 : problem.row();
    }

    /** A dry run's report: rows with no problem count as valid; nothing was written. */
    public static ImportReport dryRun(int rowsRead, Problems problems) {
        return new ImportReport(true, rowsRead, validRows(rowsRead, problems), 0, 0, problems.list(), problems.total());
    }

    /** A real run's report. */
    public static ImportReport run(int rowsRead, Problems problems, int created, int updated) {
        return new ImportReport(false, rowsRead, validRows(rowsRead, problems), created, updated, problems.list(),
                problems.total());
    }

    /** The file was refused as a whole (unreadable, past a limit): no rows, one problem on row 1. */
    public static ImportReport refused(boolean dryRun, TabularFormatException error) {
        return new ImportReport(dryRun, 0, 0, 0, 0, List.of(new Problem(1, "", error.reason())), 1);
    }

    public boolean hasErrors() {
        return problemCount > 0;
    }

    private static int validRows(int rowsRead, Problems problems) {
        return Math.max(0, rowsRead - problems.rowsWithProblems());
    }
}
