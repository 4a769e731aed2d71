package org.crossroads.data.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossroads.data.FigureText;

/**
 * A line chart drawn on the server as inline SVG (no script, colours as SVG attributes): one line for
 * the total and one per category, periods along the bottom, values from zero up. A hidden figure is a
 * gap in its line. The page always shows the table of the same numbers after it.
 */
record LineChart(List<Tick> yTicks, List<Tick> xTicks, List<Series> series) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final List<String> COLOURS = List.of("#0b6e4f", "#1f5fa8", "#b3541e", "#7b3fa0", "#a8851f", "#2a8c9c",
            "#c0392b", "#5b6670");
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 36;

    /** @param position x or y in the drawing; @param labelPosition where its label goes */
    record Tick(String label, int position, int labelPosition) {}

    /** @param segments "x,y x,y" runs of the line, broken where a figure is hidden */
    record Series(String label, String colour, List<String> segments, List<Dot> dots) {}

    /** @param title what a pointer on the dot shows */
    record Dot(int x, int y, String title) {}

    /** @param values one per period, null where there is no figure to draw */
    record Line(String label, List<BigDecimal> values) {}

    public boolean isEmpty() {
        return xTicks.isEmpty() || series.stream().allMatch(s -> s.dots().isEmpty());
    }

    static LineChart of(List<String> periods, List<Line> lines, int decimals, Locale locale) {
        BigDecimal max = lines.stream().flatMap(l -> l.values().stream()).filter(v -> v != null && v.signum() > 0)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        Scale scale = Scale.of(max.doubleValue());
        int plotHeight = HEIGHT - TOP - BOTTOM;
        List<Tick> yTicks = new ArrayList<>();
        for (double v = 0; v <= scale.max() + scale.step() / 2; v += scale.step()) {
            int y = y(v, scale.max(), plotHeight);
            yTicks.add(new Tick(FigureText.number(BigDecimal.valueOf(v), 2, locale), y, y + 4));
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            xTicks.add(new Tick(periods.get(i), x(i, periods.size()), HEIGHT - BOTTOM + 20));
        }
        List<Series> series = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            Line line = lines.get(n);
            List<String> segments = new ArrayList<>();
            List<Dot> dots = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < periods.size(); i++) {
                BigDecimal value = i < line.values().size() ? line.values().get(i) : null;
                if (value == null) {
                    if (run.length() > 0) {
                        segments.add(run.toString());
                        run.setLength(0);
                    }
                    continue;
                }
                int x = x(i, periods.size());
                int y = y(value.doubleValue(), scale.max(), plotHeight);
                run.append(run.length() == 0 ? "" : " ").append(x).append(',').append(y);
                dots.add(new Dot(x, y, line.label() + ", " + periods.get(i) + ": " + FigureText.number(value, decimals, locale)));
            }
            if (run.length() > 0) {
                segments.add(run.toString());
            }
            series.add(new Series(line.label(), COLOURS.get(n % COLOURS.size()), segments, dots));
        }
        return new LineChart(yTicks, xTicks, series);
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    private static int x(int index, int count) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        return count <= 1 ? LEFT + plotWidth / 2 : LEFT + 12 + Math.round((plotWidth - 24) * index / (float) (count - 1));
    }

    private static int y(double value, double max, int plotHeight) {
        return TOP + (int) Math.round(plotHeight * (1 - Math.max(0, value) / max));
    }

    /** A round upper bound and step for an axis from zero: 1, 2 or 5 times a power of ten. */
    record Scale(double max, double step) {

        static Scale of(double largest) {
            double raw = Math.max(largest, 1e-9) / 4;
            double power = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = raw <= power ? power : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power : 10 * power;
            return new Scale(Math.ceil(largest / step) * step, step);
        }
    }
}
