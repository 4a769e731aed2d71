package org.crossroads.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.data.MarginalReads.Marginal;
import org.crossroads.shared.statistics.SmallCellSuppression;

/**
 * Turns marginals into the figures one reader may see, one indicator, place and period at a time. A
 * reader entitled to the place's confidential view sees every figure exactly. Anyone else sees no figure
 * built from values above their level, and the others as {@link SmallCountProtection} decided for the
 * whole table of the indicator at the place (read through {@link HiddenFigures}): every analytics view,
 * the stored values and the city profiles hide a figure the same way.
 */
final class ProtectedFigures {

    record Key(long indicatorId, long placeId, String period) {}

    /**
     * The figures of one indicator, place and period that the reader may see.
     *
     * @param figures by dimension ("" for the total) and category ("" for the total)
     */
    record Group(Key key, LocalDate start, Map<String, Map<String, Figure>> figures) {

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

    private final DataAccess.ConfidentialView view;
    private final HiddenFigures hidden;
    private final int threshold;

    ProtectedFigures(DataAccess.ConfidentialView view, HiddenFigures hidden, int threshold) {
        this.view = view;
        this.hidden = hidden;
        this.threshold = threshold;
    }

    DataAccess.ConfidentialView view() {
        return view;
    }

    int threshold() {
        return threshold;
    }

    /** Groups by indicator, place and period, oldest period first; groups with nothing to show are left out. */
    List<Group> protect(List<Marginal> marginals) {
        Set<Long> indicatorIds = new HashSet<>();
        Set<Long> placeIds = new HashSet<>();
        Set<String> periods = new HashSet<>();
        marginals.stream().filter(m -> !view.covers(m.placeId())).forEach(m -> {
            indicatorIds.add(m.indicatorId());
            placeIds.add(m.placeId());
            periods.add(m.period());
        });
        HiddenFigures.Decisions decisions = hidden.read(indicatorIds, placeIds, periods);
        Map<Key, List<Marginal>> byKey = new LinkedHashMap<>();
        marginals.forEach(m -> byKey.computeIfAbsent(new Key(m.indicatorId(), m.placeId(), m.period()), k -> new ArrayList<>()).add(m));
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, rows) -> {
            Group group = protect(key, rows, decisions);
            if (!group.isEmpty()) {
                groups.add(group);
            }
        });
        groups.sort(java.util.Comparator.comparing(Group::start).thenComparing(g -> g.key().period().length())
                .thenComparing(g -> g.key().period()));
        return groups;
    }

    private Group protect(Key key, List<Marginal> rows, HiddenFigures.Decisions decisions) {
        Map<String, Map<String, Figure>> figures = new LinkedHashMap<>();
        LocalDate start = rows.stream().map(Marginal::start).min(LocalDate::compareTo).orElseThrow();
        boolean exact = view.covers(key.placeId());
        for (Marginal m : rows) {
            if (!view.sees(m.confidentiality(), m.placeId())) {
                continue;
            }
            SmallCellSuppression.Why why = exact ? null : decisions.why(key.indicatorId(), key.placeId(), key.period(),
                    HiddenFigures.combination(m.dimension(), m.category()), view.signedIn());
            figures.computeIfAbsent(m.dimension(), d -> new LinkedHashMap<>()).put(m.category(),
                    why == null ? Figure.shown(m.value(), m.confidentiality()) : Figure.hidden(why, m.confidentiality()));
        }
        return new Group(key, start, figures);
    }

    /** Groups by key, for lookups. */
    static Map<Key, Group> byKey(List<Group> groups) {
        Map<Key, Group> map = new HashMap<>();
        groups.forEach(g -> map.put(g.key(), g));
        return map;
    }
}
