package org.crossroads.indexes.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A radar chart drawn on the server as inline SVG (no script): one axis per dimension from the centre (0)
 * to the edge (100), the city's scores as one polygon and the median of the cities that answered the same
 * version as another. Axes are numbered as the dimensions; the page always shows the table of the numbers.
 */
record RadarChart(List<Axis> axes, List<Ring> rings, Shape city, Shape median) {

    static final int SIZE = 400;
    static final int CENTRE = SIZE / 2;
    static final int RADIUS = 150;
    private static final int[] RING_VALUES = {25, 50, 75, 100};

    /** @param x2 the axis' end; @param labelX where its number goes; @param anchor start, middle or end */
    record Axis(String label, String title, int x2, int y2, int labelX, int labelY, String anchor) {}

    record Ring(String points, String label, int labelY) {}

    /** @param points "x,y x,y …", one pair per dimension */
    record Shape(String points, List<Dot> dots) {}

    /** @param title what a pointer on the dot shows: "dimension: value" */
    record Dot(int x, int y, String title) {}

    /**
     * @param labels the axes' short labels (the dimensions' numbers)
     * @param titles the dimensions' names
     * @param city the city's scores, 0 to 100 (null is drawn at the centre)
     * @param median the median scores
     */
    static RadarChart of(List<String> labels, List<String> titles, List<BigDecimal> city, List<BigDecimal> median,
            Function<BigDecimal, String> format) {
        int n = labels.size();
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double angle = angle(i, n);
            int x2 = x(angle, RADIUS);
            int y2 = y(angle, RADIUS);
            int labelX = x(angle, RADIUS + 18);
            int labelY = y(angle, RADIUS + 18) + 5;
            String anchor = Math.abs(labelX - CENTRE) < 8 ? "middle" : labelX > CENTRE ? "start" : "end";
            axes.add(new Axis(labels.get(i), titles.get(i), x2, y2, labelX, labelY, anchor));
        }
        List<Ring> rings = new ArrayList<>();
        for (int value : RING_VALUES) {
            rings.add(new Ring(polygon(n, i -> BigDecimal.valueOf(value)), String.valueOf(value),
                    CENTRE - (int) Math.round(RADIUS * value / 100.0) + 4));
        }
        return new RadarChart(axes, rings, shape(titles, city, format), shape(titles, median, format));
    }

    public String viewBox() {
        return "0 0 " + SIZE + " " + SIZE;
    }

    public int centre() {
        return CENTRE;
    }

    private static Shape shape(List<String> titles, List<BigDecimal> values, Function<BigDecimal, String> format) {
        int n = titles.size();
        List<Dot> dots = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            BigDecimal value = i < values.size() ? values.get(i) : null;
            double r = RADIUS * (value == null ? 0 : Math.max(0, Math.min(100, value.doubleValue()))) / 100.0;
            int x = x(angle(i, n), r);
            int y = y(angle(i, n), r);
            points.append(i == 0 ? "" : " ").append(x).append(',').append(y);
            dots.add(new Dot(x, y, titles.get(i) + ": " + format.apply(value)));
        }
        return new Shape(points.toString(), dots);
    }

    private static String polygon(int n, java.util.function.IntFunction<BigDecimal> value) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double r = RADIUS * value.apply(i).doubleValue() / 100.0;
            points.append(i == 0 ? "" : " ").append(x(angle(i, n), r)).append(',').append(y(angle(i, n), r));
        }
        return points.toString();
    }

    /** Clockwise from the top. */
    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
    }

    private static int x(double angle, double r) {
        return CENTRE + (int) Math.round(r * Math.cos(angle));
    }

    private static int y(double angle, double r) {
        return CENTRE + (int) Math.round(r * Math.sin(angle));
    }
}
