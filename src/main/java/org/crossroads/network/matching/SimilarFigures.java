package org.crossroads.network.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crossroads.data.DataValues;
import org.crossroads.data.Indicator;
import org.crossroads.shared.vocabulary.LocalText;

/**
 * Whether two cities face a similar situation in their figures ("similar challenges with similar resources",
 * seed 004): their latest public yearly totals of the same indicator, on a scale that does not grow with the city
 * (a percentage, a ratio, or a count per 1,000 inhabitants of the city's own published population), a few years
 * apart at most, within a quarter of each other. Only figures an anonymous visitor sees are read
 * ({@link DataValues#publishedTotals()}), so a comparison says nothing that the two cities' public pages do not;
 * a count per inhabitant is worked out from two such figures.
 */
final class SimilarFigures {

    /** The indicator whose figure turns a count into a count per 1,000 inhabitants. */
    static final String POPULATION = "population";
    /** Two figures compared at most this many years apart. */
    static final int YEARS_APART = 3;
    /** A count and the population it is divided by, at most this many years apart. */
    static final int POPULATION_YEARS_APART = 2;
    /** Similar: the smaller within a quarter of the larger… */
    static final double RELATIVE = 0.25;
    /** …or, for percentages, within two points (3% and 5% are both small shares). */
    static final double PERCENT_POINTS = 2;
    /** Shown at most, per suggestion. */
    static final int SHOWN = 2;

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

    /** How a figure reads, so that two cities of different sizes compare. */
    enum Scale {
        PERCENT, RATIO, PER_THOUSAND
    }

    /**
     * A city's latest public figure on an indicator, on a scale that does not grow with the city.
     *
     * @param themes the themes the indicator's integration domains speak to ({@link DomainThemes})
     */
    record Figure(long indicatorId, LocalText indicator, int year, double value, Scale scale, Set<String> themes) {

        /** The value as written in every language: digits 0–9, a point, no more decimals than it needs. */
        String text() {
            double rounded = switch (scale) {
                case RATIO -> Math.round(value * 100) / 100.0;
                default -> Math.round(value * 10) / 10.0;
            };
            return rounded == Math.rint(rounded) ? String.valueOf((long) rounded)
                    : String.format(Locale.ROOT, scale == Scale.RATIO ? "%.2f" : "%.1f", rounded).replaceAll("0+$", "");
        }
    }

    /** Two cities' figures found similar: {@code suggested}'s and {@code other}'s. */
    record Pair(Figure suggested, Figure other, double difference) {}

    private SimilarFigures() {}

    /**
     * Each city's comparable figures: percentages and ratios as published; counts that add up ("sum") per 1,000
     * inhabitants of the city's published population of a nearby year, except the population itself and counts
     * the city already publishes as a percentage (a share computed from them), so a figure is never compared twice.
     * Numbers without a unit and money are not compared.
     */
    static Map<Long, List<Figure>> of(List<DataValues.PublishedTotal> totals, Map<Long, Indicator> indicators,
            Map<Long, Set<String>> indicatorThemes) {
        Map<Long, List<DataValues.PublishedTotal>> byPlace = new HashMap<>();
        totals.forEach(t -> byPlace.computeIfAbsent(t.placeId(), k -> new ArrayList<>()).add(t));
        Map<Long, List<Figure>> figures = new HashMap<>();
        byPlace.forEach((place, own) -> {
            DataValues.PublishedTotal population = own.stream()
                    .filter(t -> indicators.containsKey(t.indicatorId()) && POPULATION.equals(indicators.get(t.indicatorId()).code()))
                    .findFirst().orElse(null);
            Set<String> inShares = new HashSet<>();
            for (DataValues.PublishedTotal t : own) {
                Indicator i = indicators.get(t.indicatorId());
                if (i != null && "percent".equals(i.valueType()) && i.isComputed()) {
                    CODE.matcher(i.formula()).results().forEach(m -> inShares.add(m.group()));
                }
            }
            List<Figure> list = new ArrayList<>();
            for (DataValues.PublishedTotal t : own) {
                Indicator i = indicators.get(t.indicatorId());
                Figure f = i == null ? null : figure(t, i, population, inShares, indicatorThemes.getOrDefault(i.id(), Set.of()));
                if (f != null) {
                    list.add(f);
                }
            }
            if (!list.isEmpty()) {
                list.sort(Comparator.comparingLong(Figure::indicatorId));
                figures.put(place, List.copyOf(list));
            }
        });
        return Map.copyOf(figures);
    }

    private static Figure figure(DataValues.PublishedTotal t, Indicator i, DataValues.PublishedTotal population,
            Set<String> inShares, Set<String> themes) {
        double value = t.value().doubleValue();
        return switch (i.valueType()) {
            case "percent" -> new Figure(i.id(), i.name(), t.year(), value, Scale.PERCENT, themes);
            case "ratio" -> new Figure(i.id(), i.name(), t.year(), value, Scale.RATIO, themes);
            case "count" -> {
                if (!"sum".equals(i.aggregation()) || POPULATION.equals(i.code()) || inShares.contains(i.code())
                        || population == null || Math.abs(population.year() - t.year()) > POPULATION_YEARS_APART) {
                    yield null;
                }
                double inhabitants = population.value().doubleValue();
                // a count larger than the population is a count of something else (consultations, a region's figure)
                yield inhabitants <= 0 || value > inhabitants ? null
                        : new Figure(i.id(), i.name(), t.year(), value * 1000 / inhabitants, Scale.PER_THOUSAND, themes);
            }
            default -> null;
        };
    }

    /**
     * The figures on which the two cities are similar, those on the request's themes first, then the closest;
     * at most {@value #SHOWN}. Both lists are in indicator order, as {@link #of} gives them.
     */
    static List<Pair> between(List<Figure> suggested, List<Figure> other, List<String> themes) {
        if (suggested.isEmpty() || other.isEmpty()) {
            return List.of();
        }
        // both lists are in indicator order (of): walk them side by side, no lookup table per candidate
        List<Pair> similar = new ArrayList<>();
        int j = 0;
        for (Figure a : suggested) {
            while (j < other.size() && other.get(j).indicatorId() < a.indicatorId()) {
                j++;
            }
            if (j < other.size() && other.get(j).indicatorId() == a.indicatorId() && similar(a, other.get(j))) {
                Figure b = other.get(j);
                similar.add(new Pair(a, b, Math.abs(a.value() - b.value()) / Math.max(a.value(), b.value())));
            }
        }
        Comparator<Pair> order = Comparator.comparing((Pair p) -> p.suggested().themes().stream().noneMatch(themes::contains))
                .thenComparingDouble(Pair::difference).thenComparingLong(p -> p.suggested().indicatorId());
        return similar.stream().sorted(order).limit(SHOWN).toList();
    }

    static boolean similar(Figure a, Figure b) {
        if (a.value() <= 0 || b.value() <= 0 || Math.abs(a.year() - b.year()) > YEARS_APART) {
            return false; // "none" is no shared challenge, and figures far apart in time describe different cities
        }
        double gap = Math.abs(a.value() - b.value());
        return gap <= RELATIVE * Math.max(a.value(), b.value()) || a.scale() == Scale.PERCENT && gap <= PERCENT_POINTS;
    }
}
