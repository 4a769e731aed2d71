package org.crossroads.data.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossroads.shared.vocabulary.Vocabularies;
import java.util.Map;
import java.util.Objects;
import org.crossroads.data.Dimension;
import org.crossroads.data.Figure;
import org.crossroads.data.FigureText;
import org.crossroads.data.Indicator;
import org.crossroads.data.MapLayer;
import org.crossroads.data.NetworkComparison;
import org.crossroads.data.Pivot;
import org.crossroads.data.TimeSeries;
import org.crossroads.directory.Place;
import org.crossroads.shared.vocabulary.WorldRegions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Turns analytics results into what the pages show: names in the reader's language, figures as text
 * ("1 250", "&lt;5", "x"), the tables behind every chart, and the charts themselves.
 */
@Component
class AnalyticsViews {

    private final MessageSource messages;
    private final Vocabularies vocabularies;
    private final WorldRegions regions;

    /** The indicator's unit in the reader's language where the vocabulary has it ("personnes"), else as written. */
    private String unit(Indicator indicator, Locale locale) {
        return vocabularies.label(Vocabularies.UNIT, indicator.unit(), locale);
    }

    AnalyticsViews(MessageSource messages, WorldRegions regions, Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
        this.messages = messages;
        this.regions = regions;
    }

    record Header(String text, int span) {}

    /** @param href a link, or null */
    record Head(String text, String href) {}

    /** @param css "num", plus "suppressed" or "confidential"; @param title a word on why, or null */
    record CellView(String text, String css, String title) {}

    /** @param bar the number a meter draws for this row, or null */
    record RowView(List<Head> heads, List<CellView> cells, BigDecimal bar, String barText) {}

    /** What the legend under a table explains: small counts, complementary cells, confidential figures. */
    record Legend(boolean small, boolean complementary, boolean confidential) {

        static Legend of(List<Figure> figures) {
            return new Legend(figures.stream().anyMatch(f -> f != null && f.small()),
                    figures.stream().anyMatch(f -> f != null && f.suppressed() && !f.small()),
                    figures.stream().anyMatch(f -> f != null && !f.suppressed() && "confidential".equals(f.confidentiality())));
        }

        public Legend and(Legend other) {
            return new Legend(small || other.small, complementary || other.complementary, confidential || other.confidential);
        }
    }

    /**
     * A table: row headers ({@code corner} names them), one header row of groups ({@code top}, each over
     * {@code span} columns) and, when broken down, a second one of categories ({@code sub}).
     *
     * @param barMax the largest bar, or null when the table has no bar chart
     */
    record TableView(String id, String caption, List<String> corner, List<Header> top, List<String> sub, List<RowView> rows,
            BigDecimal barMax, Legend legend) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        public boolean hasBars() {
            return barMax != null && rows.stream().anyMatch(r -> r.bar() != null);
        }

