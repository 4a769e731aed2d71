package org.crossroads.learning.web;

import java.util.List;

/**
 * A dashboard as pages, CSV and PDF reports show it: titled tables of numbers already in the reader's
 * language, some drawn as bar charts. The same object feeds all three, so they never disagree.
 *
 * @param exportPath path without extension; ".csv" and ".pdf" are its exports
 */
public record Dashboard(String title, String subtitle, List<Table> tables, String exportPath, boolean suppressed) {

    /**
     * @param chart draw the rows' {@code bar} values as a bar chart above the table
     */
    public record Table(String id, String title, List<String> headers, List<Row> rows, boolean chart, String note) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        public int barMax() {
            return Math.max(1, rows.stream().filter(r -> r.bar() != null).mapToInt(Row::bar).max().orElse(1));
        }
    }

    /** @param bar the number the bar chart draws for this row, or null when hidden (small counts) */
    public record Row(List<String> cells, Integer bar) {
    }
}
