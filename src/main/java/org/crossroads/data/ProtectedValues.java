package org.crossroads.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crossroads.shared.statistics.SmallCellSuppression;
import org.crossroads.shared.statistics.SmallCellSuppression.Entry;
import org.crossroads.shared.statistics.SmallCellSuppression.Outcome;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;

/**
 * Protects stored values on their way to a reader (API, exports, the values page) the way
 * {@link ProtectedFigures} protects the analytics' marginals, so that the values cannot give away what the
 * pivot hides. A reader entitled to the place's confidential view sees every value exactly; anyone else
 * sees counts from 1 to below the threshold as "&lt;5" and, through {@link SmallCellSuppression}, further
 * values hidden ("x") so that no total they can see or compute has exactly one hidden part.
 *
 * <p>The groups, within one indicator, place and period: the cells of each breakdown (the values broken
 * down by the same dimensions) under the total; and, for every part of those dimensions fixed to
 * categories (sex=female), the cells that share it under the value of that part (for one dimension, the
 * marginal the pivot shows). A total not stored is taken as the sum of its cells when the pivot could work
 * it out (the total, a single category); it is then as visible as its least visible cell. Values the
 * reader may not see (confidential) are hidden parts. Hiding one value can leave another group with one
 * hidden part, so the groups are gone through again until nothing changes.
 */
final class ProtectedValues {

    private final SmallCellSuppression rule;
    private final Map<String, Indicator> indicators;
    private final Map<String, Integer> categoryCounts;
    private final DataAccess.ConfidentialView view;

    /**
     * @param indicators by code
     * @param dimensions the catalogue's: a breakdown is complete when it has every category
     */
    ProtectedValues(SmallCellSuppression rule, Map<String, Indicator> indicators, List<Dimension> dimensions,
            DataAccess.ConfidentialView view) {
        this.rule = rule;
        this.indicators = indicators;
        this.categoryCounts = new HashMap<>();
        dimensions.forEach(d -> categoryCounts.put(d.code(), d.categories().size()));
        this.view = view;
    }

    private record Key(String indicator, long placeId, String period) {

        static Key of(DataValues.Row row) {
            return new Key(row.indicator(), row.placeId(), row.period());
        }
    }

    /**
     * The total of a group: a stored value, or (when none is stored) the sum of the parts that the pivot works
     * out itself, seen by the reader when every part is.
     */
    private record Total(String combination, DataValues.Row stored, BigDecimal sum, boolean seen) {}

    /** A total (null when the public can neither see nor compute it) and the parts under it. */
    private record Group(Total total, List<DataValues.Row> parts, boolean complete) {}

    /**
     * @param shown the values the reader's selection found (only values the reader may see)
     * @param groups every stored value of the same indicators, places and periods, whatever its
     *     confidentiality ({@link DataValues#sameGroups})
     */
    List<ProtectedValue> protect(List<DataValues.Row> shown, List<DataValues.Row> groups) {
        Map<Key, Map<String, DataValues.Row>> byKey = new HashMap<>();
        for (List<DataValues.Row> rows : List.of(groups, shown)) {
            rows.forEach(r -> byKey.computeIfAbsent(Key.of(r), k -> new TreeMap<>()).putIfAbsent(r.combination(), r));
        }
        Map<Key, Map<String, Why>> hidden = new HashMap<>();
        List<ProtectedValue> protectedValues = new ArrayList<>(shown.size());
        for (DataValues.Row row : shown) {
            if (view.covers(row.placeId())) {
                protectedValues.add(ProtectedValue.shown(row));
                continue;
            }
            Key key = Key.of(row);
            Why why = hidden.computeIfAbsent(key, k -> hide(indicators.get(k.indicator()), byKey.get(k))).get(row.combination());
            protectedValues.add(why == null ? ProtectedValue.shown(row) : ProtectedValue.hidden(row, text(why)));
        }
        return protectedValues;
    }

    /** The text that stands for a hidden value: "&lt;5" for a small count, "x" for a value protecting one. */
    String text(Why why) {
        return why == Why.SMALL ? "<" + rule.threshold() : FigureText.COMPLEMENTARY;
    }

