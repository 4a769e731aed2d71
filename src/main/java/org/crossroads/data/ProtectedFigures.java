package org.crossroads.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossroads.data.MarginalReads.Marginal;
import org.crossroads.shared.statistics.SmallCellSuppression;

/**
 * Turns marginals into the figures one reader may see, one indicator, place and period at a time. A
 * reader entitled to the place's confidential view sees every figure exactly. Anyone else sees no
 * figure built from values above their level, and for counts small-cell suppression: per dimension,
 * the total and that dimension's categories form one group (see {@link SmallCellSuppression}).
 * Every analytics view goes through here, so a city's figure is hidden the same way everywhere.
 */
final class ProtectedFigures {

    record Key(long indicatorId, long placeId, String period) {}

    /**
     * The figures of one indicator, place and period that the reader may see.
     *
     * @param figures by dimension ("" for the total) and category ("" for the total)
     * @param exact the numbers behind the figures, hidden ones included, for aggregates worked out here
     *     (which are protected in turn); never shown as they are
     */
    record Group(Key key, LocalDate start, Map<String, Map<String, Figure>> figures,
            Map<String, Map<String, java.math.BigDecimal>> exact) {

        java.math.BigDecimal exact(String dimension, String category) {
            return exact.getOrDefault(dimension, Map.of()).get(category);
        }

        Figure total() {
            return figure("", "");
        }

        Figure figure(String dimension, String category) {
            return figures.getOrDefault(dimension, Map.of()).get(category);
        }

        boolean isEmpty() {
            return figures.values().stream().allMatch(Map::isEmpty);
        }
    }

    private final Map<Long, Indicator> indicators;
    private final Map<String, Set<String>> categoriesByDimension;
    private final DataAccess.ConfidentialView view;
    private final SmallCellSuppression rule;

    /**
     * @param indicators the indicators of the marginals, by id
     * @param dimensions the dimensions read besides totals: a breakdown counts as complete when it has every
     *     category of its dimension (a dimension not given here is never complete)
     */
    ProtectedFigures(Map<Long, Indicator> indicators, List<Dimension> dimensions, DataAccess.ConfidentialView view,
            SmallCellSuppression rule) {
        this.indicators = indicators;
        this.categoriesByDimension = dimensions.stream().collect(Collectors.toMap(Dimension::code,
                d -> d.categories().stream().map(Dimension.Category::code).collect(Collectors.toSet())));
        this.view = view;
        this.rule = rule;
    }

    DataAccess.ConfidentialView view() {
        return view;
    }

    SmallCellSuppression rule() {
        return rule;
    }

    /** Groups by indicator, place and period, oldest period first; groups with nothing to show are left out. */
    List<Group> protect(List<Marginal> marginals) {
        Map<Key, List<Marginal>> byKey = new LinkedHashMap<>();
        marginals.forEach(m -> byKey.computeIfAbsent(new Key(m.indicatorId(), m.placeId(), m.period()), k -> new ArrayList<>()).add(m));
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, rows) -> {
            Group group = protect(key, rows);
            if (!group.isEmpty()) {
                groups.add(group);
            }
        });
        groups.sort(java.util.Comparator.comparing(Group::start).thenComparing(g -> g.key().period().length())
                .thenComparing(g -> g.key().period()));
        return groups;
    }

    private Group protect(Key key, List<Marginal> rows) {
        Indicator indicator = indicators.get(key.indicatorId());
        Map<String, Map<String, Figure>> figures = new LinkedHashMap<>();
        Map<String, Map<String, java.math.BigDecimal>> exact = new HashMap<>();
        rows.stream().filter(this::visible)
                .forEach(m -> exact.computeIfAbsent(m.dimension(), d -> new HashMap<>()).put(m.category(), m.value()));
        LocalDate start = rows.stream().map(Marginal::start).min(LocalDate::compareTo).orElseThrow();
        Marginal total = rows.stream().filter(m -> m.dimension().isEmpty()).findFirst().orElse(null);
        Map<String, List<Marginal>> byDimension = new LinkedHashMap<>();
        rows.stream().filter(m -> !m.dimension().isEmpty())
                .forEach(m -> byDimension.computeIfAbsent(m.dimension(), d -> new ArrayList<>()).add(m));
        if (view.covers(key.placeId())) {
            rows.forEach(m -> figures.computeIfAbsent(m.dimension(), d -> new LinkedHashMap<>())
                    .put(m.category(), Figure.shown(m.value(), m.confidentiality())));
            return new Group(key, start, figures, exact);
        }
        boolean counts = "count".equals(indicator.valueType());
        boolean additive = "sum".equals(indicator.aggregation());
        SmallCellSuppression.Entry<String> totalEntry = total == null ? null
                : new SmallCellSuppression.Entry<>("", total.value(), !visible(total));
        SmallCellSuppression.Why totalWhy = rule.breakdown(totalEntry, List.of(), counts, additive, false).total();
        Map<String, SmallCellSuppression.Outcome<String>> outcomes = outcomes(byDimension, totalEntry, counts, additive);
        if (totalWhy == null && outcomes.values().stream().anyMatch(SmallCellSuppression.Outcome::totalHidden)) {
            // one breakdown can only be protected by hiding the total: hide it in every breakdown
            totalWhy = SmallCellSuppression.Why.COMPLEMENTARY;
            totalEntry = new SmallCellSuppression.Entry<>("", total.value(), true);
            outcomes = outcomes(byDimension, totalEntry, counts, additive);
        }
        if (total != null && visible(total)) {
            figures.computeIfAbsent("", d -> new LinkedHashMap<>()).put("", totalWhy != null
                    ? Figure.hidden(totalWhy, total.confidentiality()) : Figure.shown(total.value(), total.confidentiality()));
        }
        for (var e : byDimension.entrySet()) {
            SmallCellSuppression.Outcome<String> outcome = outcomes.get(e.getKey());
            Map<String, Figure> shown = figures.computeIfAbsent(e.getKey(), d -> new LinkedHashMap<>());
            for (Marginal m : e.getValue()) {
                if (visible(m)) {
                    shown.put(m.category(), outcome.part(m.category())
                            .map(why -> Figure.hidden(why, m.confidentiality()))
                            .orElseGet(() -> Figure.shown(m.value(), m.confidentiality())));
                }
            }
        }
        return new Group(key, start, figures, exact);
    }

    private Map<String, SmallCellSuppression.Outcome<String>> outcomes(Map<String, List<Marginal>> byDimension,
            SmallCellSuppression.Entry<String> total, boolean counts, boolean additive) {
        Map<String, SmallCellSuppression.Outcome<String>> outcomes = new HashMap<>();
        byDimension.forEach((dimension, parts) -> {
            List<SmallCellSuppression.Entry<String>> entries = parts.stream()
                    .map(m -> new SmallCellSuppression.Entry<>(m.category(), m.value(), !visible(m))).toList();
            Set<String> given = parts.stream().map(Marginal::category).collect(Collectors.toSet());
            Set<String> all = categoriesByDimension.get(dimension);
            boolean complete = all != null && given.containsAll(all);
            outcomes.put(dimension, rule.breakdown(total, entries, counts, additive, complete));
        });
        return outcomes;
    }

    private boolean visible(Marginal m) {
        return view.sees(m.confidentiality(), m.placeId());
    }

    /** Groups by key, for lookups. */
    static Map<Key, Group> byKey(List<Group> groups) {
        Map<Key, Group> map = new HashMap<>();
        groups.forEach(g -> map.put(g.key(), g));
        return map;
    }
}
