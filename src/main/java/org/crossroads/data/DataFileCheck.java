package org.crossroads.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.shared.tabular.Cells;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.tabular.Columns;
import org.crossroads.shared.tabular.Message;
import org.crossroads.shared.tabular.Problems;
import org.crossroads.shared.tabular.SourceRow;
import org.crossroads.shared.tabular.TabularStream;
import org.crossroads.shared.vocabulary.Vocabularies;

/**
 * Checks the rows of a data file as they are read, naming every problem by row, column and reason, and
 * keeps the valid ones as {@link StagedValue}s. Large files repeat a few periods, category cells and
 * texts: each is parsed once and one copy of it is kept, so a million rows fit in a modest heap.
 */
final class DataFileCheck implements TabularStream {

    private static final int PROGRESS_EVERY = 5_000;
    private static final Set<String> REQUIRED = Set.of("indicator", "place", "period", "value");

    /** What makes two rows the same value (text parts are the shared copies). */
    private record Key(long indicatorId, long placeId, String period, String combination) {}

    private final Places places;
    private final DataImport.Options options;
    private final DataImport.Progress progress;
    private final Problems problems;
    private final Cells cells;
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<String, Dimension> dimensions = new HashMap<>();
    private final Map<String, Optional<Place>> placeCache = new HashMap<>();
    /** Each value's first row (high half) and its index in {@link #staged} (low half). */
    private final Map<Key, Long> seen = new HashMap<>();
    /** Indexes of staged values withdrawn because a later row repeats them. */
    private final BitSet withdrawn = new BitSet();
    private final Map<String, Optional<Period>> periods = new HashMap<>();
    private final Map<String, Breakdown> breakdowns = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final LocalDate today = LocalDate.now();
    private final List<StagedValue> staged = new ArrayList<>();
    private boolean usable;
    private int rows;

    DataFileCheck(DataCatalogue catalogue, Places places, Vocabularies vocabularies, DataImport.Options options,
            DataImport.Progress progress, Problems problems) {
        this.places = places;
        this.options = options;
        this.progress = progress;
        this.problems = problems;
        this.cells = new Cells(vocabularies, options.locale(), problems);
        catalogue.indicators().forEach(i -> indicators.put(i.code(), i));
        catalogue.dimensions().forEach(d -> dimensions.put(d.code(), d));
    }

    /** The header must name the required columns and no unknown one; otherwise no row is read. */
    @Override
    public boolean start(Header header) {
        List<String> known = DataValueColumns.ALL.stream().map(Column::name).toList();
        Columns.check(header.columns(), REQUIRED, known::contains, problems);
        usable = problems.isEmpty();
        if (usable) {
            progress.total(header.expectedRows());
        }
        return usable;
    }

    boolean usable() {
        return usable;
    }

    /** The data rows read. */
    int rows() {
        return rows;
    }

    /** The valid values, without those a later row repeats. */
    List<StagedValue> staged() {
        if (withdrawn.isEmpty()) {
            return staged;
        }
        List<StagedValue> kept = new ArrayList<>(staged.size() - withdrawn.cardinality());
        for (int i = 0; i < staged.size(); i++) {
            if (!withdrawn.get(i)) {
                kept.add(staged.get(i));
            }
        }
        return kept;
    }

    void finish() {
        progress.done(rows);
    }

    @Override
    public void row(SourceRow row) {
        if (++rows % PROGRESS_EVERY == 0) {
            progress.done(rows);
        }
        int before = problems.total();
        String code = row.value("indicator").strip();
        Indicator indicator = indicators.get(code);
        if (code.isEmpty()) {
            cells.required(row, "indicator");
        } else if (indicator == null) {
            problems.add(row.rowNumber(), "indicator", Message.of("data.error.unknownIndicator", "Unknown indicator \"{0}\".", code));
        } else if (indicator.isComputed()) {
            problems.add(row.rowNumber(), "indicator", Message.of("data.error.computedIndicator",
                "\"{0}\" is computed from other indicators: import its inputs instead.", code));
        }
        String placeRef = row.value("place").strip();
        Optional<Place> place = placeRef.isEmpty() ? Optional.empty()
                : placeCache.computeIfAbsent(placeRef, places::resolve);
        if (placeRef.isEmpty()) {
            cells.required(row, "place");
        } else if (place.isEmpty()) {
            problems.add(row.rowNumber(), "place", Message.of("data.error.unknownPlace",
                "No place \"{0}\" in the directory. Write \"Name, CC\" (e.g. Sfax, TN) or geonames:ID.", placeRef));
        } else if (!options.places().covers(place.get().id())) {
            // a value of a place the importer may not edit: it could replace a confidential value they cannot read
            problems.add(row.rowNumber(), "place", Message.of("data.error.placeNotEditable",
                "You may not change the values of {0}: you may import values only for your own city or the members "
                        + "of your network.", place.get().name() + ", " + place.get().countryCode()));
        }
        Optional<Period> period = period(row);
        Optional<BigDecimal> value = cells.required(row, "value") ? cells.decimal(row, "value") : Optional.empty();
        if (indicator != null && value.isPresent()) {
            checkValue(indicator, value.get(), row, problems);
        }
        Breakdown breakdown = indicator == null ? Breakdown.NONE : breakdown(indicator, dimensions, row, problems, breakdowns);
        String quality = cells.vocabulary(row, "quality", "data_quality").orElse("unknown");
        String confidentiality = cells.vocabulary(row, "confidentiality", "confidentiality").orElse("public");
        Optional<String> source = cells.text(row, "source", false, 1000).map(t -> shared(t, texts));
        Optional<String> method = cells.text(row, "method_note", false, 2000).map(t -> shared(t, texts));
        if (problems.total() > before || indicator == null || place.isEmpty() || period.isEmpty() || value.isEmpty()) {
            return;
        }
        StagedValue v = new StagedValue(indicator.id(), place.get().id(), period.get().text(), period.get().start(),
                breakdown.combination(), breakdown.json(), value.get(), source.orElse(null), method.orElse(null),
                quality, confidentiality);
        Long first = seen.putIfAbsent(new Key(v.indicatorId(), v.placeId(), v.period(), v.combination()),
                (long) row.rowNumber() << 32 | staged.size());
        if (first != null) {
            // two rows for one value: the second would silently replace the first, so both are refused
            int firstRow = (int) (first >>> 32);
            problems.add(row.rowNumber(), "", duplicate(firstRow));
            if (!withdrawn.get((int) (long) first)) {
                withdrawn.set((int) (long) first);
                problems.add(firstRow, "", duplicate(row.rowNumber()));
            }
            return;
        }
        staged.add(v);
    }

