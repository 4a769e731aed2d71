package org.crossroads.shared.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The protection of whole tables against the attacker's audit, in memory: thousands of random tables of a
 * year over quarters (and months), broken down by two dimensions crossed, with their totals, zeros, small
 * counts and figures the reader may not see. Fast enough to try many shapes; the integration test
 * (data.SmallCountDisclosureTest) checks the same through every public output. Tagged {@code slow}: its 2,500
 * tables take a minute or more, so the fast tier ({@code mvn test -Pfast}) leaves it to the full run.
 */
@Tag("slow")
class ProtectedTableFuzzTest {

    static final int THRESHOLD = 5;

    @Test
    void noRandomTableLeavesAHiddenCountNarrowerThanTheThreshold() {
        long seed = Long.getLong("disclosure.seed", System.nanoTime());
        int tables = Integer.getInteger("disclosure.tables", 2500);
        for (int t = 0; t < tables; t++) {
            long tableSeed = seed + t;
            List<DisclosureAudit.Breach> breaches = attack(tableSeed);
            assertThat(breaches).as("table seed %d", tableSeed).isEmpty();
        }
    }

    /** Generates a table, protects it, publishes it to the audit; the breaches found. */
    static List<DisclosureAudit.Breach> attack(long seed) {
        Random rnd = new Random(seed);
        List<String> a = rnd.nextBoolean() ? List.of() : List.of("a1", "a2");
        List<String> b = rnd.nextInt(3) == 0 ? List.of() : rnd.nextBoolean() ? List.of("b1", "b2", "b3") : List.of("b1", "b2");
        boolean months = rnd.nextInt(4) == 0;
        List<String> combos = combos(a, b);
        List<String> leaves = new ArrayList<>();
        for (int i = 1; i <= (months ? 12 : 4); i++) {
            leaves.add((months ? "M" : "Q") + i);
        }
        Map<String, Long> truth = new LinkedHashMap<>();
        for (String leaf : leaves) {
            for (String c : finest(a, b)) {
                int kind = rnd.nextInt(10);
                truth.put(leaf + "/" + c, kind < 2 ? 0L : kind < 5 ? 1 + rnd.nextInt(THRESHOLD - 1)
                        : kind < 8 ? THRESHOLD + rnd.nextInt(20) : 20L + rnd.nextInt(200));
            }
        }
        Map<String, List<String>> sums = new LinkedHashMap<>();
        List<String> periods = new ArrayList<>(leaves);
        if (months) {
            for (int q = 1; q <= 4; q++) {
                periods.add("Q" + q);
                for (String c : finest(a, b)) {
                    List<String> parts = new ArrayList<>();
                    for (int m = (q - 1) * 3 + 1; m <= q * 3; m++) {
                        parts.add("M" + m + "/" + c);
                    }
                    sum(truth, sums, "Q" + q + "/" + c, parts);
                }
            }
        }
        periods.add("Y");
        for (String c : finest(a, b)) {
            List<String> parts = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                parts.add("Q" + q + "/" + c);
            }
            sum(truth, sums, "Y/" + c, parts);
        }
        // within each period: categories and the total over the finest cells
        for (String p : periods) {
            if (!a.isEmpty() && !b.isEmpty()) {
                for (String x : a) {
                    sum(truth, sums, p + "/" + x, b.stream().map(y -> p + "/" + x + "." + y).toList());
                }
                for (String y : b) {
                    sum(truth, sums, p + "/" + y, a.stream().map(x -> p + "/" + x + "." + y).toList());
                }
                sum(truth, sums, p + "/", a.stream().map(x -> p + "/" + x).toList());
                sums.put(p + "/=b", b.stream().map(y -> p + "/" + y).toList());
            } else if (!a.isEmpty() || !b.isEmpty()) {
                sum(truth, sums, p + "/", (a.isEmpty() ? b : a).stream().map(x -> p + "/" + x).toList());
            }
        }
        // coarser periods of the marginals too
        for (String c : combos) {
            if (finest(a, b).contains(c)) {
                continue;
            }
            if (months) {
                for (int q = 1; q <= 4; q++) {
                    List<String> parts = new ArrayList<>();
                    for (int m = (q - 1) * 3 + 1; m <= q * 3; m++) {
                        parts.add("M" + m + "/" + c);
                    }
                    sums.put("Q" + q + "/" + c + "=m", parts);
                }
            }
            List<String> parts = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                parts.add("Q" + q + "/" + c);
            }
            sums.put("Y/" + c + "=q", parts);
        }
        Map<String, Boolean> visible = new LinkedHashMap<>();
        truth.keySet().forEach(k -> visible.put(k, rnd.nextInt(20) != 0));
        ProtectedTable<String> table = new SmallCellSuppression(THRESHOLD).table();
        truth.forEach((k, v) -> table.figure(k, BigDecimal.valueOf(v), true, visible.get(k)));
        sums.forEach((total, parts) -> table.sum(strip(total), parts, true));
        Map<String, Why> hidden = table.protect();
        if (Boolean.getBoolean("disclosure.debug")) {
            System.out.println("TRUTH " + truth + "\nVISIBLE " + visible + "\nHIDDEN " + hidden + "\nSUMS " + sums);
        }
        // what the audit assumes the reader knows must hold: a complementary "x" is at least the threshold
        hidden.forEach((k, why) -> assertThat(why != Why.COMPLEMENTARY || truth.get(k) >= THRESHOLD)
                .as("table seed %d: complementary %s = %d", seed, k, truth.get(k)).isTrue());
        DisclosureAudit audit = new DisclosureAudit(THRESHOLD);
        truth.forEach((k, v) -> {
            Why why = hidden.get(k);
            if (!visible.get(k)) {
                audit.hidden(k, v);
            } else {
                audit.published(k, v, why);
            }
        });
        sums.forEach((total, parts) -> audit.sum(strip(total), parts));
        return audit.breaches();
    }

    private static String strip(String total) {
        int eq = total.indexOf('=');
        return eq < 0 ? total : total.substring(0, eq);
    }

    private static void sum(Map<String, Long> truth, Map<String, List<String>> sums, String total, List<String> parts) {
        truth.put(total, parts.stream().mapToLong(truth::get).sum());
        sums.put(total, parts);
    }

    private static List<String> finest(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return List.of("");
        }
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? b : a;
        }
        List<String> cells = new ArrayList<>();
        a.forEach(x -> b.forEach(y -> cells.add(x + "." + y)));
        return cells;
    }

    private static List<String> combos(List<String> a, List<String> b) {
        List<String> combos = new ArrayList<>(finest(a, b));
        if (!a.isEmpty() && !b.isEmpty()) {
            combos.addAll(a);
            combos.addAll(b);
        }
        if (!combos.contains("")) {
            combos.add("");
        }
        return combos;
    }
}
