package org.crossroads.shared.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Small-cell suppression of public statistics (decision 0007): a count from 1 to below the threshold is
 * hidden ("&lt;5"), and a group whose total is shown never has exactly one hidden part, so that the total
 * minus the visible parts gives nothing away. Parts the reader may not see at all (confidential ones)
 * count as hidden parts too: the same complementary rule keeps them from being derived.
 *
 * <p>A <em>breakdown</em> (a city's values by sex) is protected here group by group, and a breakdown shown
 * with labels that tell a reader what a hidden cell can be ("&lt;5", and "x" for the cells protecting it:
 * learning statistics) is hidden further until no small cell can be narrowed down ({@link #labelledBreakdown}); a whole table of
 * figures linked by totals (every period and breakdown of an indicator at a place) is protected and
 * audited as one by {@link ProtectedTable}. Figures computed from hidden ones are hidden
 * ({@link #derived}). A sum over tables (a country over its cities) is shown only when all its parts are.
 */
public final class SmallCellSuppression {

    /**
     * Why a figure is hidden: a small count itself, a figure hidden to protect another one, or a figure
     * derived from a hidden one (a share, percentage, rate, average or a text such as "2 of 4").
     */
    public enum Why { SMALL, COMPLEMENTARY, DERIVED }

    /**
     * A figure of a group.
     *
     * @param hidden the reader may not see it (confidential), or another group already hides it
     */
    public record Entry<K>(K key, BigDecimal value, boolean hidden) {

        public static <K> Entry<K> of(K key, BigDecimal value) {
            return new Entry<>(key, value, false);
        }
    }

    /** What to hide: the total (null when shown) and the parts hidden here (not those already hidden). */
    public record Outcome<K>(Why total, Map<K, Why> parts) {

        public boolean totalHidden() {
            return total != null;
        }

        public Optional<Why> part(K key) {
            return Optional.ofNullable(parts.get(key));
        }
    }

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

    /**
     * Protects a breakdown of a stored total. When a total is shown and exactly one part is hidden, the
     * next smallest part is hidden too; when no part is left to hide, the outcome hides the total
     * ({@link Why#COMPLEMENTARY}), and the caller must then hide it in every breakdown of that total.
     *
     * @param total the group's total, or null when there is none
     * @param counts the figures are counts (small ones are hidden); otherwise only hidden parts are protected
     * @param additive the parts add up to the total (indicators that sum)
     * @param complete the parts cover every category, so that, all shown, they would give a hidden total away
     */
    public <K> Outcome<K> breakdown(Entry<K> total, List<Entry<K>> parts, boolean counts, boolean additive,
            boolean complete) {
        Map<K, Why> hidden = new LinkedHashMap<>();
        if (counts) {
            parts.stream().filter(p -> !p.hidden() && isSmall(p.value())).forEach(p -> hidden.put(p.key(), Why.SMALL));
        }
        Why totalWhy = total != null && !total.hidden() && counts && isSmall(total.value()) ? Why.SMALL : null;
        if (additive && total != null) {
            long concealed = parts.stream().filter(p -> p.hidden() || hidden.containsKey(p.key())).count();
            boolean totalShown = !total.hidden() && totalWhy == null;
            boolean anyNonZero = parts.stream().anyMatch(p -> p.value().signum() != 0);
            if (totalShown && concealed == 1) {
                // with no other part left to hide, only hiding the total keeps the one hidden part unknown
                if (!hideNextSmallest(parts, hidden) && complete) {
                    totalWhy = Why.COMPLEMENTARY;
                }
            } else if (!totalShown && complete && concealed == 0 && anyNonZero) {
                hideNextSmallest(parts, hidden);
            }
        }
        return new Outcome<>(totalWhy, hidden);
    }

    /**
     * Protects the parts of a shown count total against a reader who solves the published equations, for
     * outputs that label hidden figures (learning statistics): a "&lt;t" part is known to lie from 1 to t−1, and
     * an "x" beside it, hidden to protect it, is known to be at least t (only counts from t up are picked as
     * complementary cells). One complementary cell is then not always enough: 7 shown as a hidden 1 and a
     * hidden 6 gives the 1 away, since the 6 is at least 5. After {@link #breakdown}, further parts are hidden,
     * the smallest that makes the breakdown safe (else the largest), until every small part could still be any
     * value from 1 to t−1. Zeros stay visible.
     *
     * @param total a shown count; the parts add up to it and cover every category
     * @return why each hidden part is hidden (a part not in the map is shown), or empty when only withholding
     *     the whole breakdown protects it (the total is small, or no part is left to hide)
     */
    public <K> Optional<Map<K, Why>> labelledBreakdown(long total, Map<K, ? extends Number> parts) {
        List<Entry<K>> entries = new ArrayList<>();
        parts.forEach((key, n) -> {
            if (n.longValue() != 0) {
                entries.add(Entry.of(key, BigDecimal.valueOf(n.longValue())));
            }
        });
        Outcome<K> outcome = breakdown(new Entry<>(null, BigDecimal.valueOf(total), false), entries, true, true, true);
        if (outcome.totalHidden()) {
            return Optional.empty();
        }
        Map<K, Why> hidden = new LinkedHashMap<>(outcome.parts());
        while (!labelledSafe(parts, hidden)) {
            List<K> candidates = parts.entrySet().stream()
                    .filter(e -> !hidden.containsKey(e.getKey()) && e.getValue().longValue() > 0)
                    .sorted(Comparator.comparingLong(e -> e.getValue().longValue())).map(Map.Entry::getKey).toList();
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            K pick = candidates.stream().filter(k -> labelledSafe(parts, with(hidden, k))).findFirst()
                    .orElse(candidates.get(candidates.size() - 1));
            hidden.put(pick, Why.COMPLEMENTARY);
        }
        return Optional.of(hidden);
    }

    private static <K> Map<K, Why> with(Map<K, Why> hidden, K key) {
        Map<K, Why> copy = new LinkedHashMap<>(hidden);
        copy.put(key, Why.COMPLEMENTARY);
        return copy;
    }

    /**
     * Whether every hidden small part of a breakdown with a shown total could still be any value from 1 to
     * t−1. The hidden parts add up to S (the total minus the visible parts); a small one is at least S minus
     * what the others can hold, and at most S minus their least: 1 for "&lt;t", t for "x".
     */
    private <K> boolean labelledSafe(Map<K, ? extends Number> parts, Map<K, Why> hidden) {
        long small = 0;
        long complementary = 0;
        long sum = 0;
        for (Map.Entry<K, Why> h : hidden.entrySet()) {
            if (h.getValue() == Why.SMALL) {
                small++;
            } else {
                complementary++;
            }
            sum += parts.get(h.getKey()).longValue();
        }
        if (small == 0) {
            return true;
        }
        boolean upper = sum - (small - 1) - complementary * threshold >= threshold - 1;
        boolean lower = complementary > 0 || sum - (small - 1) * (threshold - 1) <= 1;
        return upper && lower;
    }

    /** Hides the smallest visible non-zero part (a zero one only when no other is left); false when none is left. */
    private static <K> boolean hideNextSmallest(List<Entry<K>> parts, Map<K, Why> hidden) {
        Predicate<Entry<K>> visible = p -> !p.hidden() && !hidden.containsKey(p.key());
        Comparator<Entry<K>> smallest = Comparator.comparing(Entry::value);
        Optional<Entry<K>> next = parts.stream().filter(visible).filter(p -> p.value().signum() != 0).min(smallest)
                .or(() -> parts.stream().filter(visible).min(smallest));
        next.ifPresent(p -> hidden.put(p.key(), Why.COMPLEMENTARY));
        return next.isPresent();
    }
}