    private static Message duplicate(int otherRow) {
        return Message.of("data.error.duplicate", "Same indicator, place, period and categories as row {0}: a file may "
                + "give each value only once, so neither row is stored.", otherRow);
    }

    /** The categories of a row as stored: "age_group=15_24|sex=female" and the same as a JSON object. */
    private record Breakdown(String combination, String json) {
        static final Breakdown NONE = new Breakdown("", "{}");
    }

    private static Breakdown breakdown(Indicator indicator, Map<String, Dimension> dimensions, SourceRow row, Problems problems,
            Map<String, Breakdown> known) {
        String cell = row.value("categories").strip();
        String key = indicator.code() + "\n" + cell;
        Breakdown breakdown = known.get(key);
        if (breakdown != null) {
            return breakdown;
        }
        int before = problems.total();
        TreeMap<String, String> categories = categories(indicator, dimensions, row, problems);
        breakdown = new Breakdown(String.join("|", categories.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()),
                categoriesJson(categories));
        if (problems.total() == before) {
            // only a cell without problems is remembered: a faulty one is reported on every row that has it
            known.put(key, breakdown);
        }
        return breakdown;
    }

    private static String shared(String text, Map<String, String> texts) {
        return texts.size() < 100_000 ? texts.computeIfAbsent(text, t -> t) : text;
    }

    /** The categories as a JSON object; codes are checked against the catalogue, so they need no escaping beyond quotes. */
    static String categoriesJson(TreeMap<String, String> categories) {
        StringBuilder json = new StringBuilder("{");
        categories.forEach((k, v) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(k.replace("\\", "\\\\").replace("\"", "\\\""))
                .append("\":\"").append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        });
        return json.append('}').toString();
    }

    private Optional<Period> period(SourceRow row) {
        if (!cells.required(row, "period")) {
            return Optional.empty();
        }
        String raw = row.value("period").strip();
        Optional<Period> period = periods.computeIfAbsent(raw, Period::parse);
        if (period.isEmpty()) {
            problems.add(row.rowNumber(), "period", Message.of("data.error.period",
                    "Not a period: \"{0}\". Write a year (2024), a quarter (2024-Q3) or a month (2024-07).", raw));
        } else if (!period.get().inRange(today)) {
            problems.add(row.rowNumber(), "period", Message.of("data.error.periodRange",
                    "The period {0} is outside the accepted range ({1} to {2}).", raw, Period.FIRST_YEAR, today.getYear()));
            return Optional.empty();
        }
        return period;
    }

    private static void checkValue(Indicator indicator, BigDecimal value, SourceRow row, Problems problems) {
        boolean ok = switch (indicator.valueType()) {
            case "count" -> value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
            case "percent" -> value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
            case "ratio" -> value.signum() >= 0;
            default -> true;
        };
        if (!ok) {
            problems.add(row.rowNumber(), "value", Message.of("data.error.valueType." + indicator.valueType(),
                    "{0} does not fit the indicator: it takes {1}.", value.toPlainString(), indicator.valueType()));
        }
    }

    private static TreeMap<String, String> categories(Indicator indicator, Map<String, Dimension> dimensions, SourceRow row,
            Problems problems) {
        TreeMap<String, String> categories = new TreeMap<>();
        String cell = row.value("categories").strip();
        if (cell.isEmpty()) {
            return categories;
        }
        for (String part : cell.split("[;|\u061B]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split("=", 2);
            String dimension = pair[0].strip().toLowerCase(Locale.ROOT);
            String category = pair.length < 2 ? "" : pair[1].strip().toLowerCase(Locale.ROOT);
            Dimension d = dimensions.get(dimension);
            if (pair.length < 2 || category.isEmpty()) {
                problems.add(row.rowNumber(), "categories", Message.of("data.error.categoryForm",
                        "Write categories as dimension=category, e.g. sex=female (\"{0}\").", part.strip()));
            } else if (d == null || !indicator.dimensions().contains(dimension)) {
                problems.add(row.rowNumber(), "categories", Message.of("data.error.unknownDimensionFor",
                        "The indicator {0} is not broken down by \"{1}\" (it takes: {2}).", indicator.code(), dimension,
                        String.join(", ", indicator.dimensions())));
            } else if (d.category(category).isEmpty()) {
                problems.add(row.rowNumber(), "categories", Message.of("data.error.unknownCategory",
                        "Unknown category \"{1}\" of {0}.", dimension, category));
            } else if (categories.put(dimension, category) != null) {
                problems.add(row.rowNumber(), "categories", Message.of("data.error.repeatedDimension",
                        "The dimension {0} is given twice.", dimension));
            }
        }
        return categories;
    }

}
