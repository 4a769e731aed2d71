package org.crossroads.learning.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.learning.LearningSettings;
import org.crossroads.shared.statistics.SmallCellSuppression;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;
import org.springframework.stereotype.Component;

/**
 * Counts of persons in public learning statistics, protected by the platform's one small-count rule
 * ({@link SmallCellSuppression}, decision 0007) with the threshold of {@link LearningSettings}: a count from
 * 1 to below the threshold could point at a person, so the public sees "&lt;5"; a count hidden to protect
 * another one, or computed from a hidden one, shows as "x" (no range); organisers see the numbers.
 *
 * <p>Breakdowns are protected by the shared rule for labelled breakdowns
 * ({@link SmallCellSuppression#labelledBreakdown}); this class only maps its decisions onto what is shown.
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
     * Protects the parts of a total shown exactly (delegates by gender, answers by choice) by the shared rule
     * for labelled breakdowns ({@link SmallCellSuppression#labelledBreakdown}): small parts "&lt;5", then further
     * parts "x" until no small one can be narrowed down from the total, the other parts and the knowledge of
     * what "&lt;5" and "x" mean. Zeros stay visible.
     *
     * @param parts code to count; every part a total has, so that they add up to it
     * @return the parts as shown, or empty when only withholding the whole breakdown protects it
     */
    public Optional<Map<String, Count>> breakdown(long total, Map<String, ? extends Number> parts, boolean suppress) {
        Map<String, Why> hidden = suppress ? rule.labelledBreakdown(total, parts).orElse(null) : Map.of();
        if (hidden == null) {
            return Optional.empty();
        }
        Map<String, Count> shown = new LinkedHashMap<>();
        parts.forEach((code, n) -> shown.put(code, new Count(n.longValue(), hidden.get(code))));
        return Optional.of(shown);
    }
}
