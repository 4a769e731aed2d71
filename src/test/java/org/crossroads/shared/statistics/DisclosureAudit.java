package org.crossroads.shared.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The attacker of issue 9: collects everything a public reader can see (exact figures, rounded figures,
 * "&lt;5" labels, hidden cells) and every relation between figures (totals are sums of parts, shares and
 * means are ratios), then computes with linear programming, for each hidden count, the interval of values
 * consistent with all of it — the audit tau-ARGUS runs on a protected table.
 *
 * <p>A <em>breach</em> is a hidden count whose true value is from 1 to threshold − 1 and whose feasible
 * interval no longer contains every value from 1 to threshold − 1: the attacker has learnt more than
 * "&lt;5" says (the interval is narrower than the threshold's range). Every cell is a non-negative
 * number; a cell named only in a relation is an unknown the attacker does not see. The audit is the linear
 * relaxation (no integrality), as in tau-ARGUS.
 *
 * <p>A cell shown in one output and hidden in another is shown: the attacker combines outputs, so a
 * small true value shown anywhere is a breach too.
 */
public final class DisclosureAudit {

    private static final double EPSILON = 1e-6;

    /** A hidden count the attacker narrowed down: its true value and the interval it is known to lie in. */
    public record Breach(String cell, double trueValue, double low, double high, String reason) {

        @Override
        public String toString() {
            return cell + " = " + trueValue + " lies in [" + round(low) + ", " + round(high) + "]: " + reason;
        }

        private static String round(double value) {
            return Double.isInfinite(value) ? "∞" : String.valueOf(Math.round(value * 1000) / 1000.0);
        }
    }

    /** What the reader knows of one cell: bounds, and the true value when it is hidden (null when shown). */
    private record Knowledge(double low, double high, Double trueValue, boolean shown) {}

    private record Sum(String total, List<String> parts) {}

    private record Ratio(String ratio, String numerator, String denominator, double scale) {}

    private final int threshold;
    private final Map<String, Knowledge> cells = new LinkedHashMap<>();
    private final Map<String, Double> trueValues = new LinkedHashMap<>();
    private final List<Sum> sums = new ArrayList<>();
    private final List<Ratio> ratios = new ArrayList<>();

    public DisclosureAudit(int threshold) {
        if (threshold < 2) {
            throw new IllegalArgumentException("threshold " + threshold);
        }
        this.threshold = threshold;
    }

    /** A figure published exactly. */
    public DisclosureAudit shown(String cell, double value) {
        return know(cell, new Knowledge(value, value, null, true));
    }

    /** A figure published rounded: its value lies within {@code halfWidth} of the one shown (67 % → 66.5–67.5). */
    public DisclosureAudit shownRounded(String cell, double value, double halfWidth) {
        return know(cell, new Knowledge(Math.max(0, value - halfWidth), value + halfWidth, null, true));
    }

    /** A count published as "&lt;threshold": the reader knows it is from 1 to threshold − 1. */
    public DisclosureAudit small(String cell, long trueValue) {
        trueValues.put(cell, (double) trueValue);
        return know(cell, new Knowledge(1, threshold - 1, (double) trueValue, false));
    }

    /** A figure hidden without a range (complementary, confidential, derived from a hidden one). */
    public DisclosureAudit hidden(String cell, double trueValue) {
        trueValues.put(cell, trueValue);
        return know(cell, new Knowledge(0, Double.POSITIVE_INFINITY, trueValue, false));
    }

    /**
     * A count hidden to protect a small one ("x"): the reader knows it is at least the threshold, since
     * only shown counts, which are 0 or at least the threshold, and never zeros, are picked for it.
     */
    public DisclosureAudit complementary(String cell, double trueValue) {
        trueValues.put(cell, trueValue);
        return know(cell, new Knowledge(threshold, Double.POSITIVE_INFINITY, trueValue, false));
    }

    /**
     * A count as published with the shared rule's decision: shown (null), "&lt;5", a complementary "x" (at
     * least the threshold), or hidden without a range (derived, withheld).
     */
    public DisclosureAudit published(String cell, double trueValue, SmallCellSuppression.Why why) {
        if (why == null) {
            return shown(cell, trueValue);
        }
        return switch (why) {
            case SMALL -> small(cell, Math.round(trueValue));
            case COMPLEMENTARY -> complementary(cell, trueValue);
            case DERIVED, WITHHELD -> hidden(cell, trueValue);
        };
    }

    /** The total is the sum of the parts (a breakdown, a year over its quarters, a country over its cities). */
    public DisclosureAudit sum(String total, Collection<String> parts) {
        sums.add(new Sum(total, List.copyOf(parts)));
        return this;
    }

    /** ratio = scale × numerator / denominator (a share: scale 1; a percentage: 100; a mean: sum / count). */
    public DisclosureAudit ratio(String ratio, String numerator, String denominator, double scale) {
        ratios.add(new Ratio(ratio, numerator, denominator, scale));
        return this;
    }

    /** Every hidden count the attacker can narrow beyond "&lt;threshold", or learn from another output. */
    public List<Breach> breaches() {
        List<Breach> breaches = new ArrayList<>();
        for (Map.Entry<String, Double> entry : trueValues.entrySet()) {
            double truth = entry.getValue();
            if (truth < 1 - EPSILON || truth > threshold - 1 + EPSILON) {
                continue;
            }
            String cell = entry.getKey();
            if (cells.get(cell).shown()) {
                breaches.add(new Breach(cell, truth, truth, truth, "hidden in one output, shown in another"));
                continue;
            }
            double low = solve(cell, false);
            double high = solve(cell, true);
            if (low > 1 + EPSILON || high < threshold - 1 - EPSILON) {
                breaches.add(new Breach(cell, truth, low, high, "narrower than 1 to " + (threshold - 1)));
            }
        }
        return breaches;
    }

    /** How many cells the reader sees or infers something about (for reports of a generated run). */
    public int cellCount() {
        return cells.size();
    }

    private DisclosureAudit know(String cell, Knowledge knowledge) {
        cells.merge(cell, knowledge, DisclosureAudit::combine);
        return this;
    }

    /** Two outputs say something of the same cell: a shown figure wins, and two shown figures must agree. */
    private static Knowledge combine(Knowledge a, Knowledge b) {
        if (a.shown() && b.shown()) {
            double low = Math.max(a.low(), b.low());
            double high = Math.min(a.high(), b.high());
            if (low > high + EPSILON) {
                throw new IllegalStateException("one cell published as two different figures: " + a + " and " + b);
            }
            return new Knowledge(low, high, null, true);
        }
        if (a.shown() || b.shown()) {
            return a.shown() ? a : b;
        }
        return new Knowledge(Math.max(a.low(), b.low()), Math.min(a.high(), b.high()),
                a.trueValue() != null ? a.trueValue() : b.trueValue(), false);
    }

    private double solve(String target, boolean maximise) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<String, Variable> variables = new LinkedHashMap<>();
        cells.keySet().forEach(cell -> variable(model, variables, cell));
        for (Sum sum : sums) {
            Expression equation = model.addExpression().level(0);
            equation.set(variable(model, variables, sum.total()), -1);
            sum.parts().forEach(part -> equation.set(variable(model, variables, part), 1));
        }
        for (Ratio ratio : ratios) {
            Knowledge known = cells.get(ratio.ratio());
            if (known == null || !known.shown()) {
                continue; // a hidden ratio tells nothing
            }
            Variable numerator = variable(model, variables, ratio.numerator());
            Variable denominator = variable(model, variables, ratio.denominator());
            // low ≤ scale × n / d ≤ high with d ≥ 0, written linearly
            model.addExpression().lower(0).set(numerator, ratio.scale()).set(denominator, -known.low());
            if (!Double.isInfinite(known.high())) {
                model.addExpression().upper(0).set(numerator, ratio.scale()).set(denominator, -known.high());
            }
        }
        variables.get(target).weight(1);
        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        if (result.getState() == Optimisation.State.UNBOUNDED) {
            return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("the published figures contradict each other (" + result.getState()
                    + "): check the relations given to the audit");
        }
        return result.getValue();
    }

    private Variable variable(ExpressionsBasedModel model, Map<String, Variable> variables, String cell) {
        return variables.computeIfAbsent(cell, name -> {
            Knowledge known = cells.get(name);
            Variable variable = model.addVariable(name).lower(known == null ? 0 : known.low());
            if (known != null && !Double.isInfinite(known.high())) {
                variable.upper(known.high());
            }
            return variable;
        });
    }
}
