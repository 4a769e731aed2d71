package org.crossroads.learning.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.learning.LearningSettings;
import org.crossroads.shared.statistics.SmallCellSuppression;
import org.crossroads.shared.statistics.SmallCellSuppression.Entry;
import org.crossroads.shared.statistics.SmallCellSuppression.Outcome;
import org.springframework.stereotype.Component;

/**
 * Counts of delegates in public learning statistics, protected by the platform's one small-count rule
 * ({@link SmallCellSuppression}, decision 0007) with the threshold of {@link LearningSettings}: a count from
 * 1 to below the threshold could point at a person (the one woman delegate of a city), so the public sees
 * "&lt;5", and so does a complementary cell that would give it away; organisers see the numbers. This class
 * only adapts the rule to delegates' counts and their display: what to hide is the shared rule's decision.
 */
@Component
public class SmallCounts {

    /**
     * A breakdown of delegates (by gender, city…), code to count; zeros may be left out.
     *
     * <p>Its cells are protected as if they added up to the total, so that a single hidden cell always gets
     * a complementary one. They cover the total exactly when they add up to it (every delegate in one cell);
     * delegates without a city are in no city's cell, and city roles overlap (a city may hold several).
     */
    public record Breakdown(Map<String, Integer> counts) {

        boolean complete(int total) {
            return counts.values().stream().mapToInt(Integer::intValue).sum() == total;
        }
    }

    /** What the reader sees of a total and its breakdowns: whether the total is hidden and the hidden cells. */
    public record Protection(boolean totalHidden, Map<String, Set<String>> hiddenCells) {

        static final Protection NONE = new Protection(false, Map.of());

        /** The hidden cells of one breakdown, by code. */
        public Set<String> hidden(String breakdown) {
            return hiddenCells.getOrDefault(breakdown, Set.of());
        }
    }

    private final SmallCellSuppression rule;

    public SmallCounts(LearningSettings settings) {
        this.rule = new SmallCellSuppression(settings.smallCountThreshold());
    }

    /** A single count as the reader sees it: "&lt;5" when suppressed and small. */
    public String show(int count, boolean suppress) {
        return hidden(count, suppress) ? mark() : String.valueOf(count);
    }

    /** The length of a count's bar, or null when the count is hidden. */
    public Integer bar(int count, boolean suppress) {
        return hidden(count, suppress) ? null : count;
    }

    /** A single count is hidden when suppressed and small (from 1 to below the threshold; zeros stay). */
    public boolean hidden(int count, boolean suppress) {
        return suppress && rule.isSmall(BigDecimal.valueOf(count));
    }

    /** What a hidden count shows: "&lt;5". */
    public String mark() {
        return "<" + threshold();
    }

    public int threshold() {
        return rule.threshold();
    }

    /**
     * Protects a total and its breakdowns with {@link SmallCellSuppression#breakdown}: small cells are hidden,
     * a breakdown with a single hidden cell hides the next smallest one too, and when a breakdown can only be
     * protected by hiding the total, the total is hidden in every breakdown.
     *
     * @param breakdowns by name (the same names {@link Protection#hidden} takes)
     */
    public Protection protect(int total, Map<String, Breakdown> breakdowns, boolean suppress) {
        if (!suppress) {
            return Protection.NONE;
        }
        Entry<String> totalEntry = Entry.of("", BigDecimal.valueOf(total));
        boolean totalHidden = rule.isSmall(totalEntry.value());
        Map<String, Outcome<String>> outcomes = outcomes(totalEntry, total, breakdowns);
        if (!totalHidden && outcomes.values().stream().anyMatch(Outcome::totalHidden)) {
            totalHidden = true;
            outcomes = outcomes(new Entry<>("", totalEntry.value(), true), total, breakdowns);
        }
        Map<String, Set<String>> hidden = new HashMap<>();
        outcomes.forEach((name, outcome) -> hidden.put(name, Set.copyOf(outcome.parts().keySet())));
        return new Protection(totalHidden, hidden);
    }

    private Map<String, Outcome<String>> outcomes(Entry<String> totalEntry, int total, Map<String, Breakdown> breakdowns) {
        Map<String, Outcome<String>> outcomes = new HashMap<>();
        breakdowns.forEach((name, breakdown) -> {
            List<Entry<String>> parts = breakdown.counts().entrySet().stream()
                    .map(e -> Entry.of(e.getKey(), BigDecimal.valueOf(e.getValue()))).toList();
            outcomes.put(name, rule.breakdown(totalEntry, parts, true, true, breakdown.complete(total)));
        });
        return outcomes;
    }
}
