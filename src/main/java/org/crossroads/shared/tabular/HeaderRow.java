package org.crossroads.shared.tabular;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Gives the raw rows their column names. The first row names the columns; a second row of HXL hashtags
 * is recognised and skipped (files exported with HXL re-import). A file may also start directly with
 * hashtags when the caller knows which column each hashtag stands for.
 */
final class HeaderRow {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F\\-]+");

    record Result(List<String> columns, Map<String, String> hashtags, List<SourceRow> rows) {
    }

    private HeaderRow() {
    }

    /** {@code Start Date}, {@code start-date} and {@code \uFEFF START_DATE } all give {@code start_date}. */
    static String normalise(String name) {
        String trimmed = name.replace("\uFEFF", "").strip();
        return SEPARATORS.matcher(trimmed.toLowerCase(Locale.ROOT)).replaceAll("_");
    }

    /** The column names, the hashtags and the index of the first data row among the first rows of a file. */
    record Header(List<String> names, Map<String, String> hashtags, int dataStart) {

        List<String> columns() {
            return names.stream().filter(n -> !n.isEmpty()).toList();
        }
    }

    static Result apply(List<RawRow> raw, Map<String, String> columnByHashtag, TabularLimits limits,
            UnaryOperator<String> cellValue) {
        Header header = header(raw, columnByHashtag);
        if (raw.size() - header.dataStart() > limits.maxRows()) {
            throw new TabularFormatException(Reason.TOO_MANY_ROWS.with(limits.maxRows()));
        }
        List<SourceRow> rows = new ArrayList<>(raw.size() - header.dataStart());
        for (RawRow row : raw.subList(header.dataStart(), raw.size())) {
            rows.add(named(row, header.names(), cellValue));
        }
        return new Result(header.columns(), header.hashtags(), rows);
    }

    /** Reads the header from the first (at least one, at most two) rows of a file. */
    static Header header(List<RawRow> raw, Map<String, String> columnByHashtag) {
        if (raw.isEmpty()) {
            throw new TabularFormatException(Reason.EMPTY_FILE.with());
        }
        RawRow first = raw.get(0);
        List<String> names = new ArrayList<>();
        Map<String, String> hashtags = new LinkedHashMap<>();
        int dataStart = 1;
        if (Hashtag.isHashtagRow(first)) {
            if (columnByHashtag.isEmpty()) {
                throw new TabularFormatException(Reason.HXL_WITHOUT_NAMES.with());
            }
            Map<String, String> lookup = new HashMap<>();
            columnByHashtag.forEach((tag, column) -> lookup.put(Hashtag.key(tag), column));
            for (String cell : first.cells()) {
                String tag = cell == null ? "" : cell.strip();
                String column = tag.isEmpty() ? "" : lookup.get(Hashtag.key(tag));
                if (column == null) {
                    throw new TabularFormatException(Reason.HXL_UNKNOWN.with(tag));
                }
                names.add(column);
                if (!tag.isEmpty()) {
                    hashtags.put(column, tag);
                }
            }
        } else {
            first.cells().forEach(cell -> names.add(cell == null ? "" : normalise(cell)));
            if (raw.size() > 1 && Hashtag.isHashtagRow(raw.get(1))) {
                RawRow tags = raw.get(1);
                for (int i = 0; i < names.size(); i++) {
                    if (!names.get(i).isEmpty() && !tags.cell(i).isBlank()) {
                        hashtags.put(names.get(i), tags.cell(i).strip());
                    }
                }
                dataStart = 2;
            }
        }
        checkDuplicates(names);
        return new Header(names, hashtags, dataStart);
    }

    private static void checkDuplicates(List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!name.isEmpty() && !seen.add(name)) {
                throw new TabularFormatException(Reason.DUPLICATE_COLUMN.with(name));
            }
        }
    }

    /** A value under no column name would be silently lost, so it is an error instead. */
    static SourceRow named(RawRow row, List<String> names, UnaryOperator<String> cellValue) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < Math.max(names.size(), row.cells().size()); i++) {
            String name = i < names.size() ? names.get(i) : "";
            String value = row.cell(i).strip();
            if (name.isEmpty()) {
                if (!value.isEmpty()) {
                    throw new TabularFormatException(Reason.UNNAMED_COLUMN.with(row.number(), RawRows.letter(i)));
                }
                continue;
            }
            values.put(name, cellValue.apply(value));
        }
        Set<String> formulas = new HashSet<>();
        for (int i : row.formulasWithoutResult()) {
            if (i < names.size() && !names.get(i).isEmpty()) {
                formulas.add(names.get(i));
            }
        }
        return new SourceRow(row.number(), values, formulas);
    }
}