        public int headerRows() {
            return sub.isEmpty() ? 1 : 2;
        }
    }

    TableView pivot(Pivot p, boolean byIndicator, Locale locale) {
        boolean severalIndicators = p.indicators().size() > 1;
        List<String> corner = new ArrayList<>();
        if (byIndicator && severalIndicators) {
            corner.add(text("analytics.pivot.indicator", locale));
        }
        corner.add(text("analytics.pivot.city", locale));
        if (!byIndicator && severalIndicators) {
            corner.add(text("analytics.pivot.indicator", locale));
        }
        List<Header> top = new ArrayList<>();
        List<String> sub = new ArrayList<>();
        for (String period : p.periods()) {
            List<Pivot.Column> under = p.columns().stream().filter(c -> c.period().equals(period)).toList();
            top.add(new Header(period, under.size()));
            if (p.dimension() != null) {
                under.forEach(c -> sub.add(c.isTotal() ? text("analytics.pivot.total", locale) : category(p.dimension(), c.category(), locale)));
            }
        }
        boolean bars = !severalIndicators && p.periods().size() == 1;
        List<RowView> rows = new ArrayList<>();
        List<Figure> all = new ArrayList<>();
        for (Pivot.Row r : p.rows()) {
            Head place = new Head(place(r.place()), "/data/series?" + query("indicator", r.indicator().code(), "place",
                    String.valueOf(r.place().id()), "dimension", p.dimension() == null ? null : p.dimension().code()));
            Head indicator = new Head(r.indicator().name().in(locale), null);
            List<Head> heads = !severalIndicators ? List.of(place) : byIndicator ? List.of(indicator, place) : List.of(place, indicator);
            List<CellView> cells = r.cells().stream().map(f -> cell(f, r.indicator(), p.threshold(), locale)).toList();
            all.addAll(r.cells());
            Figure first = r.cells().get(0);
            BigDecimal bar = bars && first != null && !first.suppressed() ? first.value() : null;
            rows.add(new RowView(heads, cells, bar, bars ? FigureText.of(first, r.indicator().decimals(), p.threshold(), locale) : null));
        }
        BigDecimal barMax = bars ? rows.stream().map(RowView::bar).filter(Objects::nonNull).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE) : null;
        String caption = String.join(" · ", p.indicators().stream().map(i -> i.name().in(locale) + " (" + unit(i, locale) + ")").toList());
        return new TableView("pivot-table", caption, corner, top, sub, rows, barMax, Legend.of(all));
    }

    TableView series(TimeSeries s, Locale locale) {
        List<Header> top = new ArrayList<>();
        top.add(new Header(text("analytics.pivot.total", locale), 1));
        s.categories().forEach(c -> top.add(new Header(category(s.dimension(), c, locale), 1)));
        List<RowView> rows = new ArrayList<>();
        List<Figure> all = new ArrayList<>();
        for (TimeSeries.Point point : s.points()) {
            List<Figure> figures = new ArrayList<>();
            figures.add(point.total());
            s.categories().forEach(c -> figures.add(point.categories().get(c)));
            all.addAll(figures);
            rows.add(new RowView(List.of(new Head(point.period(), null)),
                    figures.stream().map(f -> cell(f, s.indicator(), s.threshold(), locale)).toList(), null, null));
        }
        return new TableView("series-table", s.indicator().name().in(locale) + " (" + unit(s.indicator(), locale) + ") · "
                + place(s.place()), List.of(text("analytics.field.period", locale)), top, List.of(), rows, null, Legend.of(all));
    }

    LineChart seriesChart(TimeSeries s, Locale locale) {
        List<String> periods = s.points().stream().map(TimeSeries.Point::period).toList();
        List<LineChart.Line> lines = new ArrayList<>();
        if (s.points().stream().anyMatch(p -> shown(p.total()))) {
            lines.add(new LineChart.Line(text("analytics.pivot.total", locale),
                    s.points().stream().map(p -> value(p.total())).toList()));
        }
        for (String c : s.categories()) {
            lines.add(new LineChart.Line(category(s.dimension(), c, locale),
                    s.points().stream().map(p -> value(p.categories().get(c))).toList()));
        }
        return LineChart.of(periods, lines, s.indicator().decimals(), locale);
    }

    TableView members(NetworkComparison c, Locale locale) {
        List<RowView> rows = new ArrayList<>();
        for (NetworkComparison.Member m : c.members()) {
            rows.add(new RowView(List.of(new Head(place(m.place()), null)),
                    List.of(cell(m.figure(), c.indicator(), c.threshold(), locale)), null, null));
        }
        return new TableView("members-table", text("analytics.compare.members", locale),
                List.of(text("analytics.pivot.city", locale)), List.of(new Header(c.period(), 1)), List.of(), rows, null,
                Legend.of(java.util.stream.Stream.concat(c.members().stream().map(NetworkComparison.Member::figure),
                        java.util.stream.Stream.of(c.city())).toList()));
    }

    RangeChart rangeChart(NetworkComparison c, Locale locale) {
        if (!c.hasStatistics()) {
            return null;
        }
        int decimals = c.indicator().decimals();
        List<NetworkComparison.Member> shown = c.members().stream().filter(m -> !m.figure().suppressed()).toList();
        BigDecimal city = c.city() == null || c.city().suppressed() ? null : c.city().value();
        return RangeChart.of(c.min(), c.median(), c.max(), city, shown.stream().map(m -> m.figure().value()).toList(),
                shown.stream().map(m -> place(m.place()) + ": " + FigureText.number(m.figure().value(), decimals, locale)).toList(),
                text("analytics.compare.range", locale) + ": " + number(c.min(), decimals, locale) + " – " + number(c.max(), decimals, locale),
                text("analytics.compare.median", locale) + ": " + number(c.median(), decimals + 1, locale),
                city == null ? null : place(c.place()) + ": " + number(city, decimals, locale), locale);
    }

    TableView countries(MapLayer m, Locale locale) {
        List<RowView> rows = m.countries().stream()
                .sorted(java.util.Comparator.comparing((MapLayer.Country c) -> c.figure().value(),
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .map(c -> new RowView(List.of(new Head(country(c.countryCode(), locale), null)),
                        List.of(cell(c.figure(), m.indicator(), m.threshold(), locale, "sum".equals(m.indicator().aggregation()) ? 0 : 1),
                                new CellView(String.valueOf(c.cities()), "num", null)), null, null))
                .toList();
        return new TableView("countries-table", text("analytics.map.countries", locale),
                List.of(text("analytics.map.country", locale)), List.of(new Header(m.period(), 1),
                        new Header(text("analytics.map.citiesCount", locale), 1)), List.of(), rows, null,
                Legend.of(m.countries().stream().map(MapLayer.Country::figure).toList()));
    }

    TableView cities(MapLayer m, int limit, Locale locale) {
        List<RowView> rows = m.cities().stream().limit(limit)
                .map(c -> new RowView(List.of(new Head(place(c.place()), null), new Head(country(c.place().countryCode(), locale), null)),
                        List.of(cell(c.figure(), m.indicator(), m.threshold(), locale)), null, null))
                .toList();
        return new TableView("cities-table", text("analytics.map.cities", locale),
                List.of(text("analytics.pivot.city", locale), text("analytics.map.country", locale)),
                List.of(new Header(m.period(), 1)), List.of(), rows, null,
                Legend.of(m.cities().stream().map(MapLayer.City::figure).toList()));
    }

    CellView cell(Figure f, Indicator indicator, int threshold, Locale locale) {
        return cell(f, indicator, threshold, locale, 0);
    }

    /** @param extraDecimals for averages and medians, which need a decimal more than the values */
    CellView cell(Figure f, Indicator indicator, int threshold, Locale locale, int extraDecimals) {
        if (f == null) {
            return new CellView("", "num", null);
        }
        String text = FigureText.of(f, indicator.decimals() + extraDecimals, threshold, locale);
        if (f.suppressed()) {
            return new CellView(text, "num suppressed", f.small() ? message("analytics.legend.small", locale, "<" + threshold,
                    threshold - 1) : text("analytics.legend.complementary", locale));
        }
        if ("confidential".equals(f.confidentiality())) {
            return new CellView(text, "num confidential", text("analytics.cell.confidential", locale));
        }
        return new CellView(text, "restricted".equals(f.confidentiality()) ? "num restricted" : "num",
                "restricted".equals(f.confidentiality()) ? text("analytics.cell.restricted", locale) : null);
    }

    String number(BigDecimal value, int decimals, Locale locale) {
        return value == null ? "" : FigureText.number(value, decimals, locale);
    }

    String category(Dimension dimension, String code, Locale locale) {
        return dimension == null ? code : dimension.category(code).map(c -> c.name().in(locale)).orElse(code);
    }

    static String place(Place place) {
        return place.name() + ", " + place.countryCode();
    }

    String country(String code, Locale locale) {
        String name = code == null ? "" : regions.name(code, locale);
        return name == null || name.isBlank() ? String.valueOf(code) : name;
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** A query string from name, value pairs; pairs with a null value are left out. */
    static String query(String... pairs) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                b.queryParam(pairs[i], pairs[i + 1]);
            }
        }
        String query = b.encode().build().getQuery();
        return query == null ? "" : query;
    }

    static Map<String, String> indicatorNames(List<Indicator> indicators, Locale locale) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        indicators.forEach(i -> names.put(i.code(), i.name().in(locale)));
        return names;
    }

    private static boolean shown(Figure f) {
        return f != null && !f.suppressed();
    }

    private static BigDecimal value(Figure f) {
        return shown(f) ? f.value() : null;
    }
}