    /** Which values of one indicator, place and period to hide, by combination. */
    private Map<String, Why> hide(Indicator indicator, Map<String, DataValues.Row> values) {
        Map<String, Why> hidden = new HashMap<>();
        // an indicator missing from the catalogue read is protected as a count that sums: fail closed
        boolean counts = indicator == null || "count".equals(indicator.valueType());
        boolean additive = indicator == null || "sum".equals(indicator.aggregation());
        if (counts) {
            values.values().stream().filter(this::visible).filter(v -> rule.isSmall(v.value()))
                    .forEach(v -> hidden.put(v.combination(), Why.SMALL));
        }
        List<Group> groups = groups(values, additive);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Group g : groups) {
                Outcome<String> outcome = rule.breakdown(total(g.total(), hidden), g.parts().stream()
                        .map(p -> part(p, hidden)).toList(), counts, additive, g.complete());
                for (var part : outcome.parts().entrySet()) {
                    changed |= hidden.putIfAbsent(part.getKey(), part.getValue()) == null;
                }
                // a stored total that only hiding it can protect (its one part is hidden) is hidden too
                if (outcome.totalHidden() && g.total().stored() != null && visible(g.total().stored())) {
                    changed |= hidden.putIfAbsent(g.total().combination(), outcome.total()) == null;
                }
            }
        }
        return hidden;
    }

    private Entry<String> part(DataValues.Row row, Map<String, Why> hidden) {
        return new Entry<>(row.combination(), row.value(), !visible(row) || hidden.containsKey(row.combination()));
    }

    private Entry<String> total(Total total, Map<String, Why> hidden) {
        if (total == null) {
            return null;
        }
        return total.stored() != null ? part(total.stored(), hidden)
                : new Entry<>(total.combination(), total.sum(), !total.seen());
    }

    private boolean visible(DataValues.Row row) {
        return view.sees(row.confidentiality(), row.placeId());
    }

    /**
     * Every group of one indicator, place and period: for each breakdown (a set of dimensions) and each
     * part of those dimensions held fixed (none: the total), the cells sharing it under the value of it.
     */
    private List<Group> groups(Map<String, DataValues.Row> values, boolean additive) {
        Map<Set<String>, List<DataValues.Row>> breakdowns = new LinkedHashMap<>();
        values.values().stream().filter(v -> !v.combination().isEmpty())
                .forEach(v -> breakdowns.computeIfAbsent(new TreeSet<>(v.categories().keySet()), d -> new ArrayList<>()).add(v));
        List<Group> groups = new ArrayList<>();
        breakdowns.forEach((dimensions, cells) -> {
            List<String> ordered = List.copyOf(dimensions);
            // every proper subset of the dimensions, as a bit mask: those held fixed
            for (int fixed = 0; fixed < (1 << ordered.size()) - 1; fixed++) {
                Map<String, List<DataValues.Row>> slices = new TreeMap<>();
                List<String> held = new ArrayList<>();
                for (int d = 0; d < ordered.size(); d++) {
                    if ((fixed & (1 << d)) != 0) {
                        held.add(ordered.get(d));
                    }
                }
                for (DataValues.Row cell : cells) {
                    slices.computeIfAbsent(combination(cell, held), c -> new ArrayList<>()).add(cell);
                }
                long expected = ordered.stream().filter(d -> !held.contains(d))
                        .mapToLong(d -> categoryCounts.getOrDefault(d, 0)).reduce(1, (a, b) -> a * b);
                slices.forEach((combination, parts) -> {
                    DataValues.Row stored = values.get(combination);
                    Total total = stored != null ? new Total(combination, stored, null, true)
                            // the pivot works out the total and single categories from the cells, nothing finer
                            : additive && held.size() <= 1 ? new Total(combination, null, sum(parts), parts.stream().allMatch(this::visible))
                            : null;
                    groups.add(new Group(total, parts, parts.size() == expected));
                });
            }
        });
        return groups;
    }

    /** The combination of a cell's categories of the given dimensions, written as stored. */
    private static String combination(DataValues.Row cell, List<String> dimensions) {
        List<String> pairs = new ArrayList<>();
        new TreeMap<>(cell.categories()).forEach((d, c) -> {
            if (dimensions.contains(d)) {
                pairs.add(d + "=" + c);
            }
        });
        return String.join("|", pairs);
    }

    private static BigDecimal sum(List<DataValues.Row> parts) {
        return parts.stream().map(DataValues.Row::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
