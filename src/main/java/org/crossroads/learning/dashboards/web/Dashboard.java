package org.crossroads.learning.dashboards.web;

import java.util.List;

/**
 * A dashboard as pages, CSV and PDF reports show it: titled tables of numbers already in the reader's
 * language, some drawn as bar charts. The same object feeds all three, so they never disagree.
 *
 * @param exportPath path without extension; ".csv" and ".pdf" are its exports
 * @param threshold  the smallest count shown to the public (smaller ones show as "<threshold")
 */
public record Dashboard(String title, String subtitle, List<Table> tables, String exportPath, boolean suppressed,
        int threshold) {

    /**
     * @param chart  draw the rows' {@code bar} values as a bar chart above the table
     * @param emptyReason why the table is empty and who fills it, in the reader's language (null until
     *               {@link EmptyStates} says it)
     * @param action what the reader may do about it, when they may (null otherwise)
     */
    public record Table(String id, String title, List<String> headers, List<Row> rows, boolean chart, String note,
            String emptyReason, Link action) {

        public Table(String id, String title, List<String> headers, List<Row> rows, boolean chart, String note) {
            this(id, title, headers, rows, chart, note, null, null);
        }

        Table explained(String why, Link what) {
            return new Table(id, title, headers, rows, chart, note, why, what);
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        public int barMax() {
            return Math.max(1, rows.stream().filter(r -> r.bar() != null).mapToInt(Row::bar).max().orElse(1));
        }
    }

    /** A link offered on an empty table: its label and where it leads. */
    public record Link(String label, String href) {}

    /** @param bar the number the bar chart draws for this row, or null when hidden (small counts) */
    public record Row(List<String> cells, Integer bar) {
    }
}
