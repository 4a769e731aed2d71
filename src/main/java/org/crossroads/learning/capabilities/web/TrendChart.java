package org.crossroads.learning.capabilities.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small line chart drawn on the server as inline SVG (no script): one line per capability across the
 * periods, scores from 1 to the scale's maximum. Every page that shows it also shows the table of its
 * numbers.
 */
record TrendChart(int width, int height, List<Tick> yTicks, List<Tick> xTicks, List<Series> series) {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    private static final int LEFT = 32;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 36;

    /** @param position x or y in the drawing; @param labelPosition where the label goes */
    record Tick(String label, int position, int labelPosition) {}

    /** @param css the series colour, as in the table's legend */
    record Series(String label, String css, String points, List<Dot> dots) {}

    /** @param title what a pointer on the dot shows: "label, period: value" */
    record Dot(int x, int y, String title) {}

    /** @param values one per period, null where the series has no figure */
    record Line(String label, String css, List<Double> values) {}

    public boolean isEmpty() {
        return xTicks.isEmpty();
    }

    static TrendChart of(List<String> periods, List<Line> lines, int scaleMax, CapabilityViews views, Locale locale) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        List<Tick> yTicks = new ArrayList<>();
        for (int score = 1; score <= scaleMax; score++) {
            int y = y(score, scaleMax, plotHeight);
            yTicks.add(new Tick(String.valueOf(score), y, y + 4));
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            xTicks.add(new Tick(periods.get(i), x(i, periods.size(), plotWidth), HEIGHT - BOTTOM + 20));
        }
        List<Series> series = new ArrayList<>();
        for (Line line : lines) {
            StringBuilder points = new StringBuilder();
            List<Dot> dots = new ArrayList<>();
            for (int i = 0; i < line.values().size() && i < periods.size(); i++) {
                Double value = line.values().get(i);
                if (value == null) {
                    continue;
                }
                int x = x(i, periods.size(), plotWidth);
                int y = y(value, scaleMax, plotHeight);
                points.append(points.length() == 0 ? "" : " ").append(x).append(',').append(y);
                dots.add(new Dot(x, y, line.label() + ", " + periods.get(i) + ": " + views.average(value, locale)));
            }
            series.add(new Series(line.label(), line.css(), points.toString(), dots));
        }
        return new TrendChart(WIDTH, HEIGHT, yTicks, xTicks, series);
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int top() {
        return TOP;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    private static int x(int index, int count, int plotWidth) {
        return count <= 1 ? LEFT + plotWidth / 2 : LEFT + 12 + Math.round((plotWidth - 24) * index / (float) (count - 1));
    }

    private static int y(double score, int scaleMax, int plotHeight) {
        return TOP + (int) Math.round(plotHeight * (scaleMax - score) / Math.max(1, scaleMax - 1));
    }
}
