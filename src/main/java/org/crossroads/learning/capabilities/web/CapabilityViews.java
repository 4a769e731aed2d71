package org.crossroads.learning.capabilities.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.crossroads.learning.capabilities.CapabilityAverage;
import org.crossroads.learning.capabilities.CapabilityFramework;
import org.crossroads.learning.capabilities.CapabilityHeatMap;
import org.crossroads.learning.capabilities.CapabilityTrend;
import org.crossroads.learning.capabilities.NetworkCapabilityTrend;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns frameworks, trends and heat maps into what the capability pages show: names in the reader's
 * language, periods as words, averages with one decimal, and the numbers behind each chart.
 */
@Component
class CapabilityViews {

    static final List<String> LEVELS = List.of("individual", "institutional", "collective");

    private final MessageSource messages;

    CapabilityViews(MessageSource messages) {
        this.messages = messages;
    }

    record FrameworkView(long id, String code, String name, String source, int scaleMax, List<CapabilityView> capabilities) {}

    record CapabilityView(String code, int number, String name, List<IndicatorView> indicators) {}

    record IndicatorView(String code, String level, String text) {}

    /** A table of figures: one row per capability (or level), one column per period or level. */
    record Table(List<String> columns, List<Row> rows) {

        boolean isEmpty() {
            return columns.isEmpty();
        }
    }

    /** @param css a class for the row's colour in the chart legend, or null */
    record Row(String label, List<Cell> cells, String css) {}

    /** @param text the figure as shown ("3.5", "—"); @param detail a second line, such as a count of cities */
    record Cell(String text, String detail, String css) {}

    FrameworkView framework(CapabilityFramework f, Locale locale) {
        return new FrameworkView(f.id(), f.code(), f.name().in(locale), f.source(), f.scaleMax(), f.capabilities().stream()
                .map(c -> new CapabilityView(c.code(), c.position(), c.name().in(locale), c.indicators().stream()
                        .map(i -> new IndicatorView(i.code(), i.level(), i.text().in(locale))).toList()))
                .toList());
    }

    /** "2024", or "2024 H1" in the reader's language. */
    String period(String period, Locale locale) {
        if (period.length() == 7) {
            return messages.getMessage("capabilities.period.half",
                    new Object[] {period.substring(0, 4), period.substring(6)}, period, locale);
        }
        return period;
    }

    String average(double value, Locale locale) {
        // digits 0-9 in every language (Arabic in the Maghreb writes them so), the language's decimal sign
        NumberFormat format = NumberFormat.getNumberInstance(new Locale.Builder().setLocale(locale)
                .setUnicodeLocaleKeyword("nu", "latn").build());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    String level(String level, Locale locale) {
        return messages.getMessage("capabilities.level." + level, null, level, locale);
    }

    /** A city's trend by capability, one column per period; the rows are the chart's series. */
    Table cityTrend(CapabilityFramework framework, CapabilityTrend trend, Locale locale) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (CapabilityFramework.Capability c : framework.capabilities()) {
            rows.add(new Row(c.name().in(locale), cells(trend.periods(), p -> p.capability(c.code()), false, locale),
                    "series-" + (n++ % 8 + 1)));
        }
        return new Table(periods(trend, locale), rows);
    }

    /** A city's trend by level (individual, institutional, collective), one column per period. */
    Table cityLevels(CapabilityTrend trend, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (String level : LEVELS) {
            rows.add(new Row(level(level, locale), cells(trend.periods(), p -> p.level(level), false, locale), null));
        }
        return new Table(periods(trend, locale), rows);
    }

    private List<String> periods(CapabilityTrend trend, Locale locale) {
        return trend.periods().stream().map(p -> period(p.period(), locale)).toList();
    }

    /** The network's trend: one row per capability with the number of cities behind each figure, then the number of cities. */
    Table networkTrend(CapabilityFramework framework, NetworkCapabilityTrend trend, Locale locale) {
        List<String> columns = trend.periods().stream().map(p -> period(p.period(), locale)).toList();
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (CapabilityFramework.Capability c : framework.capabilities()) {
            rows.add(new Row(c.name().in(locale), cells(trend.periods(), p -> p.capability(c.code()), true, locale),
                    "series-" + (n++ % 8 + 1)));
        }
        rows.add(new Row(messages.getMessage("capabilities.network.cities", null, locale),
                trend.periods().stream().map(p -> new Cell(String.valueOf(p.cities()), null, null)).toList(), null));
        return new Table(columns, rows);
    }

    /** Capability by level: the average and the number of cities in each cell, shaded by the average. */
    Table heatMap(CapabilityFramework framework, CapabilityHeatMap map, Locale locale) {
        List<String> columns = LEVELS.stream().map(l -> level(l, locale)).toList();
        List<Row> rows = new ArrayList<>();
        for (CapabilityFramework.Capability c : framework.capabilities()) {
            List<Cell> cells = new ArrayList<>();
            for (String level : LEVELS) {
                Optional<CapabilityHeatMap.Cell> cell = map.cell(c.code(), level);
                cells.add(cell.map(x -> new Cell(average(x.average(), locale), cities(x.cities(), locale),
                        "heat heat-" + shade(x.average(), framework.scaleMax()))).orElse(new Cell("—", null, "heat")));
            }
            rows.add(new Row(c.name().in(locale), cells, null));
        }
        return new Table(columns, rows);
    }

    private <P> List<Cell> cells(List<P> periods, Function<P, Optional<CapabilityAverage>> figure, boolean withCities,
            Locale locale) {
        return periods.stream().map(p -> figure.apply(p)
                .map(a -> new Cell(average(a.average(), locale), withCities ? cities(a.count(), locale) : null, null))
                .orElse(new Cell("—", null, null))).toList();
    }

    private String cities(int count, Locale locale) {
        return messages.getMessage("capabilities.cities", new Object[] {count, String.valueOf(count)}, locale);
    }

    /** 1 to 5 on any scale, for the heat map's shades. */
    static int shade(double average, int scaleMax) {
        double fraction = scaleMax <= 1 ? 1 : (average - 1) / (scaleMax - 1);
        return (int) Math.max(1, Math.min(5, Math.round(fraction * 4) + 1));
    }
}
