package org.crossroads.learning.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.learning.LearningSettings;
import org.crossroads.shared.statistics.SmallCellSuppression;
import org.crossroads.shared.statistics.SmallCellSuppression.Entry;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;
import org.springframework.stereotype.Component;

/**
 * Counts of persons in public learning statistics, protected by the platform's one small-count rule
 * ({@link SmallCellSuppression}, decision 0007) with the threshold of {@link LearningSettings}: a count from
 * 1 to below the threshold could point at a person, so the public sees "&lt;5"; a count hidden to protect
 * another one, or computed from a hidden one, shows as "x" (no range); organisers see the numbers.
 *
 * <p>The shared rule decides what is small and picks the complementary cell; this class adds the check a
 * reader who solves the published equations would make. A "&lt;5" cell is known to lie from 1 to 4, and an
 * "x" beside it in a breakdown is known not to be small, so one complementary cell is not always enough:
 * with a total of 7 split into a hidden 1 and a hidden 6, the 6 is at least 5 and the 1 is exactly 1. Cells
 * are hidden until every small cell could still be any value from 1 to 4; when no cell is left to hide,
 * the breakdown is withheld as a whole.
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

    /**
     * Protects the parts of a total shown exactly (delegates by gender, answers by choice): small parts are
     * hidden, then further parts until no small one can be narrowed down from the total, the other parts and
     * the knowledge of what "&lt;5" and "x" mean. Zeros stay visible.
     *
     * @param parts code to count; every part a total has, so that they add up to it
     * @return the parts as shown, or empty when only withholding the whole breakdown protects it
     */
    public Optional<Map<String, Count>> breakdown(long total, Map<String, ? extends Number> parts, boolean suppress) {
        Map<String, Count> shown = new LinkedHashMap<>();
        parts.forEach((code, n) -> shown.put(code, Count.exact(n.longValue())));
        if (!suppress) {
            return Optional.of(shown);
        }
        List<Entry<String>> entries = new ArrayList<>();
        parts.forEach((code, n) -> {
            if (n.longValue() != 0) {
                entries.add(Entry.of(code, BigDecimal.valueOf(n.longValue())));
            }
        });
        SmallCellSuppression.Outcome<String> outcome = rule.breakdown(Entry.of("", BigDecimal.valueOf(total)), entries,
                true, true, true);
        if (outcome.totalHidden()) {
            return Optional.empty();
        }
        outcome.parts().forEach((code, why) -> shown.put(code, new Count(shown.get(code).value(), why)));
        while (!safe(shown.values())) {
            List<Count> candidates = shown.values().stream().filter(c -> c.shown() && c.value() > 0)
                    .sorted(Comparator.comparingLong(Count::value)).toList();
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            Count pick = candidates.stream().filter(c -> safe(with(shown.values(), c))).findFirst()
                    .orElse(candidates.get(candidates.size() - 1));
            String code = shown.entrySet().stream().filter(e -> e.getValue() == pick).findFirst().orElseThrow().getKey();
            shown.put(code, new Count(pick.value(), Why.COMPLEMENTARY));
        }
        return Optional.of(shown);
    }

    private static List<Count> with(java.util.Collection<Count> counts, Count extra) {
        List<Count> copy = new ArrayList<>();
        counts.forEach(c -> copy.add(c == extra ? new Count(c.value(), Why.COMPLEMENTARY) : c));
        return copy;
    }

    /**
     * Whether every hidden small part of a breakdown with a visible total could still be any value from 1 to
     * t−1. The hidden parts add up to S (the total minus the visible parts); a small one is at least S minus
     * what the others can hold, and at most S minus their least: 1 for "&lt;t", t for "x".
     */
    private boolean safe(java.util.Collection<Count> parts) {
        int t = threshold();
        long small = 0;
        long complementary = 0;
        long sum = 0;
        for (Count c : parts) {
            if (c.why() == Why.SMALL) {
                small++;
                sum += c.value();
            } else if (c.why() != null) {
                complementary++;
                sum += c.value();
            }
        }
        if (small == 0) {
            return true;
        }
        boolean upper = sum - (small - 1) - complementary * t >= t - 1;
        boolean lower = complementary > 0 || sum - (small - 1) * (t - 1) <= 1;
        return upper && lower;
    }
}
