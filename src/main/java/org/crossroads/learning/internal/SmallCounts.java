package org.crossroads.learning.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.learning.LearningSettings;
import org.crossroads.shared.statistics.ProtectedTable;
import org.crossroads.shared.statistics.SmallCellSuppression;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;
import org.springframework.stereotype.Component;

/**
 * Counts of persons in public learning statistics, protected by the platform's one small-count rule
 * ({@link SmallCellSuppression}, decision 0007) with the threshold of {@link LearningSettings}: a count from
 * 1 to below the threshold could point at a person, so the public sees "&lt;5"; a count hidden to protect
 * another one, or computed from a hidden one, shows as "x" (no range); organisers see the numbers.
 *
 * <p>A total and its breakdowns are protected as one table of the shared rule ({@link ProtectedTable}); this
 * class holds no algorithm of its own, it only maps the rule's decisions onto what is shown.
 */
@Component
public class SmallCounts {

    /**
     * A count as the public sees it.
     *
     * @param why null when shown exactly; {@link Why#SMALL} shows "&lt;5", the others show "x"
     */
    public record Count(long value, Why why) {

        public static Count exact(long value) {
            return new Count(value, null);
        }

        public boolean shown() {
            return why == null;
        }

        /** The value, or null when hidden (the API's form). */
        public Long orNull() {
            return why == null ? value : null;
        }
    }

    private final SmallCellSuppression rule;

    public SmallCounts(LearningSettings settings) {
        this.rule = new SmallCellSuppression(settings.smallCountThreshold());
    }

    public int threshold() {
        return rule.threshold();
    }

    /** A count on its own: "&lt;5" when small (zeros stay), exact for readers who see everything. */
    public Count count(long value, boolean suppress) {
        return new Count(value, suppress && rule.isSmall(BigDecimal.valueOf(value)) ? Why.SMALL : null);
    }

    /** A figure computed from these counts (a sum, share, rate, average): hidden when any input is hidden. */
    public Count derived(long value, List<Count> inputs) {
        return new Count(value, rule.derived(inputs.stream().map(Count::why).toArray(Why[]::new)));
    }

    /** Whether a figure computed from these inputs (a percentage, an average) may be shown. */
    public boolean mayShow(List<Count> inputs) {
        return rule.derived(inputs.stream().map(Count::why).toArray(Why[]::new)) == null;
    }

    /** What a count shows: the number, "&lt;5" or "x". */
    public String show(Count count) {
        if (count.why() == null) {
            return String.valueOf(count.value());
        }
        return count.why() == Why.SMALL ? "<" + threshold() : HIDDEN;
    }

    /** The length of a count's bar, or null when the count is hidden. */
    public Integer bar(Count count) {
        return count.shown() ? (int) count.value() : null;
    }

    /** What a hidden figure without a range shows. */
    public static final String HIDDEN = "x";

    /** A total and its breakdowns as shown; a withheld breakdown is absent. */
    public record Breakdowns(Count total, Map<String, Map<String, Count>> shown) {}

    private record Cell(String dimension, String code) {

        static final Cell TOTAL = new Cell("", "");
    }

    /**
     * Protects a total and its breakdowns (an event's delegates by city, gender and position; a question's
     * answers by choice) as one table of the shared rule ({@link ProtectedTable}, decision 0007): small parts
     * show "&lt;5", counts hidden to protect them "x", and a breakdown whose parts had to be withheld together
     * is not shown. A small total is not broken down at all. Zeros stay visible.
     *
     * @param breakdowns dimension to code to count; every part a total has, so that each dimension adds up to it
     */
    public Breakdowns breakdowns(long total, Map<String, ? extends Map<String, ? extends Number>> breakdowns,
            boolean suppress) {
        Count shownTotal = count(total, suppress);
        Map<String, Map<String, Count>> shown = new LinkedHashMap<>();
        if (!suppress) {
            breakdowns.forEach((dimension, parts) -> {
                Map<String, Count> exact = new LinkedHashMap<>();
                parts.forEach((code, n) -> exact.put(code, Count.exact(n.longValue())));
                shown.put(dimension, exact);
            });
            return new Breakdowns(shownTotal, shown);
        }
        if (!shownTotal.shown()) {
            return new Breakdowns(shownTotal, shown);
        }
        ProtectedTable<Cell> table = rule.table();
        table.figure(Cell.TOTAL, BigDecimal.valueOf(total), true, true);
        breakdowns.forEach((dimension, parts) -> {
            parts.forEach((code, n) -> table.figure(new Cell(dimension, code), BigDecimal.valueOf(n.longValue()), true, true));
            table.sum(Cell.TOTAL, parts.keySet().stream().map(code -> new Cell(dimension, code)).toList(), true);
        });
        Map<Cell, Why> hidden = table.protect();
        if (hidden.containsKey(Cell.TOTAL)) {
            // only when every other part is zero, so the total is the one small part: not broken down
            return new Breakdowns(new Count(total, hidden.get(Cell.TOTAL)), shown);
        }
        breakdowns.forEach((dimension, parts) -> {
            Map<String, Count> cells = new LinkedHashMap<>();
            parts.forEach((code, n) -> cells.put(code, new Count(n.longValue(), hidden.get(new Cell(dimension, code)))));
            if (cells.values().stream().noneMatch(c -> c.why() == Why.WITHHELD)) {
                shown.put(dimension, cells);
            }
        });
        return new Breakdowns(shownTotal, shown);
    }

    /** One breakdown of a total (answers by choice), or empty when withheld; see {@link #breakdowns}. */
    public Optional<Map<String, Count>> breakdown(long total, Map<String, ? extends Number> parts, boolean suppress) {
        Breakdowns protectedParts = breakdowns(total, Map.of("", parts), suppress);
        return protectedParts.total().shown() ? Optional.ofNullable(protectedParts.shown().get("")) : Optional.empty();
    }
}
