package org.crossroads.indexes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossroads.indexes.IndexBenchmark;
import org.crossroads.indexes.IndexDimension;
import org.crossroads.indexes.IndexVersion;

/** The lowest, median and highest score per dimension and overall, as rows of a table. */
record DistributionRows(List<Row> rows) {

    /** @param label "1. Data and evidence" or "Overall" */
    record Row(String label, int cities, String min, String median, String max) {}

    static DistributionRows of(IndexBenchmark benchmark, IndexVersion version, IndexViews views, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < version.dimensions().size(); i++) {
            IndexDimension d = version.dimensions().get(i);
            IndexBenchmark.Distribution dist = benchmark.dimension(d.code()).orElseThrow();
            rows.add(row(views.message("indexes.numbered", locale, String.valueOf(i + 1), d.name().in(locale)), dist, views,
                    locale));
        }
        rows.add(row(views.message("indexes.overall", locale), benchmark.overall(), views, locale));
        return new DistributionRows(rows);
    }

    private static Row row(String label, IndexBenchmark.Distribution d, IndexViews views, Locale locale) {
        return new Row(label, d.cities(), views.score(d.min(), locale), views.score(d.median(), locale),
                views.score(d.max(), locale));
    }
}
