package org.crossroads.shared.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Protects a whole table of figures linked by totals (decision 0007): a city's figures of one indicator in
 * every period and breakdown, where a total is the sum of its categories, a year the sum of its quarters,
 * a quarter the sum of its months. Whatever is published of the table, in any output, the reader must not
 * be able to narrow down a hidden count from 1 to below the threshold beyond "&lt;5".
 *
 * <p>How: small counts are hidden ({@link Why#SMALL}); figures derived from hidden ones are hidden
 * ({@link Why#DERIVED}); then, until nothing changes, a relation with exactly one unknown member gets a
 * second one hidden ({@link Why#COMPLEMENTARY}), and an audit by linear programming (the attacker's method,
 * as tau-ARGUS audits a table) works out, for each hidden count from 1 to below the threshold, the interval
 * of values consistent with every shown figure and every relation. While an interval does not span 1 to
 * threshold − 1, a further figure of a relation around it is hidden. Hiding only ever grows, so it ends.
 *
 * <p>The attacker audited is the strongest reader of the labels: a "&lt;5" lies from 1 to threshold − 1, and
 * a complementary count is known to be at least the threshold, since only shown counts, which are 0 or at
 * least the threshold, and never zeros, are picked to protect another. Where no such count is left around a
 * small one, the parts of a relation around it are withheld together ({@link Why#WITHHELD}: zeros, large and
 * small alike, so that a withheld figure says nothing of its size), never one small count alone.
 *
 * <p>Figures the reader may not see at all (confidential) are unknowns to the attacker like hidden ones,
 * and they are protected the same way when they are small counts.
 *
 * @param <K> how the caller names a figure
 */
public final class ProtectedTable<K> {

    private static final double EPSILON = 1e-6;

    private record Cell<K>(K key, BigDecimal value, boolean count, boolean visible) {}

    /**
     * total = sum of parts, plus an unknown non-negative rest when the parts may not be all of it.
     */
    private record Relation(int total, int[] parts, boolean rest) {

        boolean has(int cell) {
            if (total == cell) {
                return true;
            }
            for (int p : parts) {
                if (p == cell) {
                    return true;
                }
            }
            return false;
        }
    }

    private final SmallCellSuppression rule;
    private final Map<K, Integer> index = new HashMap<>();
    private final List<Cell<K>> cells = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final Set<Integer> derived = new HashSet<>();

    ProtectedTable(SmallCellSuppression rule) {
        this.rule = rule;
    }

    /**
     * A figure of the table.
     *
     * @param count a count: small ones are hidden, and hidden ones from 1 to below the threshold are audited
     * @param visible the reader may see it (otherwise it is an unknown, never shown)
     */
    public ProtectedTable<K> figure(K key, BigDecimal value, boolean count, boolean visible) {
        if (index.containsKey(key)) {
            throw new IllegalArgumentException("figure given twice: " + key);
        }
        index.put(key, cells.size());
        cells.add(new Cell<>(key, value, count, visible));
        return this;
    }

    public boolean has(K key) {
        return index.containsKey(key);
    }

    /** The figure is computed from a figure hidden elsewhere (another indicator's): it is hidden too. */
    public ProtectedTable<K> derivedFromHidden(K key) {
        derived.add(require(key));
        return this;
    }

    /**
     * The total is the sum of the parts. Kept only when the stored figures agree: equal sums for a complete
     * set of parts, a sum not above the total otherwise (the parts missing are an unknown rest, at least 0).
     *
     * @param complete the parts are every part there is (all categories, all quarters of the year)
     * @return whether the relation holds and was kept
     */
    public boolean sum(K total, Collection<K> parts, boolean complete) {
        if (parts.isEmpty()) {
            return false;
        }
        int t = require(total);
        int[] p = parts.stream().mapToInt(this::require).toArray();
        BigDecimal sum = BigDecimal.ZERO;
        for (int part : p) {
            sum = sum.add(cells.get(part).value());
        }
        int compared = sum.compareTo(cells.get(t).value());
        if (compared > 0) {
            return false;
        }
        relations.add(new Relation(t, p, !complete || compared < 0));
        return true;
    }

    /** Why each figure the reader may see is hidden; a figure not in the map is shown. */
    public Map<K, Why> protect() {
        Why[] why = new Why[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            Cell<K> c = cells.get(i);
            if (!c.visible()) {
                continue;
            }
            if (c.count() && rule.isSmall(c.value())) {
                why[i] = Why.SMALL;
            } else if (derived.contains(i)) {
                why[i] = Why.DERIVED;
            }
        }
        while (complementOneUnknown(why)) {
            // hiding one figure can leave another relation with one unknown
        }
        // Hiding only ever takes knowledge away from the reader, so a count found safe stays safe: each is
        // audited until it is, hiding more around it each time.
        for (int i = 0; i < cells.size(); i++) {
            while (target(i, why) && breached(i, why)) {
                if (!hideNear(i, why)) {
                    break;
                }
                while (complementOneUnknown(why)) {
                    // as above
                }
            }
        }
        Map<K, Why> hidden = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            if (why[i] != null) {
                hidden.put(cells.get(i).key(), why[i]);
            }
        }
        return hidden;
    }

    private boolean unknown(int i, Why[] why) {
        return !cells.get(i).visible() || why[i] != null;
    }

    /** A relation whose only unknown is one member gives it away: hide a second member. */
    private boolean complementOneUnknown(Why[] why) {
        boolean changed = false;
        for (Relation r : relations) {
            if (r.rest()) {
                continue; // the rest is a second unknown: the audit judges what the relation still tells
            }
            int unknown = unknown(r.total(), why) ? 1 : 0;
            for (int p : r.parts()) {
                unknown += unknown(p, why) ? 1 : 0;
            }
            if (unknown == 1) {
                Optional<Integer> next = complement(r, why);
                if (next.isPresent()) {
                    why[next.get()] = Why.COMPLEMENTARY;
                    changed = true;
                } else {
                    changed |= withhold(r, why);
                }
            }
        }
        return changed;
    }

    /**
     * The member to hide next: the smallest non-zero visible part (it leaves the most figures shown while
     * giving the hidden ones room to move), else the total when it is not zero. Never a zero: a complementary
     * count is then always at least the threshold, as the audit assumes the reader knows.
     */
    private Optional<Integer> complement(Relation r, Why[] why) {
        Comparator<Integer> smallest = Comparator.comparing(i -> cells.get(i).value());
        Optional<Integer> part = java.util.Arrays.stream(r.parts()).boxed().filter(p -> shownNonZero(p, why)).min(smallest);
        if (part.isPresent()) {
            return part;
        }
        return shownNonZero(r.total(), why) ? Optional.of(r.total()) : Optional.empty();
    }

    private boolean shownNonZero(int i, Why[] why) {
        return !unknown(i, why) && cells.get(i).value().signum() != 0;
    }

    /**
     * Withholds every part of the relation the reader may see, whatever its value, so that the parts say
     * nothing of their sizes but their sum; false when they all are withheld already.
     */
    private boolean withhold(Relation r, Why[] why) {
        boolean changed = false;
        for (int p : r.parts()) {
            if (cells.get(p).visible() && why[p] != Why.WITHHELD && why[p] != Why.DERIVED) {
                why[p] = Why.WITHHELD;
                changed = true;
            }
        }
        return changed;
    }

    /**
     * For a breached count, the nearest relations around it first, reached through unknown figures: hides a
     * visible part of one, roomy enough to let the hidden ones move (see {@link #roomy}). Where no relation
     * around has one left, the parts of the nearest relation not withheld yet are withheld together, then a
     * shown total around is hidden, then hidden totals are withheld, and at last the count itself. Never one "&lt;5" alone first: a lone figure without a
     * range where a "&lt;5" was expected would tell a reader who knows the rule that it is small.
     */
    private boolean hideNear(int cell, Why[] why) {
        Set<Integer> reached = new HashSet<>(Set.of(cell));
        List<Integer> frontier = List.of(cell);
        Set<Relation> seen = new HashSet<>();
        List<Relation> around = new ArrayList<>();
        while (!frontier.isEmpty()) {
            List<Integer> next = new ArrayList<>();
            for (Relation r : relations) {
                if (seen.contains(r) || frontier.stream().noneMatch(r::has)) {
                    continue;
                }
                seen.add(r);
                around.add(r);
                Optional<Integer> member = roomy(r, why);
                if (member.isPresent()) {
                    why[member.get()] = Why.COMPLEMENTARY;
                    return true;
                }
                for (int m : members(r)) {
                    // only through unknowns: hiding beyond a shown figure would not move the count
                    if (unknown(m, why) && reached.add(m)) {
                        next.add(m);
                    }
                }
            }
            frontier = next;
        }
        for (Relation r : around) {
            if (withhold(r, why)) {
                return true;
            }
        }
        // then the shown totals (a withheld block under shown margins still bounds its cells: r + c − n),
        // then the totals whose "<5" or "x" still bounds the parts, and at last the count itself
        for (Relation r : around) {
            if (shownNonZero(r.total(), why)) {
                why[r.total()] = Why.COMPLEMENTARY;
                return true;
            }
        }
        for (Relation r : around) {
            if (withheldNow(r.total(), why)) {
                return true;
            }
        }
        return withheldNow(cell, why);
    }

    private boolean withheldNow(int i, Why[] why) {
        if (why[i] == Why.SMALL || why[i] == Why.COMPLEMENTARY) {
            why[i] = Why.WITHHELD;
            return true;
        }
        return false;
    }

    /**
     * The part to hide for a breached count: a visible part large enough to let the hidden ones move over
     * the whole range in both directions (at least the threshold plus threshold − 1, since the reader knows
     * it is at least the threshold), the smallest such; else the largest visible part. One such figure
     * usually ends the breach, where the smallest would need one audit after another. Totals are left
     * shown: a breakdown withheld costs the reader less than its total hidden in every other breakdown.
     */
    private Optional<Integer> roomy(Relation r, Why[] why) {
        BigDecimal room = BigDecimal.valueOf(2L * rule.threshold() - 1);
        Comparator<Integer> byValue = Comparator.comparing(i -> cells.get(i).value());
        List<Integer> visible = java.util.Arrays.stream(r.parts()).boxed().filter(p -> shownNonZero(p, why)).toList();
        Optional<Integer> enough = visible.stream().filter(p -> cells.get(p).value().compareTo(room) >= 0).min(byValue);
        if (enough.isPresent()) {
            return enough;
        }
        return visible.stream().max(byValue);
    }

    private static int[] members(Relation r) {
        int[] members = java.util.Arrays.copyOf(r.parts(), r.parts().length + 1);
        members[r.parts().length] = r.total();
        return members;
    }

    /** A hidden count from 1 to below the threshold: what the audit must keep within "&lt;5". */
    private boolean target(int i, Why[] why) {
        Cell<K> c = cells.get(i);
        return c.count() && unknown(i, why) && c.value().compareTo(BigDecimal.ONE) >= 0
                && c.value().compareTo(BigDecimal.valueOf(rule.threshold() - 1)) <= 0;
    }

    /** Whether the shown figures and the relations narrow the count down beyond 1 to threshold − 1. */
    private boolean breached(int i, Why[] why) {
        List<Relation> component = component(i, why);
        if (component.isEmpty()) {
            return false;
        }
        if (propagatedBreach(i, component, why)) {
            return true; // certain without a linear programme: the propagated interval holds the exact one
        }
        // the lower bound first: when it already breaches, the second programme is not needed
        return bound(i, component, why, false) > 1 + EPSILON
                || bound(i, component, why, true) < rule.threshold() - 1 - EPSILON;
    }

    /** The relations linked to the cell through unknown figures: all that can tell the attacker about it. */
    private List<Relation> component(int cell, Why[] why) {
        Set<Integer> reached = new HashSet<>(Set.of(cell));
        List<Relation> component = new ArrayList<>();
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Relation r : relations) {
                if (component.contains(r)) {
                    continue;
                }
                boolean linked = false;
                for (int m : members(r)) {
                    linked |= reached.contains(m);
                }
                if (linked) {
                    component.add(r);
                    grown = true;
                    for (int m : members(r)) {
                        if (unknown(m, why)) {
                            reached.add(m);
                        }
                    }
                }
            }
        }
        return component;
    }

    /**
     * Bounds propagated through the relations, a few rounds: each unknown between what the others allow.
     * The interval found always contains the exact one, so a breach found here is certain (the linear
     * programme is needed only to clear a count).
     */
    private boolean propagatedBreach(int cell, List<Relation> component, Why[] why) {
        Map<Integer, double[]> bounds = new HashMap<>();
        for (Relation r : component) {
            for (int m : members(r)) {
                if (unknown(m, why)) {
                    bounds.computeIfAbsent(m, k -> known(k, why));
                }
            }
        }
        for (int round = 0; round < 6; round++) {
            boolean changed = false;
            for (Relation r : component) {
                for (int m : members(r)) {
                    double[] b = bounds.get(m);
                    if (b == null) {
                        continue;
                    }
                    // m's coefficient is +1 for a part, -1 for the total: sum of signed members + rest = 0, and
                    // the rest (when there is one) is at least 0, so it only frees the lower bound
                    double sign = m == r.total() ? -1 : 1;
                    double low = r.rest() ? Double.NEGATIVE_INFINITY : 0;
                    double high = 0;
                    for (int o : members(r)) {
                        if (o == m) {
                            continue;
                        }
                        double os = o == r.total() ? -1 : 1;
                        double[] ob = bounds.get(o);
                        double lo = ob == null ? cells.get(o).value().doubleValue() : ob[0];
                        double hi = ob == null ? cells.get(o).value().doubleValue() : ob[1];
                        // sign * m = -(sum of the others' signed values) - rest
                        low -= os > 0 ? hi : -lo;
                        high -= os > 0 ? lo : -hi;
                    }
                    double mLow = sign > 0 ? low : -high;
                    double mHigh = sign > 0 ? high : -low;
                    if (mLow > b[0] + EPSILON) {
                        b[0] = mLow;
                        changed = true;
                    }
                    if (mHigh < b[1] - EPSILON) {
                        b[1] = mHigh;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        double[] b = bounds.get(cell);
        return b != null && (b[0] > 1 + EPSILON || b[1] < rule.threshold() - 1 - EPSILON);
    }

    /** The lowest or highest value of the cell consistent with the shown figures and the relations (LP). */
    private double bound(int cell, List<Relation> component, Why[] why, boolean maximise) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<Integer, Variable> variables = new HashMap<>();
        int rests = 0;
        for (Relation r : component) {
            Expression equation = model.addExpression();
            double known = 0;
            for (int m : members(r)) {
                double sign = m == r.total() ? -1 : 1;
                if (unknown(m, why)) {
                    equation.set(variable(model, variables, m, why), sign);
                } else {
                    known += sign * cells.get(m).value().doubleValue();
                }
            }
            if (r.rest()) {
                equation.set(model.addVariable("rest" + rests++).lower(0), 1);
            }
            equation.level(-known);
        }
        Variable target = variable(model, variables, cell, why);
        target.weight(1);
        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        if (result.getState() == Optimisation.State.UNBOUNDED) {
            return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (!result.getState().isFeasible()) {
            // the figures contradict each other (rounding in stored data): the attacker learns nothing exact
            return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        return result.getValue();
    }

    private Variable variable(ExpressionsBasedModel model, Map<Integer, Variable> variables, int cell, Why[] why) {
        return variables.computeIfAbsent(cell, i -> {
            Variable v = model.addVariable("c" + i);
            double[] known = known(i, why);
            if (!Double.isInfinite(known[0])) {
                v.lower(known[0]);
            }
            if (!Double.isInfinite(known[1])) {
                v.upper(known[1]);
            }
            return v;
        });
    }

    /**
     * What the reader knows of an unknown figure before any relation: a "&lt;5" lies from 1 to threshold − 1, a
     * complementary count is at least the threshold (only such counts are picked), any other unknown count
     * (withheld, derived, confidential) is at least 0, and a figure that is not a count is unbounded.
     */
    private double[] known(int i, Why[] why) {
        if (!cells.get(i).count()) {
            return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        if (why[i] == Why.SMALL) {
            return new double[] {1, rule.threshold() - 1};
        }
        return new double[] {why[i] == Why.COMPLEMENTARY ? rule.threshold() : 0, Double.POSITIVE_INFINITY};
    }

    private int require(K key) {
        Integer i = index.get(key);
        if (i == null) {
            throw new IllegalArgumentException("no figure " + key);
        }
        return i;
    }
}
