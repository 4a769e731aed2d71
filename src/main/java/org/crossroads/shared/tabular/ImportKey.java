package org.crossroads.shared.tabular;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What identifies a record in an import file: the columns its upsert keys by (an {@code external_id}; an
 * organisation, place and role). Two rows of one file with the same key would update the same record, the
 * second silently replacing the first, so {@link ImportRunner} refuses both and names the other row.
 * Cells are compared stripped and in Unicode NFC; a column may compare by a canonical form instead (a place
 * reference by the place it resolves to, a code without case), and a pair of columns may be unordered (a
 * partnership of A and B is the one of B and A).
 */
public final class ImportKey {

    private static final ImportKey NONE = new ImportKey(List.of(), Map.of(), Map.of(), false);

    private final List<String> columns;
    private final Map<String, UnaryOperator<String>> canonical;
    private final Map<String, String> defaults;
    private final boolean firstTwoUnordered;

    private ImportKey(List<String> columns, Map<String, UnaryOperator<String>> canonical, Map<String, String> defaults,
            boolean firstTwoUnordered) {
        this.columns = List.copyOf(columns);
        this.canonical = Map.copyOf(canonical);
        this.defaults = Map.copyOf(defaults);
        this.firstTwoUnordered = firstTwoUnordered;
    }

    /** The record is identified by these columns, compared as written (stripped, NFC). */
    public static ImportKey of(String... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("A key names at least one column; use none() for a kind without one");
        }
        return new ImportKey(List.of(columns), Map.of(), Map.of(), false);
    }

    /** Rows of this kind never update one another (every row adds a record): nothing to compare. */
    public static ImportKey none() {
        return NONE;
    }

    /** Compares this column by a canonical form of its cell (e.g. the id of the place a reference names). */
    public ImportKey comparing(String column, UnaryOperator<String> canonicalForm) {
        requireColumn(column);
        Map<String, UnaryOperator<String>> next = new HashMap<>(canonical);
        next.put(column, canonicalForm);
        return new ImportKey(columns, next, defaults, firstTwoUnordered);
    }

    /** Compares this column without case (codes from a vocabulary). */
    public ImportKey ignoringCase(String column) {
        return comparing(column, cell -> cell.toLowerCase(Locale.ROOT));
    }

    /** An empty cell of this column stands for this value (a membership's role is "member" unless given). */
    public ImportKey defaulting(String column, String value) {
        requireColumn(column);
        Map<String, String> next = new HashMap<>(defaults);
        next.put(column, value);
        return new ImportKey(columns, canonical, next, firstTwoUnordered);
    }

    /** The first two columns name an unordered pair. */
    public ImportKey firstTwoUnordered() {
        if (columns.size() < 2) {
            throw new IllegalStateException("An unordered pair needs two columns");
        }
        return new ImportKey(columns, canonical, defaults, true);
    }

    public List<String> columns() {
        return columns;
    }

    public boolean isNone() {
        return columns.isEmpty();
    }

    /**
     * The key of a row, or empty when a key cell is empty (the row's own check reports the missing value,
     * and a row without its key cannot update another row's record).
     */
    Optional<List<String>> of(SourceRow row) {
        if (isNone()) {
            return Optional.empty();
        }
        List<String> key = new ArrayList<>(columns.size());
        for (String column : columns) {
            String cell = Normalizer.normalize(row.value(column).strip(), Normalizer.Form.NFC);
            if (cell.isEmpty()) {
                cell = defaults.getOrDefault(column, "");
            }
            if (cell.isEmpty()) {
                return Optional.empty();
            }
            key.add(canonical.getOrDefault(column, UnaryOperator.identity()).apply(cell));
        }
        if (firstTwoUnordered && key.get(0).compareTo(key.get(1)) > 0) {
            String first = key.get(0);
            key.set(0, key.get(1));
            key.set(1, first);
        }
        return Optional.of(List.copyOf(key));
    }

    /**
     * Reports every row whose key another row of the file has, on both rows: each names the other (the
     * first occurrence names the second; every later one names the first). Runs before any row is stored,
     * so neither version of the record is kept. Keeps one entry per distinct key, as the file already is
     * in memory.
     */
    void reportDuplicates(List<SourceRow> rows, Problems problems) {
        if (isNone()) {
            return;
        }
        Map<List<String>, Integer> first = new HashMap<>();
        Map<Integer, Integer> secondOf = new LinkedHashMap<>();
        for (SourceRow row : rows) {
            Optional<List<String>> key = of(row);
            if (key.isEmpty()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(key.get(), row.rowNumber());
            if (earlier != null) {
                secondOf.putIfAbsent(earlier, row.rowNumber());
                report(row, earlier, problems);
            }
        }
        rows.stream().filter(r -> secondOf.containsKey(r.rowNumber()))
                .forEach(r -> report(r, secondOf.get(r.rowNumber()), problems));
    }

    private void report(SourceRow row, int otherRow, Problems problems) {
        List<String> cells = columns.stream().map(c -> row.value(c).strip().isEmpty() ? defaults.getOrDefault(c, "")
                : row.value(c).strip()).toList();
        problems.add(row.rowNumber(), columns.get(0), Reason.DUPLICATE_KEY.with(String.join(" + ", columns),
                String.join(" / ", cells), otherRow));
    }

    private void requireColumn(String column) {
        if (!columns.contains(column)) {
            throw new IllegalArgumentException(column + " is not a column of this key " + columns);
        }
    }
}
