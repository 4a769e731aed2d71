package org.crossroads.data.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossroads.data.FigureText;

/**
 * A city against its network, drawn on the server as inline SVG: the network's range (lowest to highest
 * member figure) as a band, each member as a small dot, the median as a line and the city as a large
 * dot. Colours are SVG attributes; the page shows the table of the same figures after it.
 */
record RangeChart(List<LineChart.Tick> ticks, int bandFrom, int bandTo, int median, Integer city, List<LineChart.Dot> members,
        String bandTitle, String medianTitle, String cityTitle) {

    static final int WIDTH = 640;
    static final int HEIGHT = 110;
    static final String BAND = "#cfe3d8";
    static final String MEMBER = "#5b6670";
    static final String MEDIAN = "#0b6e4f";
    static final String CITY = "#e07a1f";
    private static final int LEFT = 24;
    private static final int RIGHT = 24;

    static RangeChart of(BigDecimal min, BigDecimal median, BigDecimal max, BigDecimal city, List<BigDecimal> members,
            List<String> memberTitles, String bandTitle, String medianTitle, String cityTitle, Locale locale) {
        double top = Math.max(max.doubleValue(), city == null ? 0 : city.doubleValue());
        double bottom = Math.min(0, Math.min(min.doubleValue(), city == null ? 0 : city.doubleValue()));
        LineChart.Scale scale = LineChart.Scale.of(Math.max(top - bottom, 1e-9));
        double high = bottom + scale.max();
        List<LineChart.Tick> ticks = new ArrayList<>();
        for (double v = bottom; v <= high + scale.step() / 2; v += scale.step()) {
            int x = x(v, bottom, high);
            ticks.add(new LineChart.Tick(FigureText.number(BigDecimal.valueOf(v), 2, locale), x, 96));
        }
        List<LineChart.Dot> dots = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            dots.add(new LineChart.Dot(x(members.get(i).doubleValue(), bottom, high), 50, memberTitles.get(i)));
        }
        return new RangeChart(ticks, x(min.doubleValue(), bottom, high), x(max.doubleValue(), bottom, high),
                x(median.doubleValue(), bottom, high), city == null ? null : x(city.doubleValue(), bottom, high), dots,
                bandTitle, medianTitle, cityTitle);
    }

    public int bandWidth() {
        return Math.max(2, bandTo - bandFrom);
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

    public String band() {
        return BAND;
    }

    public String member() {
        return MEMBER;
    }

    public String medianColour() {
        return MEDIAN;
    }

    public String cityColour() {
        return CITY;
    }

    private static int x(double value, double bottom, double high) {
        return LEFT + (int) Math.round((WIDTH - LEFT - RIGHT) * (value - bottom) / (high - bottom));
    }
}
