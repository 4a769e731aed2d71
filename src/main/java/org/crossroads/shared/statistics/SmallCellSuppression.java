package org.crossroads.shared.statistics;

import java.math.BigDecimal;

/**
 * The platform's one rule for small counts in public statistics (decision 0007): a count from 1 to below
 * the threshold is hidden ("&lt;5"); figures linked by totals (a breakdown and its total, a year and its
 * quarters, an event's delegates by city, gender and position, a question's answers by choice) are
 * protected together as one {@link ProtectedTable}, with complementary figures and an audit by linear
 * programming; figures computed from hidden ones are hidden ({@link #derived}). A sum over tables (a
 * country over its cities, a network's year over its events) is shown only when all its parts are.
 */
public final class SmallCellSuppression {

    /**
     * Why a figure is hidden: a small count itself ("&lt;5"); a count of at least the threshold hidden to
     * protect a small one; a figure derived from a hidden one (a share, percentage, rate, average or a text
     * such as "2 of 4"); or one of the parts of a relation withheld together, whatever their sizes, where no
     * complementary count was left to protect a small one. Only {@link #SMALL} tells a range.
     */
    public enum Why { SMALL, COMPLEMENTARY, DERIVED, WITHHELD }

    private final int threshold;
    private final BigDecimal limit;

    public SmallCellSuppression(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold " + threshold);
        }
        this.threshold = threshold;
        this.limit = BigDecimal.valueOf(threshold);
    }

    public int threshold() {
        return threshold;
    }

    /**
     * A figure computed from others carries their protection: it is hidden when any figure it is computed
     * from is hidden, since the result and the visible inputs would give the hidden one away (a share of a
     * hidden count over a public total is the hidden count).
     *
     * @param inputs why each input is hidden, null for a visible one
     * @return {@link Why#DERIVED} when any input is hidden, null when the derived figure may be shown
     */
    public Why derived(Why... inputs) {
        for (Why input : inputs) {
            if (input != null) {
                return Why.DERIVED;
            }
        }
        return null;
    }

    /** The protection of a figure computed from these counts: {@link Why#DERIVED} when any is small or hidden. */
    public Why derivedFromCounts(long... counts) {
        for (long count : counts) {
            if (isSmall(BigDecimal.valueOf(count))) {
                return Why.DERIVED;
            }
        }
        return null;
    }

    /** A table of figures linked by totals, protected as a whole and audited ({@link ProtectedTable}). */
    public <K> ProtectedTable<K> table() {
        return new ProtectedTable<>(this);
    }

    /** A count from 1 to below the threshold (zeros stay visible). */
    public boolean isSmall(BigDecimal value) {
        return value != null && value.signum() > 0 && value.compareTo(limit) < 0;
    }
}
