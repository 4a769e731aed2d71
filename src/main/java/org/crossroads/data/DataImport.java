package org.crossroads.data;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.crossroads.shared.tabular.TabularFile;
import org.crossroads.shared.tabular.TabularFormatException;
import org.crossroads.shared.tabular.TabularLimits;
import org.crossroads.shared.tabular.TabularReader;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports data values from CSV or XLSX in the long format of {@link DataValueColumns} (HXL hashtag rows
 * recognised). Every row is checked first, with every problem named by row, column and reason (unknown
 * indicator, place or category, bad number, period outside the range, duplicate in the file); then the
 * whole file is written in one transaction by bulk copy, or nothing is when any row failed (unless the
 * valid rows are to be stored). Re-importing corrected values updates them in place, keeping the
 * previous version; computed indicators and the analytics marginals are refreshed in the same transaction.
 */
@Service
public class DataImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DataImport.class);

    /** Data files are larger than the directory's: up to two million rows. */
    static final TabularLimits LIMITS = new TabularLimits(250L * 1024 * 1024, 600L * 1024 * 1024, 2_000_000, 30, 10_000);
    private static final int PROGRESS_EVERY = 5_000;

    private final DataCatalogue catalogue;
    private final Places places;
    private final Vocabularies vocabularies;
    private final DataValueWriter writer;
    private final ComputedValues computed;
    private final Marginals marginals;
    private final TransactionTemplate transactions;
    private final TabularReader reader = new TabularReader(LIMITS);

    DataImport(DataCatalogue catalogue, Places places, Vocabularies vocabularies, DataValueWriter writer,
            ComputedValues computed, Marginals marginals, TransactionTemplate transactions) {
        this.catalogue = catalogue;
        this.places = places;
        this.vocabularies = vocabularies;
        this.writer = writer;
        this.computed = computed;
        this.marginals = marginals;
        this.transactions = transactions;
    }

    /** How to run an import. */
    /** @param onlyPlaceId when set, rows for any other place are refused (a city's focal point imports its own data) */
    public record Options(boolean dryRun, boolean storeValidRows, String actor, Locale locale, Long onlyPlaceId) {}

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
        long started = System.nanoTime();
        TabularFile file;
        try {
            file = reader.read(fileName, in, Column.columnByHashtag(DataValueColumns.ALL));
        } catch (TabularFormatException e) {
            Problems problems = new Problems();
            problems.add(0, "", e.reason());
            return report(options, false, 0, 0, new DataValueWriter.Written(0, 0), 0, problems, started);
        }
        progress.total(file.rows().size());
        Problems problems = new Problems();
        List<String> known = DataValueColumns.ALL.stream().map(Column::name).toList();
        Columns.check(file, Set.of("indicator", "place", "period", "value"), known::contains, problems);
        if (!problems.isEmpty()) {
            return report(options, false, file.rows().size(), 0, new DataValueWriter.Written(0, 0), 0, problems, started);
        }
        long read = System.nanoTime();
        List<StagedValue> staged = check(file, problems, options, progress);
        long checked = System.nanoTime();
        int valid = staged.size();
        boolean store = !options.dryRun() && !staged.isEmpty() && (problems.isEmpty() || options.storeValidRows());
        if (!store) {
            return report(options, false, file.rows().size(), valid, new DataValueWriter.Written(0, 0), 0, problems, started);
        }
        DataValueWriter.Written written = transactions.execute(status -> {
            long before = System.nanoTime();
            DataValueWriter.Written w = writer.write(staged, options.actor(), batchId);
            long wrote = System.nanoTime();
            Set<Long> indicators = new HashSet<>();
            Set<Long> placeIds = new HashSet<>();
            staged.forEach(v -> {
                indicators.add(v.indicatorId());
                placeIds.add(v.placeId());
            });
            indicators.addAll(computed.recompute(indicators, placeIds, options.actor()));
            long recomputed = System.nanoTime();
            marginals.refresh(indicators, placeIds);
            log.info("Data import of {} rows: read {} ms, checked {} ms, written {} ms, computed {} ms, marginals {} ms",
                    staged.size(), (read - started) / 1_000_000, (checked - read) / 1_000_000, (wrote - before) / 1_000_000,
                    (recomputed - wrote) / 1_000_000, (System.nanoTime() - recomputed) / 1_000_000);
            return w;
        });
        return report(options, true, file.rows().size(), valid, written, valid - written.created() - written.updated(),
                problems, started);
    }

    private List<StagedValue> check(TabularFile file, Problems problems, Options options, Progress progress) {
        Cells cells = new Cells(vocabularies, options.locale(), problems);
        Map<String, Indicator> indicators = new HashMap<>();
        catalogue.indicators().forEach(i -> indicators.put(i.code(), i));
        Map<String, Dimension> dimensions = new HashMap<>();
        catalogue.dimensions().forEach(d -> dimensions.put(d.code(), d));
        Map<String, Optional<Place>> placeCache = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        LocalDate today = LocalDate.now();
        List<StagedValue> staged = new ArrayList<>(file.rows().size());
        int n = 0;
        for (SourceRow row : file.rows()) {
            if (++n % PROGRESS_EVERY == 0) {
                progress.done(n);
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
                    : placeCache.computeIfAbsent(placeRef, ref -> places.resolve(ref));
            if (placeRef.isEmpty()) {
                cells.required(row, "place");
            } else if (place.isEmpty()) {
                problems.add(row.rowNumber(), "place", Message.of("data.error.unknownPlace",
                        "No place \"{0}\" in the directory. Write \"Name, CC\" (e.g. Sfax, TN) or geonames:ID.", placeRef));
            } else if (options.onlyPlaceId() != null && place.get().id() != options.onlyPlaceId()) {
                problems.add(row.rowNumber(), "place", Message.of("data.error.notYourCity",
                        "You may import values of your own city only (\"{0}\").", placeRef));
            }
            Optional<Period> period = period(row, cells, problems, today);
            Optional<BigDecimal> value = cells.required(row, "value") ? cells.decimal(row, "value") : Optional.empty();
            if (indicator != null && value.isPresent()) {
                checkValue(indicator, value.get(), row, problems);
            }
            TreeMap<String, String> categories = indicator == null ? new TreeMap<>()
                    : categories(indicator, dimensions, row, problems);
            String quality = cells.vocabulary(row, "quality", "data_quality").orElse("unknown");
            String confidentiality = cells.vocabulary(row, "confidentiality", "confidentiality").orElse("public");
            Optional<String> source = cells.text(row, "source", false, 1000);
            Optional<String> method = cells.text(row, "method_note", false, 2000);
            if (problems.total() > before || indicator == null || place.isEmpty() || period.isEmpty() || value.isEmpty()) {
                continue;
            }
            String combination = String.join("|", categories.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
            StagedValue v = new StagedValue(indicator.id(), place.get().id(), period.get().text(), period.get().start(),
                    combination, categoriesJson(categories), value.get(), source.orElse(null), method.orElse(null),
                    quality, confidentiality);
            Integer first = seen.putIfAbsent(v.key(), row.rowNumber());
            if (first != null) {
                problems.add(row.rowNumber(), "", Message.of("data.error.duplicate",
                        "Same indicator, place, period and categories as row {0}.", first));
                continue;
            }
            staged.add(v);
        }
        progress.done(n);
        return staged;
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

    private static Optional<Period> period(SourceRow row, Cells cells, Problems problems, LocalDate today) {
        if (!cells.required(row, "period")) {
            return Optional.empty();
        }
        String raw = row.value("period").strip();
        Optional<Period> period = Period.parse(raw);
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

    private static DataImportReport report(Options options, boolean stored, int rows, int valid, DataValueWriter.Written w,
            int unchanged, Problems problems, long started) {
        return new DataImportReport(options.dryRun(), stored, rows, valid, w.created(), w.updated(), unchanged, problems.list(),
                problems.total(), (System.nanoTime() - started) / 1_000_000);
    }
}
